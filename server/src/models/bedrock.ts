// @aws-sdk/client-bedrock-runtime: the request is a command object; the client's send() returns the answer.
import type { Model } from "../engine/model";

const BR = "@aws-sdk/client-bedrock-runtime";
const CONVERSE = [{ at: "0.system", as: "instruction" }, { at: "0.messages", as: "messages" }] as const;
export const bedrockModel: Model = {
  name: "@aws-sdk/client-bedrock-runtime",
  rows: [
    // `new ConverseCommand({ system: [{ text }], messages })` is where the prompt is written.
    { kind: "llm-call", provider: "bedrock", result: "client", callee: `${BR}:{ConverseCommand,ConverseStreamCommand}`, channels: [...CONVERSE] },
    // The aggregated client calls the operation directly.
    { kind: "llm-call", provider: "bedrock", callee: `${BR}:BedrockRuntime().{converse,converseStream}`, channels: [...CONVERSE] },
    // InvokeModel takes the provider's own JSON as a string; made by JSON.stringify in view, its
    // fields are read through it: Anthropic's `system` (Claude on Bedrock) is an instruction channel.
    {
      kind: "llm-call", provider: "bedrock", result: "client", callee: `${BR}:{InvokeModelCommand,InvokeModelWithResponseStreamCommand}`,
      channels: [{ at: "0.body", as: "input" }, { at: "0.body.system", as: "instruction" }],
    },
    { kind: "source", callee: [`${BR}:BedrockRuntimeClient().send`, `${BR}:BedrockRuntime().{invokeModel,invokeModelWithResponseStream}`], taint: "model" },
  ],
};
