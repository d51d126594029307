// server/api/persona/[name].get.ts: h3 helpers imported explicitly.
import { defineEventHandler, getRouterParam, getQuery } from "h3";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export default defineEventHandler(async (event) => {
  const name = getRouterParam(event, "name");
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `You are ${name}.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: String(getQuery(event).q ?? "Hello"),
  });
  return { text };
});
