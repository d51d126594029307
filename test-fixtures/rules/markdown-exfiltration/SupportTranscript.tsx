// app/support/SupportTranscript.tsx: a support agent with a web search tool streams its answers
// through useChat; the transcript is memoised and drawn by small render functions.
"use client";

import { useChat } from "@ai-sdk/react";
import { useCallback, useMemo } from "react";
import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

type Part = { type: string; text?: string };
type Message = { id: string; role: string; parts: Part[] };

const WELCOME = "Hi! I can look things up for you. *Answers may include images.*";

function answerMarkdown(text: string) {
  return (
    <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={{ p: ({ children }) => <p className="answer">{children}</p> }}>
      {text}
    </ReactMarkdown>
  );
}

function ownHostsOnly(url: string, key: string) {
  return key === "src" && !url.startsWith("/") ? "" : defaultUrlTransform(url);
}

function quotedMarkdown(text: string) {
  return <ReactMarkdown urlTransform={ownHostsOnly}>{text}</ReactMarkdown>;
}

function renderParts(message: Message, quoted: boolean) {
  return message.parts.map((part, i) => (part.type === "text" ? <div key={i}>{quoted ? quotedMarkdown(part.text ?? "") : answerMarkdown(part.text ?? "")}</div> : null));
}

export default function SupportTranscript({ quoted }: { quoted: boolean }) {
  const { messages } = useChat();
  const transcript = useMemo(() => messages ?? [], [messages]);
  const welcome = useMemo(() => WELCOME.trim(), []);
  const render = useCallback((m: Message) => renderParts(m, quoted), [quoted]);

  return (
    <section>
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      {answerMarkdown(welcome)}
      {transcript.map((m) => (
        // llmsafe-expect: markdown-exfiltration
        <article key={m.id}>{renderParts(m, false)}</article>
      ))}
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      {transcript.map((m) => <blockquote key={m.id}>{quotedMarkdown(m.parts.map((p) => p.text ?? "").join(""))}</blockquote>)}
      {/* llmsafe-expect-also: markdown-exfiltration */}
      {transcript.slice(-1).map((m) => render(m))}
    </section>
  );
}
