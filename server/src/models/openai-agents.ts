// @openai/agents: Agent instructions, tools, run().
import type { Model } from "../engine/model";

export const openaiAgentsModel: Model = {
  name: "@openai/agents",
  rows: [
    { kind: "llm-call", provider: "openai-agents", result: "client", callee: "@openai/agents*:Agent", channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.handoffDescription", as: "instruction" }] },
    { kind: "llm-call", provider: "openai-agents", callee: ["@openai/agents*:run", "@openai/agents*:Runner().run"], channels: [{ at: "1", as: "input" }] },
    { kind: "tool", callee: "@openai/agents*:tool", handler: "0.execute", approval: "0.needsApproval" },
  ],
};
