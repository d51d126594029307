"use client";
// components/AssistantPanel.tsx
import { useState } from "react";
import posthog from "posthog-js";
import { createOpenAI } from "@ai-sdk/openai";
import { createGroq } from "@ai-sdk/groq";
import { generateText } from "ai";
import { APP_NAME, OPENAI_KEY, POSTHOG_KEY, publicEnv } from "../lib/public-env";

posthog.init(POSTHOG_KEY, { api_host: "https://eu.i.posthog.com" });

const openai = createOpenAI({ apiKey: OPENAI_KEY });
const groq = createGroq({ apiKey: publicEnv.groqKey });

export function AssistantPanel() {
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");

  async function ask(fast: boolean) {
    const { text } = await generateText({
      model: fast ? groq("llama-3.1-8b-instant") : openai(publicEnv.chatModel),
      system: `You are the in-app assistant of ${APP_NAME}.`,
      prompt: question,
    });
    setAnswer(text);
  }

  return (
    <aside>
      <h3>{APP_NAME} assistant</h3>
      <input value={question} onChange={(e) => setQuestion(e.target.value)} />
      <button onClick={() => ask(false)}>Ask</button>
      <button onClick={() => ask(true)}>Ask (fast)</button>
      <p>{answer}</p>
    </aside>
  );
}
