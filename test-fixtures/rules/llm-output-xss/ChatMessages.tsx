// app/chat/ChatMessages.tsx: chat UI over the AI SDK's useChat (v5 message parts).
"use client";

import { useCompletion, useChat } from "@ai-sdk/react";
import DOMPurify from "dompurify";
import { marked } from "marked";
import { useEffect, useRef, useState } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

function toHtml(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

function AssistantMarkdown({ text }: { text: string }) {
  const clean = DOMPurify.sanitize(toHtml(text));
  // llmsafe-expect-clean: llm-output-xss
  return <div className="prose" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export default function ChatMessages({ renderer }: { renderer: "html" | "markdown" | "safe" | "plain" }) {
  const { messages, sendMessage, status } = useChat();
  const [input, setInput] = useState("");

  return (
    <div className="chat">
      {messages.map((message) => (
        <article key={message.id} className={`message ${message.role}`}>
          {message.parts.map((part, i) => {
            if (part.type !== "text") return null;
            if (renderer === "html") {
              // llmsafe-expect: llm-output-xss
              return <div key={i} dangerouslySetInnerHTML={{ __html: part.text }} />;
            }
            if (renderer === "markdown") {
              // llmsafe-expect: markdown-exfiltration
              const html = toHtml(part.text);
              // llmsafe-expect: llm-output-xss
              return <div key={i} className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
            }
            if (renderer === "safe") {
              return <AssistantMarkdown key={i} text={part.text} />;
            }
            // llmsafe-expect-clean: llm-output-xss
            return <p key={i}>{part.text}</p>;
          })}
        </article>
      ))}

      {messages
        .filter((m) => m.role === "assistant")
        .slice(-1)
        .map((m) => (
          <aside key={m.id} className="latest">
            {/* llmsafe-expect-clean: llm-output-xss */}
            {/* llmsafe-expect: markdown-exfiltration */}
            <ReactMarkdown>{m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</ReactMarkdown>
            {/* llmsafe-expect-clean: llm-output-xss */}
            {/* llmsafe-expect: markdown-exfiltration */}
            <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</ReactMarkdown>
          </aside>
        ))}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          sendMessage({ text: input });
          setInput("");
        }}
      >
        <input value={input} onChange={(e) => setInput(e.target.value)} disabled={status !== "ready"} />
      </form>
    </div>
  );
}

export function SummaryPreview({ sourceText }: { sourceText: string }) {
  const { completion, complete } = useCompletion({ api: "/api/summarize" });
  const previewRef = useRef<HTMLDivElement>(null);
  const plainRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!previewRef.current || !plainRef.current) return;
    // llmsafe-expect: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    previewRef.current.innerHTML = marked.parse(completion, { async: false }) as string;
    // llmsafe-expect-clean: llm-output-xss
    plainRef.current.textContent = completion;
  }, [completion]);

  return (
    <section>
      <button onClick={() => complete(sourceText)}>Summarize</button>
      <div ref={previewRef} className="preview" />
      <div ref={plainRef} className="preview-plain" hidden />
    </section>
  );
}
