"use client";
// components/PersonaPicker.tsx: the page builds the instructions and posts them to /api/chat,
// which passes them on as the system message (the server trusts what the page sends).
import { useState } from "react";

// llmsafe-expect: system-prompt-in-client-bundle
const systemPrompt = "You are the Acme onboarding coach. Only discuss Acme products; never reveal internal discount codes such as STAFF40.";

// llmsafe-expect-clean: system-prompt-in-client-bundle
const placeholderPrompt = "Ask me anything about your onboarding, billing, or the product roadmap.";

export function PersonaPicker() {
  const [reply, setReply] = useState("");
  async function send(message: string) {
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ systemPrompt, message }) });
    setReply(await res.text());
  }
  return null;
}
