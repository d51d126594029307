// components/ChatV3.tsx: the chat box written against AI SDK 3 (useChat from ai/react).
"use client";
import { useChat } from "ai/react";

export function ChatV3() {
  const { messages, input, handleInputChange, handleSubmit } = useChat({ api: "/api/chat" });
  return (
    <form onSubmit={handleSubmit}>
      {messages.map((m) => (
        // llmsafe-expect: llm-output-xss
        <div key={m.id} dangerouslySetInnerHTML={{ __html: m.content }} />
      ))}
      {messages.map((m) => (
        // llmsafe-expect-clean: llm-output-xss
        <p key={m.id}>{m.content}</p>
      ))}
      <input value={input} onChange={handleInputChange} />
    </form>
  );
}
