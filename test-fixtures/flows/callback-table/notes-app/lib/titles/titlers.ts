// lib/titles/titlers.ts: title suggestions, one wrapped callback per style, kept in a table. None of
// the callbacks puts the card's body in the instructions: one ignores the card, the other uses only
// the title, which the server chose.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import type { NoteCard } from "../db/schema";

interface TitleArgs { card: NoteCard }

function createTitler(spec: { style: string; suggest: (args: TitleArgs) => Promise<string> }) {
  return {
    style: spec.style,
    run: async (args: TitleArgs) => {
      const title = await spec.suggest({ card: args.card });
      return title.trim().slice(0, 80);
    },
  };
}

export const titlers = [
  createTitler({
    style: "fresh",
    suggest: async () => {
      const { text } = await generateText({ model: openai("gpt-4o-mini"), system: "Suggest a short, friendly title for a note card.", prompt: "One line only." });
      return text;
    },
  }),
  createTitler({
    style: "keep",
    suggest: async ({ card }) => {
      const { text } = await generateText({ model: openai("gpt-4o-mini"), system: `Polish the title "${card.title}" without changing its meaning.`, prompt: "One line only." });
      return text;
    },
  }),
];
