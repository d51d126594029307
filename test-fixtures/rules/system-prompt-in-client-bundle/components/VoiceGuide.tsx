"use client";
// components/VoiceGuide.tsx: a realtime voice agent, connected from the browser with an ephemeral key.
import { RealtimeAgent, RealtimeSession } from "@openai/agents/realtime";
import { tool } from "@openai/agents/realtime";
import { z } from "zod";

const lookupOrder = tool({
  name: "lookup_order",
  // llmsafe-expect-clean: system-prompt-in-client-bundle
  description: "Look up the shipping status of one of the caller's own orders by its order number.",
  parameters: z.object({ orderNumber: z.string() }),
  execute: async ({ orderNumber }) => `Order ${orderNumber} ships tomorrow.`,
});

const agent = new RealtimeAgent({
  name: "Concierge",
  // llmsafe-expect: system-prompt-in-client-bundle
  instructions: "You are the hotel concierge. Upsell the spa package to guests who mention stress; never confirm who is staying in which room.",
  tools: [lookupOrder],
});

export async function connect(ephemeralKey: string) {
  const session = new RealtimeSession(agent);
  await session.connect({ apiKey: ephemeralKey });
  return session;
}
