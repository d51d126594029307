// app/actions.tsx: AI SDK 3 server actions with streamUI (ai/rsc).
"use server";
import { openai } from "@ai-sdk/openai";
import { experimental_generateText } from "ai";
import { streamUI } from "ai/rsc";

const ASSISTANT = "You are the Acme booking assistant. Only talk about flights.";

export async function submitMessage(input: string, persona: string) {
  const result = await streamUI({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${ASSISTANT} Persona: ${persona}`,
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    prompt: input,
    text: ({ content }) => <p>{content}</p>,
  });
  return result.value;
}

export async function summarize(text: string) {
  const { text: summary } = await experimental_generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: "Summarize the text between <text> tags in one sentence.",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `<text>${text}</text>`,
  });
  return summary;
}

export async function legacyNote(note: string) {
  const { text } = await experimental_generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: note,
    prompt: "Write the daily note.",
  });
  return text;
}
