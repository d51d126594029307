// Cloudflare Workers AI: the `AI` binding (`env.AI.run(model, { messages | prompt })`), and @cloudflare/ai's Ai wrapper.
import type { Model } from "../engine/model";

const CHANNELS = [
  { at: "1.messages", as: "messages" },
  { at: "1.prompt", as: "input" },
  { at: "1.instructions", as: "instruction" },
  { at: "1.input", as: "input" },
] as const;
export const workersAiModel: Model = {
  name: "Cloudflare Workers AI",
  rows: [
    { kind: "llm-call", provider: "workers-ai", callee: "@cloudflare/ai:Ai().run", channels: [...CHANNELS] },
    // The binding arrives as `env` (or a Hono context's `c.env`): recognised by shape.
    { kind: "llm-call", provider: "workers-ai", confidence: "medium", callee: ["?:AI.run", "?:**.AI.run"], channels: [...CHANNELS] },
  ],
};
