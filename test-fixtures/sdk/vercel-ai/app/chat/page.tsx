"use client";
// app/chat/page.tsx: the chat page over useChat (AI SDK v5 UI message parts).
import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import DOMPurify from "isomorphic-dompurify";
import { marked } from "marked";
import { useState } from "react";

function renderMarkdown(markdown: string) {
  return marked.parse(markdown, { async: false }) as string;
}

export default function ChatPage() {
  const [input, setInput] = useState("");
  const { messages, sendMessage } = useChat({ transport: new DefaultChatTransport({ api: "/api/chat" }) });

  return (
    <main>
      {messages.map((message) => (
        <div key={message.id} className={message.role}>
          {message.parts.map((part, i) => {
            switch (part.type) {
              case "text":
                return message.role === "assistant" ? (
                  // llmsafe-expect: llm-output-xss
                  // llmsafe-expect: markdown-exfiltration
                  <div key={i} className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(part.text) }} />
                ) : (
                  // llmsafe-expect-clean: llm-output-xss
                  <p key={i}>{part.text}</p>
                );
              case "reasoning":
                // llmsafe-expect-clean: llm-output-xss
                return <details key={i}><summary>Thinking</summary>{part.text}</details>;
              case "tool-listTasks":
                return part.state === "output-available" ? (
                  // llmsafe-expect-clean: llm-output-xss
                  <div key={i} dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(renderMarkdown(JSON.stringify(part.output))) }} />
                ) : null;
              default:
                return null;
            }
          })}
        </div>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          sendMessage({ text: input });
          setInput("");
        }}
      >
        <input value={input} onChange={(e) => setInput(e.target.value)} placeholder="Ask about your projects" />
      </form>
    </main>
  );
}

export function LastAnswerBanner() {
  const { messages } = useChat({ id: "main" });
  const last = messages.filter((m) => m.role === "assistant").at(-1);
  const text = last?.parts.map((p) => (p.type === "text" ? p.text : "")).join("") ?? "";
  // llmsafe-expect: llm-output-xss
  return <aside className="banner" dangerouslySetInnerHTML={{ __html: text }} />;
}
