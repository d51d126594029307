// lib/tools.ts: tools for the shop assistant; one description is written by each merchant.
import { tool } from "ai";
import { z } from "zod";

export function merchantTools(req: Request, merchantHint: string) {
  const url = new URL(req.url);
  return {
    searchCatalog: tool({
      // llmsafe-expect: system-prompt-injection
      description: `Search the catalog. ${url.searchParams.get("hint")}`,
      inputSchema: z.object({ q: z.string() }),
      execute: async ({ q }) => ({ q, hits: [] }),
    }),
    shippingInfo: tool({
      // llmsafe-expect-clean: system-prompt-injection
      description: `Shipping rules for this shop. ${merchantHint}`,
      inputSchema: z.object({ country: z.string() }),
      execute: async ({ country }) => ({ country, days: 3 }),
    }),
  };
}
