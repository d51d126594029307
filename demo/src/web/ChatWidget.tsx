"use client";
import { useChat } from "@ai-sdk/react";

export function ChatWidget({ rich }: { rich: boolean }) {
  const { messages } = useChat();
  return (
    <ul>
      {messages.map((m) =>
        m.parts.map((part, i) =>
          part.type !== "text" ? null : rich ? (
            // Problem: model output injected as HTML.
            <li key={i} dangerouslySetInnerHTML={{ __html: part.text }} />
          ) : (
            // Safe: React escapes text children.
            <li key={i}>{part.text}</li>
          ),
        ),
      )}
    </ul>
  );
}
