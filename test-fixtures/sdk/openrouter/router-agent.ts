// lib/openrouter.ts: one key for many models through OpenRouter (SDK chat, and the agent's callModel).
import { OpenRouter, callModel, tool } from "@openrouter/agent";
import { OpenRouter as OpenRouterClient } from "@openrouter/sdk";
import { unlink } from "node:fs/promises";
import { z } from "zod";

const router = new OpenRouter({ apiKey: process.env.OPENROUTER_API_KEY });
const client = new OpenRouterClient({ apiKey: process.env.OPENROUTER_API_KEY });
const HOUSE_RULES = "You are the Acme shopping assistant. Never promise discounts.";

export async function POST(req: Request) {
  const { question, persona } = await req.json();
  const result = router.callModel({
    model: "openai/gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${HOUSE_RULES} Persona: ${persona}`,
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    input: question,
  });
  return Response.json({ text: await result.getText() });
}

export async function PUT(req: Request) {
  const { question } = await req.json();
  const result = callModel({
    model: "anthropic/claude-haiku-4.5",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: HOUSE_RULES,
    // llmsafe-expect: undelimited-prompt-input
    input: "Answer the shopper's question in one sentence: " + question,
  });
  return Response.json({ text: await result.getText() });
}

export async function PATCH(req: Request) {
  const { question, rules } = await req.json();
  const out = await client.chat.send({
    model: "mistralai/mistral-small",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: rules },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: question },
    ],
  });
  return Response.json(out);
}

export function cartTools(catalogNote: string) {
  return [
    tool({
      name: "lookupProduct",
      // A note the merchant types in the admin panel: read by the model as guidance.
      // llmsafe-expect-clean: system-prompt-injection
      description: "Look up a product by SKU in the catalog.",
      inputSchema: z.object({ sku: z.string() }),
      execute: async ({ sku }) => ({ sku, note: catalogNote }),
    }),
    // llmsafe-expect: excessive-agency-tool
    tool({
      name: "removeSavedCart",
      description: "Delete a saved cart file",
      inputSchema: z.object({ file: z.string() }),
      // llmsafe-expect: llm-output-path-traversal
      execute: async ({ file }) => unlink(`/srv/carts/${file}`),
    }),
  ];
}

export async function describeFromRequest(req: Request) {
  const { blurb } = await req.json();
  return tool({
    name: "promo",
    // llmsafe-expect: system-prompt-injection
    description: `Tell shoppers about this promotion: ${blurb}`,
    inputSchema: z.object({}),
    execute: async () => "ok",
  });
}
