// components/assistant-ui/markdown-text.tsx: the thread's assistant text, drawn by assistant-ui's
// Markdown primitives (they read the current message part from the runtime themselves).
"use client";

import { MarkdownTextPrimitive } from "@assistant-ui/react-markdown";
import { StreamdownTextPrimitive } from "@assistant-ui/react-streamdown";
import remarkGfm from "remark-gfm";
import { memo } from "react";

const IMAGE_CDN = ["https://img.acme-notes.dev/"];

const MarkdownTextImpl = () => {
  return (
    // llmsafe-expect: markdown-exfiltration
    <MarkdownTextPrimitive remarkPlugins={[remarkGfm]} className="aui-md" components={{ a: ({ href, children }) => <a href={href} target="_blank" rel="noreferrer">{children}</a> }} />
  );
};
export const MarkdownText = memo(MarkdownTextImpl);

export const SafeMarkdownText = () => (
  // llmsafe-expect-clean: markdown-exfiltration
  <MarkdownTextPrimitive remarkPlugins={[remarkGfm]} components={{ img: ({ alt }) => <span className="aui-img-alt">[{alt}]</span> }} />
);

export const StreamingText = () => (
  // llmsafe-expect: markdown-exfiltration
  <StreamdownTextPrimitive className="aui-md" />
);

export const PinnedStreamingText = () => (
  // llmsafe-expect-clean: markdown-exfiltration
  <StreamdownTextPrimitive security={{ allowedImagePrefixes: IMAGE_CDN }} />
);

export const OpenStreamingText = () => (
  // llmsafe-expect: markdown-exfiltration
  <StreamdownTextPrimitive security={{ allowedImagePrefixes: ["*"], allowedLinkPrefixes: ["*"] }} />
);
