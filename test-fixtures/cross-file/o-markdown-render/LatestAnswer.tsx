// LatestAnswer.tsx: shows the assistant's latest answer, rendered by the helpers in render.ts.
"use client";

import { useChat } from "@ai-sdk/react";
import { useEffect, useRef } from "react";
import { renderMarkdown, renderMarkdownSafe } from "./render";

export function LatestAnswer({ trusted }: { trusted: boolean }) {
  const { messages } = useChat({ id: "support" });
  const answerRef = useRef<HTMLDivElement>(null);
  const safeRef = useRef<HTMLDivElement>(null);
  const answer = messages.filter((m) => m.role === "assistant").at(-1);
  const text = answer?.parts.map((p) => (p.type === "text" ? p.text : "")).join("") ?? "";

  useEffect(() => {
    if (!trusted || !answerRef.current) return;
    // llmsafe-expect: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    renderMarkdown(answerRef.current, text);
  }, [trusted, text]);

  useEffect(() => {
    if (!safeRef.current) return;
    // llmsafe-expect-clean: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    renderMarkdownSafe(safeRef.current, text);
  }, [text]);

  return (
    <>
      <div ref={answerRef} className="answer" />
      <div ref={safeRef} className="answer answer--sanitized" />
    </>
  );
}
