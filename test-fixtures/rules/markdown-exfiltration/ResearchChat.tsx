// app/research/ResearchChat.tsx: a research assistant whose model browses the web (tool results
// in its context) and answers in Markdown; the messages come from the AI SDK's useChat.
"use client";

import { useChat } from "@ai-sdk/react";
import DOMPurify from "dompurify";
import { memo, useState } from "react";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { Streamdown } from "streamdown";
import { AnswerMarkdown } from "./AnswerMarkdown";

const TRUSTED_IMAGE_HOSTS = ["https://images.acme-research.dev/", "https://upload.wikimedia.org/"];

function onlyTrustedImages(url: string, key: string) {
  if (key !== "src") return url;
  return TRUSTED_IMAGE_HOSTS.some((host) => url.startsWith(host)) ? url : "";
}

function textOf(parts: { type: string; text?: string }[]) {
  return parts.map((p) => (p.type === "text" ? p.text ?? "" : "")).join("");
}

// The renderer wrapped for re-render speed is still the renderer.
const MemoMarkdown = memo(ReactMarkdown, (prev, next) => prev.children === next.children);

function roundedImage({ node, ...props }: { node?: unknown; src?: string; alt?: string }) {
  return <img className="max-w-[67%] rounded" {...props} />;
}

function proxiedImage({ src, alt }: { src?: string; alt?: string }) {
  return src && TRUSTED_IMAGE_HOSTS.some((host) => src.startsWith(host)) ? <img src={src} alt={alt} /> : <span>{alt}</span>;
}

const HELP = `**Tips**\n\n- Ask for sources\n- ![logo](/static/logo.svg)`;

export default function ResearchChat({ style }: { style: string }) {
  const { messages, sendMessage } = useChat();
  const [draft, setDraft] = useState("");
  const last = messages[messages.length - 1];
  const answer = last ? textOf(last.parts) : "";

  return (
    <main>
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      <ReactMarkdown>{HELP}</ReactMarkdown>
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      <ReactMarkdown>{draft}</ReactMarkdown>

      {style === "plain" && (
        <>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown remarkPlugins={[remarkGfm]}>{answer}</ReactMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown children={answer} skipHtml />
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{answer}</ReactMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown>{DOMPurify.sanitize(answer)}</ReactMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown disallowedElements={["script", "iframe"]}>{answer}</ReactMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <MemoMarkdown remarkPlugins={[remarkGfm]}>{answer}</MemoMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown components={{ img: roundedImage }}>{answer}</ReactMarkdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <ReactMarkdown components={{ img: ({ src, alt }) => <img src={src} alt={alt} loading="lazy" /> }}>{answer}</ReactMarkdown>
        </>
      )}

      {style === "guarded" && (
        <>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <ReactMarkdown urlTransform={onlyTrustedImages}>{answer}</ReactMarkdown>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <ReactMarkdown components={{ img: ({ alt }) => <span className="image-placeholder">{alt}</span> }}>{answer}</ReactMarkdown>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <ReactMarkdown disallowedElements={["img"]} unwrapDisallowed>{answer}</ReactMarkdown>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <ReactMarkdown components={{ img: proxiedImage }}>{answer}</ReactMarkdown>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <ReactMarkdown allowedElements={["p", "strong", "em", "code", "pre", "ul", "ol", "li", "a"]}>{answer}</ReactMarkdown>
        </>
      )}

      {style === "stream" && (
        <>
          {/* llmsafe-expect: markdown-exfiltration */}
          <Streamdown className="prose">{answer}</Streamdown>
          {/* llmsafe-expect: markdown-exfiltration */}
          <Streamdown allowedImagePrefixes={["*"]}>{answer}</Streamdown>
          {/* llmsafe-expect-clean: markdown-exfiltration */}
          <Streamdown allowedImagePrefixes={TRUSTED_IMAGE_HOSTS}>{answer}</Streamdown>
        </>
      )}

      {/* llmsafe-expect: markdown-exfiltration */}
      {style === "card" && <AnswerMarkdown text={answer} />}
      {/* llmsafe-expect-clean: markdown-exfiltration */}
      {style === "card" && <AnswerMarkdown text={HELP} />}

      <form onSubmit={(e) => { e.preventDefault(); sendMessage({ text: draft }); setDraft(""); }}>
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      </form>
    </main>
  );
}
