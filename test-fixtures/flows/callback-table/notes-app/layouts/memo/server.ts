// layouts/memo/server.ts: a memo layout that keeps the card's text out of the instructions: the
// text is the user turn, the system prompt names the card by its server-chosen title only.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { defineLayout } from "../../lib/layouts/registry";

export const memoLayout = defineLayout({
  layout: "memo",
  rewrite: async ({ card, emit }) => {
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      system: `You format memos. The memo is called "${card.title}".`,
      messages: [{ role: "user", content: card.body ?? "" }],
    });
    emit(text);
    return text;
  },
});
