"use client";
// components/SupportChat.tsx: the help-center widget. It calls the model from the browser through
// the app's own OpenAI-compatible proxy (the proxy adds the key), so the prompts live here.
import { useState } from "react";
import OpenAI from "openai";
import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { REFUND_POLICY_PROMPT } from "../lib/support-prompts";

const openai = new OpenAI({ baseURL: "/api/openai", apiKey: "not-needed-the-proxy-adds-it", dangerouslyAllowBrowser: true });
const proxy = createOpenAI({ baseURL: "/api/openai", apiKey: "not-needed-the-proxy-adds-it" });

const ESCALATION_RULES = `You are Nova, Acme's support agent. Never promise refunds over $50.
If the customer mentions a chargeback, answer only with the escalation link.`;

export function SupportChat({ plan }: { plan: string }) {
  const [answer, setAnswer] = useState("");

  async function ask(question: string) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-in-client-bundle
        { role: "system", content: ESCALATION_RULES },
        { role: "user", content: question },
      ],
    });
    setAnswer(completion.choices[0].message.content ?? "");
  }

  async function refund(question: string) {
    const { text } = await generateText({
      model: proxy("gpt-4o-mini"),
      // llmsafe-expect: system-prompt-in-client-bundle
      system: REFUND_POLICY_PROMPT,
      prompt: question,
    });
    setAnswer(text);
  }

  async function summarise(ticket: string) {
    const { text } = await generateText({
      model: proxy("gpt-4o-mini"),
      // llmsafe-expect: system-prompt-in-client-bundle
      prompt: `Summarise this support ticket in two sentences for the ${plan} queue, then list the product areas it touches:\n\n${ticket}`,
    });
    setAnswer(text);
  }

  async function quick(question: string) {
    const { text } = await generateText({
      model: proxy("gpt-4o-mini"),
      // llmsafe-expect-clean: system-prompt-in-client-bundle
      system: "You are a helpful assistant.",
      prompt: question,
    });
    setAnswer(text);
  }

  async function echo(question: string) {
    // llmsafe-expect-clean: system-prompt-in-client-bundle
    const { text } = await generateText({ model: proxy("gpt-4o-mini"), prompt: question });
    setAnswer(text);
  }

  return null;
}
