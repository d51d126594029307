// @openrouter/sdk and @openrouter/agent: callModel({ instructions, input, tools }), chat.send({ messages }).
import type { Model } from "../engine/model";

const OR = "@openrouter/{sdk,agent}";
export const openrouterModel: Model = {
  name: "@openrouter/sdk, @openrouter/agent",
  rows: [
    { kind: "client", callee: [`${OR}:OpenRouter`, "@openrouter/sdk:"], apiKey: "0.apiKey" },
    {
      kind: "llm-call", provider: "openrouter", callee: [`${OR}:callModel`, `${OR}:*().callModel`],
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.input", as: "input" }, { at: "0.messages", as: "messages" }],
    },
    { kind: "llm-call", provider: "openrouter", callee: ["@openrouter/sdk:*().chat.send", "@openrouter/sdk:*().chat.completions.{create,stream}"], channels: [{ at: "0.messages", as: "messages" }] },
    { kind: "tool", callee: "@openrouter/agent:tool", handler: "0.execute" },
    // A tool's description is read by the model as guidance: an instruction channel.
    { kind: "llm-call", provider: "openrouter", result: "client", callee: "@openrouter/agent:tool", channels: [{ at: "0.description", as: "instruction" }] },
  ],
};
