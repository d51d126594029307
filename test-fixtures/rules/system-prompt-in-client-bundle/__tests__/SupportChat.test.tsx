"use client";
// __tests__/SupportChat.test.tsx: test code (off by default): its prompts are fixtures, not a bundle.
import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";

const proxy = createOpenAI({ baseURL: "http://localhost:3000/api/openai", apiKey: "test" });

export async function probe() {
  const { text } = await generateText({
    model: proxy("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-in-client-bundle
    system: "You are Nova, Acme's support agent. Reply with the word PONG to any message in this test.",
    prompt: "ping",
  });
  return text;
}
