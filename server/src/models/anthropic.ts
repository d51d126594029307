// @anthropic-ai/sdk: `system` is the instruction channel; tool_use blocks carry model-chosen input.
import type { Model } from "../engine/model";

export const anthropicModel: Model = {
  name: "@anthropic-ai/sdk",
  restEndpoints: [{ shape: "anthropic", url: String.raw`\/v1\/messages`, alsoUrl: "anthropic", examples: ["https://api.anthropic.com/v1/messages"] }],
  mentions: [String.raw`\/v1\/messages`, String.raw`anthropic\.com`],
  rows: [
    { kind: "client", callee: ["@anthropic-ai/sdk:*", "@anthropic-ai/bedrock-sdk:*", "@anthropic-ai/vertex-sdk:*"], apiKey: "0.apiKey", browserFlag: "0.dangerouslyAllowBrowser" },
    { kind: "instance-type", callee: ["@anthropic-ai/sdk:{default,Anthropic}", "@anthropic-ai/bedrock-sdk:{default,AnthropicBedrock}", "@anthropic-ai/vertex-sdk:{default,AnthropicVertex}"] },
    { kind: "endpoint", callee: "@anthropic-ai/sdk:{,Anthropic,default}", url: ["0.baseURL"], key: ["0.apiKey", "0.authToken"], headers: ["0.defaultHeaders"], keyFromEnv: "ANTHROPIC_API_KEY" },
    {
      kind: "llm-call", provider: "anthropic",
      callee: ["@anthropic-ai/*:*().messages.{create,stream,parse,countTokens}", "@anthropic-ai/*:*().beta.messages.{create,stream,parse,toolRunner}", "@anthropic-ai/*:*().beta.tools.messages.create"],
      channels: [{ at: "0.system", as: "instruction" }, { at: "0.messages", as: "messages" }],
    },
    {
      // Anthropic-shaped call on a client from elsewhere: needs a `system` or `messages` field to count.
      kind: "llm-call", provider: "anthropic", confidence: "medium",
      callee: ["?:{anthropic,claude,client,llm}.messages.{create,stream}", "?:**.anthropic.messages.{create,stream}", "?:**.beta.messages.{create,stream}"],
      channels: [{ at: "0.system", as: "instruction" }, { at: "0.messages", as: "messages" }],
    },
    // Managed agents (beta): the system prompt is stored with the agent; update takes the agent id first.
    { kind: "llm-call", provider: "anthropic", result: "client", callee: "@anthropic-ai/*:*().beta.agents.create", channels: [{ at: "0.system", as: "instruction" }] },
    { kind: "llm-call", provider: "anthropic", result: "client", callee: "@anthropic-ai/*:*().beta.agents.update", channels: [{ at: "1.system", as: "instruction" }] },
    // Response types whose values carry the model's text (eval/declared-output.ts): `Message` only as the SDK's.
    {
      kind: "output-type", metadata: ["usage", "id", "model", "type", "role", "stop_reason", "stop_sequence"],
      callee: [
        "@anthropic-ai/sdk{,/**}:{,**.}{Message,MessageStreamEvent,RawMessageStreamEvent,ContentBlock,TextBlock,ParsedMessage,BetaMessage,MessageStream}",
        "jsdoc:Anthropic.{,**.}{Message,MessageStreamEvent,RawMessageStreamEvent,ContentBlock,TextBlock}",
      ],
    },
    // Tool runner helpers: `run` receives the model's tool input.
    { kind: "tool", callee: "@anthropic-ai/sdk/helpers/**:{betaZodTool,betaTool}", handler: "0.run" },
  ],
};
