// openai (and OpenAI-compatible clients recognised by call shape).
import type { Model } from "../engine/model";

const CLIENT = "openai:*()";
/** @openai/guardrails wraps the client: `await GuardrailsOpenAI.create(config)` has the same API. */
const GUARDED = "@openai/guardrails:{GuardrailsOpenAI,GuardrailsAzureOpenAI}.create()";
export const openaiModel: Model = {
  name: "openai",
  // A raw fetch to the REST API (or an OpenAI-compatible one: the path is the same).
  restEndpoints: [{
    shape: "openai", url: String.raw`\/(v\d+\/)?chat\/completions|\/v1\/responses`,
    examples: ["https://api.openai.com/v1/chat/completions", "https://openrouter.ai/api/v1/chat/completions", "https://api.openai.com/v1/responses"],
  }],
  // A WebRTC data channel is how a browser talks to the Realtime API (`pc.createDataChannel("oai-events")`).
  mentions: [String.raw`chat\/completions`, String.raw`\/v\d+\/responses`, String.raw`api\.openai\.com`, String.raw`\bcreateDataChannel\b`],
  rows: [
    { kind: "client", callee: "openai:*", apiKey: "0.apiKey", browserFlag: "0.dangerouslyAllowBrowser" },
    // A parameter or injected dependency typed with the client class (`openai: OpenAI`) is a client.
    { kind: "instance-type", callee: ["openai:{default,OpenAI,AzureOpenAI}", "groq-sdk:{default,Groq}", "together-ai:{default,Together}", "@mistralai/mistralai:Mistral"] },
    // Where the client sends its key: `baseURL`; with no `apiKey` it reads the server's env var.
    { kind: "endpoint", callee: "openai:{,OpenAI,default}", url: ["0.baseURL"], key: ["0.apiKey"], headers: ["0.defaultHeaders"], keyFromEnv: "OPENAI_API_KEY" },
    { kind: "endpoint", callee: "openai:AzureOpenAI", url: ["0.baseURL", "0.endpoint"], key: ["0.apiKey"], headers: ["0.defaultHeaders"], keyFromEnv: "AZURE_OPENAI_API_KEY" },
    {
      kind: "llm-call", provider: "openai",
      callee: [`${CLIENT}.chat.completions.{create,stream,parse,runTools}`, `${CLIENT}.beta.chat.completions.{create,stream,parse,runTools}`, `${GUARDED}.chat.completions.{create,stream,parse}`],
      channels: [{ at: "0.messages", as: "messages" }],
    },
    {
      kind: "llm-call", provider: "openai",
      callee: [`${CLIENT}.responses.{create,stream,parse}`, `${GUARDED}.responses.{create,stream,parse}`],
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.input", as: "input" }],
    },
    { kind: "llm-call", provider: "openai", callee: `${CLIENT}.completions.create`, channels: [{ at: "0.prompt", as: "prompt" }] },
    // openai v3 (`new OpenAIApi(new Configuration({ apiKey }))`): the same requests under older method names.
    { kind: "llm-call", provider: "openai", callee: "openai:OpenAIApi().createChatCompletion", channels: [{ at: "0.messages", as: "messages" }] },
    { kind: "llm-call", provider: "openai", callee: "openai:OpenAIApi().createCompletion", channels: [{ at: "0.prompt", as: "prompt" }] },
    {
      kind: "llm-call", provider: "openai", result: "client",
      callee: `${CLIENT}.beta.assistants.{create,update}`,
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "1.instructions", as: "instruction" }],
    },
    // A run makes the model answer the thread (what it says is read back with messages.list).
    {
      kind: "llm-call", provider: "openai", result: "run",
      callee: [`${CLIENT}.beta.threads.runs.{create,createAndPoll,stream}`, `${CLIENT}.beta.threads.createAndRun`],
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.additional_instructions", as: "instruction" }, { at: "1.instructions", as: "instruction" }, { at: "1.additional_instructions", as: "instruction" }],
    },
    { kind: "source", callee: `${CLIENT}.beta.threads.messages.list`, taint: "model" },
    // A message added to a thread keeps its role: `role: "system"` there is an instruction like any other.
    {
      kind: "llm-call", provider: "openai", result: "client",
      callee: [`${CLIENT}.beta.threads.messages.create`, `${CLIENT}.beta.threads.create`, `${CLIENT}.beta.threads.createAndRun`],
      channels: [{ at: "1", as: "messages" }, { at: "0.messages", as: "messages" }, { at: "0.thread.messages", as: "messages" }],
    },
    // Raw prompts of the image and speech models: the request's text is the prompt itself, so only
    // instruction text spliced with it (undelimited-prompt-input) or an instruction channel is a finding.
    // A transcript is model-written text; an image result is pixels and the API's own counters and
    // URLs, no text the model chose, so it is not model output (result "client").
    { kind: "llm-call", provider: "openai", callee: `${CLIENT}.audio.{transcriptions,translations}.create`, channels: [{ at: "0.prompt", as: "prompt" }] },
    { kind: "llm-call", provider: "openai", result: "run", callee: `${CLIENT}.images.{generate,edit}`, channels: [{ at: "0.prompt", as: "prompt" }] },
    // Realtime sessions: the instructions the voice model follows for the whole session.
    {
      kind: "llm-call", provider: "openai", result: "client",
      callee: [`${CLIENT}.{beta.,}realtime.sessions.create`, `${CLIENT}.realtime.clientSecrets.create`],
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.session.instructions", as: "instruction" }],
    },
    // The Realtime API from the client side: a `session.update` (or a `response.create` with its own
    // instructions) sent over the WebSocket or the WebRTC data channel as JSON, and the
    // @openai/realtime-api-beta client's `updateSession`. A message without these fields is none of
    // this row's business (medium confidence: nothing is recorded for it).
    {
      kind: "llm-call", provider: "openai-realtime", result: "client", confidence: "medium",
      callee: [
        "{global,ws,isomorphic-ws}:{,WebSocket}().send", "global:RTCPeerConnection().createDataChannel().send",
        "?:{ws,socket,websocket,webSocket,dc,dataChannel,realtime}.send",
        "@openai/realtime-api-beta:RealtimeClient().realtime.send",
        // openai's own Realtime clients (openai/realtime/ws, openai/realtime/websocket, earlier under beta/) send the event object.
        "openai/{beta/,}realtime/{ws,websocket}:{OpenAIRealtimeWS,OpenAIRealtimeWebSocket}{(),.create(),.azure()}.send",
      ],
      channels: [
        { at: "0.session.instructions", as: "instruction" }, { at: "0.response.instructions", as: "instruction" },
        { at: "1.session.instructions", as: "instruction" }, { at: "1.response.instructions", as: "instruction" },
      ],
    },
    { kind: "llm-call", provider: "openai-realtime", result: "client", callee: "@openai/realtime-api-beta:RealtimeClient().updateSession", channels: [{ at: "0.instructions", as: "instruction" }] },
    // OpenAI-compatible SDKs and clients built elsewhere (a parameter, another file): by shape.
    {
      kind: "llm-call", provider: "openai-compatible", confidence: "medium",
      callee: ["?:**.chat.completions.{create,stream,parse}", "?:**.beta.chat.completions.{create,stream,parse}"],
      channels: [{ at: "0.messages", as: "messages" }],
    },
    {
      kind: "llm-call", provider: "openai-compatible", confidence: "medium",
      callee: "?:**.responses.{create,stream,parse}",
      channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.input", as: "input" }],
    },
    // Groq, Mistral, Together SDKs share the chat shape, each under its own package name.
    { kind: "client", callee: ["groq-sdk:*", "together-ai:*", "@mistralai/mistralai:Mistral"], apiKey: "0.apiKey", browserFlag: "0.dangerouslyAllowBrowser" },
    { kind: "endpoint", callee: "groq-sdk:*", url: ["0.baseURL"], key: ["0.apiKey"], headers: ["0.defaultHeaders"], keyFromEnv: "GROQ_API_KEY" },
    { kind: "endpoint", callee: "together-ai:*", url: ["0.baseURL"], key: ["0.apiKey"], headers: ["0.defaultHeaders"], keyFromEnv: "TOGETHER_API_KEY" },
    { kind: "endpoint", callee: "@mistralai/mistralai:Mistral", url: ["0.serverURL"], key: ["0.apiKey"] },
    // The Mistral client before v1 (`new MistralClient(apiKey)`).
    { kind: "client", callee: "@mistralai/mistralai:", apiKey: "0" },
    {
      kind: "llm-call", provider: "groq",
      callee: [
        // together-ai's client also has the openai package's streaming helper (`.stream()`, with its on("content") events).
        "{groq-sdk,together-ai}:*().chat.completions.create", "together-ai:*().chat.completions.stream", "@mistralai/mistralai:Mistral().{chat,agents}.{complete,stream,parse}",
        "@mistralai/mistralai:().{chat,chatStream}",
      ],
      channels: [{ at: "0.messages", as: "messages" }],
    },
    // Response types whose values carry the model's text: a value declared with one is model output
    // (eval/declared-output.ts). `Response` counts only as the Responses API's, never the DOM's.
    {
      kind: "output-type", metadata: ["usage", "id", "created", "model", "object", "system_fingerprint", "service_tier"],
      callee: [
        "openai{,/**}:{,**.}{ChatCompletion,ChatCompletionChunk,ChatCompletionMessage,ParsedChatCompletion,Completion,ChatCompletionStream}",
        "openai/resources/responses{,/**}:{,**.}{Response,ParsedResponse,ResponseStreamEvent,ResponseTextDeltaEvent,ResponseOutputMessage,ResponseOutputText}",
        "openai{,/**}:{,**.}Responses.{Response,ParsedResponse,ResponseStreamEvent,ResponseTextDeltaEvent,ResponseOutputMessage,ResponseOutputText}",
        "jsdoc:OpenAI.{,**.}{ChatCompletion,ChatCompletionChunk,ChatCompletionMessage,ParsedChatCompletion,Completion}",
        "jsdoc:OpenAI.{,**.}Responses.{Response,ParsedResponse,ResponseStreamEvent,ResponseOutputMessage}",
      ],
    },
    { kind: "llm-call", provider: "groq", callee: ["together-ai:*().completions.create", "@mistralai/mistralai:Mistral().fim.{complete,stream}"], channels: [{ at: "0.prompt", as: "input" }] },
  ],
};
