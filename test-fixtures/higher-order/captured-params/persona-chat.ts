// lib/persona-chat.ts: builds the chat call inside small closures that capture the helper's
// parameters (a retry wrapper, a table of styles picked by name).
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function personaReply(persona: string, question: string, style: string) {
  const ask = () => generateText({ model: openai("gpt-4o-mini"), system: `You are ${persona}.`, prompt: question });
  const styles = {
    terse: () => generateText({ model: openai("gpt-4o-mini"), system: `Answer tersely as ${persona}.`, prompt: question }),
    plain: () => generateText({ model: openai("gpt-4o-mini"), system: "Answer plainly.", prompt: question }),
  };
  const pick = styles[style as keyof typeof styles] ?? ask;
  return (await pick()).text;
}
