// lib/tools/rewrite-card.ts: the chat model rewrites a card by id. The card is read back from the
// database and handed to its layout's registered callback: its stored body becomes part of that
// layout's instructions.
import { tool } from "ai";
import { z } from "zod";
import { getNoteCardById } from "../db/queries";
import { layoutHandlers } from "../layouts/registry";

export const rewriteCard = (emit: (chunk: string) => void) =>
  tool({
    description: "Rewrite a note card in its layout, following the user's request.",
    inputSchema: z.object({
      id: z.string().describe("The id of the card"),
      request: z.string().describe("What to change"),
    }),
    execute: async ({ id, request }) => {
      const card = await getNoteCardById({ id });
      if (!card) return { error: "No such card" };
      const handler = layoutHandlers.find((candidate) => candidate.layout === card.layout);
      if (!handler) throw new Error(`No layout handler for ${card.layout}`);
      // llmsafe-expect: indirect-prompt-injection
      await handler.rewrite({ card, request, emit });
      return { id, updated: true };
    },
  });
