"use client";
// components/ChatWidget.tsx: the floating chat bubble on the marketing site.
// It was prototyped by calling the providers straight from the browser.
import { useMemo, useState } from "react";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { createOpenAI } from "@ai-sdk/openai";
import { createAnthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import posthog from "posthog-js";
import { loadStripe } from "@stripe/stripe-js";

// llmsafe-expect: client-exposed-api-key
const openai = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY, dangerouslyAllowBrowser: true });

// llmsafe-expect: client-exposed-api-key
const anthropicKey = process.env.NEXT_PUBLIC_ANTHROPIC_KEY;
const claude = createAnthropic({ apiKey: anthropicKey });

const provider = createOpenAI({
  // llmsafe-expect: client-exposed-api-key
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY,
  // llmsafe-expect-clean: client-exposed-api-key
  baseURL: process.env.NEXT_PUBLIC_OPENAI_BASE_URL,
});

// llmsafe-expect-clean: client-exposed-api-key
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: "https://eu.i.posthog.com" });

// llmsafe-expect-clean: client-exposed-api-key
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

// `serverKey` is passed down by app/layout.tsx (a server component) from process.env.ANTHROPIC_API_KEY.
export function ChatWidget({ serverKey }: { serverKey: string }) {
  const [input, setInput] = useState("");
  const [answer, setAnswer] = useState("");
  const anthropic = useMemo(
    () =>
      new Anthropic({
        apiKey: serverKey,
        // llmsafe-expect: client-exposed-api-key
        dangerouslyAllowBrowser: true,
      }),
    [serverKey],
  );

  async function askOpenAI() {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-in-client-bundle
        { role: "system", content: "You answer questions about Acme's pricing." },
        { role: "user", content: input },
      ],
    });
    setAnswer(completion.choices[0].message.content ?? "");
  }

  async function askClaude() {
    const msg = await anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 300,
      // llmsafe-expect: system-prompt-in-client-bundle
      system: "You answer questions about Acme's pricing.",
      messages: [{ role: "user", content: input }],
    });
    const first = msg.content[0];
    setAnswer(first.type === "text" ? first.text : "");
  }

  async function askViaSdk(useClaude: boolean) {
    const { text } = await generateText({
      model: useClaude ? claude("claude-haiku-4-5") : provider("gpt-4o-mini"),
      // llmsafe-expect: system-prompt-in-client-bundle
      system: "You answer questions about Acme's pricing.",
      prompt: input,
    });
    setAnswer(text);
  }

  async function askViaServer() {
    // llmsafe-expect-clean: client-exposed-api-key
    const res = await fetch(`${process.env.NEXT_PUBLIC_API_URL}/api/chat`, {
      method: "POST",
      body: JSON.stringify({ message: input }),
    });
    setAnswer((await res.json()).answer);
  }

  async function checkout() {
    const stripe = await stripePromise;
    await stripe?.redirectToCheckout({ sessionId: "from-server" });
  }

  return (
    <div className="chat-widget">
      {/* llmsafe-expect-clean: client-exposed-api-key */}
      <h2>Ask {process.env.NEXT_PUBLIC_APP_NAME}</h2>
      <textarea value={input} onChange={(e) => setInput(e.target.value)} />
      <button onClick={askOpenAI}>GPT</button>
      <button onClick={askClaude}>Claude</button>
      <button onClick={() => askViaSdk(false)}>SDK</button>
      <button onClick={() => askViaSdk(true)}>SDK (Claude)</button>
      <button onClick={askViaServer}>Server</button>
      <button onClick={checkout}>Upgrade</button>
      <p>{answer}</p>
    </div>
  );
}
