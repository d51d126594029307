// @aws-sdk/client-bedrock-runtime: the request is a command object; the client's send() returns the answer.
// @aws-sdk/client-bedrock-agent-runtime: knowledge-base retrieval and agents, commands sent the same way.
import type { Model } from "../engine/model";

const BR = "@aws-sdk/client-bedrock-runtime";
const BAR = "@aws-sdk/client-bedrock-agent-runtime";
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
    // InvokeModel answers with the provider's JSON as bytes (`out.body`): parsing it parses the envelope, not the model's own JSON.
    {
      kind: "source", callee: `${BR}:BedrockRuntimeClient().send`, taint: "model",
      envelope: { at: "0", ref: `${BR}:{InvokeModelCommand,InvokeModelWithResponseStreamCommand}()` },
    },
    { kind: "source", callee: `${BR}:BedrockRuntime().{invokeModel,invokeModelWithResponseStream}`, taint: "model", envelope: true },
    // Knowledge bases: Retrieve returns the stored documents (`retrievalResults[].content.text`),
    // whoever wrote them; RetrieveAndGenerate the model's answer and the passages it cites.
    { kind: "source", callee: `${BAR}:BedrockAgentRuntimeClient().send`, argRef: { at: "0", ref: `${BAR}:RetrieveCommand()` }, taint: "external", label: "retrieved documents" },
    { kind: "source", callee: `${BAR}:BedrockAgentRuntime().retrieve`, taint: "external", label: "retrieved documents" },
    {
      kind: "source", callee: [`${BAR}:BedrockAgentRuntimeClient().send`], taint: "external", label: "retrieved documents",
      argRef: { at: "0", ref: `${BAR}:{RetrieveAndGenerateCommand,RetrieveAndGenerateStreamCommand}()` },
    },
    { kind: "source", callee: `${BAR}:BedrockAgentRuntime().{retrieveAndGenerate,retrieveAndGenerateStream}`, taint: "external", label: "retrieved documents" },
    // An agent's (or a generated) answer is model output.
    {
      kind: "source", callee: `${BAR}:BedrockAgentRuntimeClient().send`, taint: "model",
      argRef: { at: "0", ref: `${BAR}:{RetrieveAndGenerateCommand,RetrieveAndGenerateStreamCommand,InvokeAgentCommand,InvokeInlineAgentCommand,InvokeFlowCommand}()` },
    },
    { kind: "source", callee: `${BAR}:BedrockAgentRuntime().{retrieveAndGenerate,retrieveAndGenerateStream,invokeAgent,invokeInlineAgent,invokeFlow}`, taint: "model" },
  ],
};
