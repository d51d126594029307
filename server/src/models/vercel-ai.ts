// Vercel AI SDK (`ai`, `@ai-sdk/*`): generateText/streamText/..., tools, agents, useChat.
import type { Model } from "../engine/model";

const PROMPT_CHANNELS = [
  { at: "0.system", as: "instruction" },
  { at: "0.instructions", as: "instruction" },
  { at: "0.prompt", as: "input" },
  { at: "0.messages", as: "messages" },
  // Provider options that replace the system message (checked in the providers' option schemas):
  // @ai-sdk/openai's Responses model `instructions` (under `azure` for Azure), and @ai-sdk/google's
  // Interactions model `systemInstruction`.
  { at: "0.providerOptions.openai.instructions", as: "instruction" },
  { at: "0.providerOptions.azure.instructions", as: "instruction" },
  { at: "0.providerOptions.google.systemInstruction", as: "instruction" },
] as const;

export const vercelAiModel: Model = {
  name: "ai (Vercel AI SDK)",
  // A sandbox session (`implements Experimental_SandboxSession`) given as `experimental_sandbox`:
  // the SDK's bash tool hands the model's command to its `run` / `spawn`.
  handlerClasses: [{ baseSuffix: "SandboxSession", methods: ["run", "spawn"], params: ["model"] }],
  rows: [
    // experimental_* are the AI SDK 3.0 names; streamUI (ai/rsc, SDK 3 and 4) takes the same prompt fields.
    { kind: "llm-call", provider: "vercel-ai", callee: ["ai:{,experimental_}{generateText,streamText}", "ai/rsc:{streamUI,render}"], channels: [...PROMPT_CHANNELS] },
    // `object` (awaited for streamObject) is the model's answer parsed by `schema`.
    {
      kind: "llm-call", provider: "vercel-ai", callee: "ai:{,experimental_}{generateObject,streamObject}",
      channels: [...PROMPT_CHANNELS], structured: { schema: "0.schema", field: "object" },
    },
    { kind: "llm-call", provider: "vercel-ai", result: "client", callee: "ai:{Agent,Experimental_Agent,ToolLoopAgent}", channels: [...PROMPT_CHANNELS] },
    { kind: "llm-call", provider: "vercel-ai", callee: "ai:{Agent,Experimental_Agent,ToolLoopAgent}().{generate,stream}", channels: [...PROMPT_CHANNELS] },
    // The tools one model call or agent holds together (lethal-trifecta-agent).
    { kind: "tool-set", callee: ["ai:{,experimental_}{generateText,streamText,generateObject,streamObject}", "ai/rsc:{streamUI,render}", "ai:{Agent,Experimental_Agent,ToolLoopAgent}"], tools: ["0.tools"] },
    { kind: "tool", callee: "ai:{tool,dynamicTool}", handler: "0.execute", approval: "0.needsApproval", schema: ["0.inputSchema", "0.parameters"] },
    // The model reads a tool's description as guidance on when and how to call it.
    { kind: "llm-call", provider: "vercel-ai", result: "client", callee: "ai:{tool,dynamicTool}", channels: [{ at: "0.description", as: "instruction" }] },
    // The hooks lived in ai/react, ai/svelte, ai/vue and ai/solid up to AI SDK 4.
    { kind: "source", callee: ["@ai-sdk/*:{useChat,useCompletion,useObject,useAssistant}", "ai/{react,svelte,vue,solid}:{useChat,useCompletion,useAssistant,experimental_useObject}"], taint: "model" },
    // Provider-defined tools the app executes itself (openai.tools.shell / localShell / applyPatch,
    // anthropic.tools.bash_* / textEditor_* / computer_*): `execute` gets the model's command or edit.
    { kind: "tool", callee: ["@ai-sdk/**:*.tools.*", "@ai-sdk/**:*().tools.*"], handler: "0.execute", approval: "0.needsApproval" },
    { kind: "client", callee: "@ai-sdk/*:create*", apiKey: "0.apiKey" },
    // Provider factories: `baseURL` is where the key goes; with no `apiKey`, these read their
    // provider's env var (OPENAI_API_KEY, ANTHROPIC_API_KEY, ...). The OpenAI-compatible one reads none.
    {
      kind: "endpoint", url: ["0.baseURL"], key: ["0.apiKey"], headers: ["0.headers"], keyFromEnv: "the provider's API key env var",
      callee: "@ai-sdk/*:{createOpenAI,createAnthropic,createGoogleGenerativeAI,createMistral,createGroq,createXai,createDeepSeek,createFireworks,createTogetherAI,createCohere,createPerplexity,createAzure,createCerebras,createDeepInfra,createGateway}",
    },
    { kind: "endpoint", callee: "@ai-sdk/openai-compatible:createOpenAICompatible", url: ["0.baseURL"], key: ["0.apiKey"], headers: ["0.headers"] },
    // (await createMCPClient({ transport })).tools(): every tool of the server, unless `schemas` picks some.
    { kind: "mcp-server", callee: ["ai:{experimental_createMCPClient,createMCPClient}().tools", "@ai-sdk/mcp:{experimental_createMCPClient,createMCPClient}().tools"], config: "receiver" },
    // How that client reaches its server: a transport given inline (`{ type: "sse", url, headers }`) or the stdio transport's command line.
    { kind: "mcp-launch", callee: ["ai:{experimental_createMCPClient,createMCPClient}", "@ai-sdk/mcp:{experimental_createMCPClient,createMCPClient}"], config: "0.transport" },
    { kind: "mcp-launch", callee: ["ai/mcp-stdio:{Experimental_StdioMCPTransport,StdioMCPTransport}", "@ai-sdk/mcp/mcp-stdio:{Experimental_StdioMCPTransport,StdioMCPTransport}"], config: "0" },
    // Results whose text is the model's (eval/declared-output.ts); `response` holds the messages, so it is no metadata.
    {
      kind: "output-type", metadata: ["usage", "totalUsage", "finishReason", "providerMetadata", "warnings"],
      callee: ["ai:{,**.}{GenerateTextResult,StreamTextResult}", "jsdoc:ai.{GenerateTextResult,StreamTextResult}"],
    },
    // UI messages to model messages: the same turns, each with its role.
    { kind: "propagator", callee: "ai:{convertToModelMessages,convertToCoreMessages}", from: "0", shape: "kept" },
    // Validation checks the messages' shape and returns them: their text is unchanged.
    { kind: "propagator", callee: "ai:validateUIMessages", from: "0.messages" },
  ],
};
