// lib/make-responder.ts: builds a responder closure for a support widget. The closure keeps the
// options it was made with (a persona, a callback for each reply) and runs later, per question.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export interface ResponderOptions {
  persona: string;
  onReply: (text: string) => void;
}

export function makeResponder(options: ResponderOptions) {
  return async (question: string) => {
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      system: `You are ${options.persona}. Answer support questions briefly.`,
      prompt: question,
    });
    options.onReply(text);
    return text;
  };
}
