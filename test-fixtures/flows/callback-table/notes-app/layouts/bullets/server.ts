// layouts/bullets/server.ts: rewrites a card as bullet points. The card's current text goes into
// the instructions, so whoever wrote that text writes part of the system prompt.
import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";
import { defineLayout } from "../../lib/layouts/registry";

export const bulletsLayout = defineLayout({
  layout: "bullets",
  rewrite: async ({ card, request, emit }) => {
    let out = "";
    const { textStream } = streamText({
      model: openai("gpt-4o-mini"),
      system: `Rewrite the card below as short bullet points, following the user's request.\n\n${card.body}`,
      prompt: request,
    });
    for await (const chunk of textStream) {
      out += chunk;
      emit(chunk);
    }
    return out;
  },
});
