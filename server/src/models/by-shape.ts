// LLM calls recognised by the shape of their request, whatever the package or host: an SDK no
// model describes (`@acme/llm`'s `complete({ model, system, messages })`), an app's own client
// around a provider it reaches by `fetch`, a gateway on an internal host. Medium confidence: the
// field names are the providers' own (OpenAI, Anthropic, Gemini, Cohere), but nothing names the
// API. What a field must hold to count is engine/eval/shape-calls.ts; known providers' hosts and
// SDKs keep their own rows and confidence (a call an `llm-call` row matches is never reshaped).
import type { Model } from "../engine/model";

const fields = {
  model: ["model"],
  instruction: ["system", "systemPrompt", "system_prompt", "instructions", "preamble", "systemInstruction", "system_instruction"],
  prompt: ["messages", "prompt", "input", "contents"],
  messages: ["messages"],
  // Beside a list of role objects, these say the request is for a model, not a stored conversation.
  sampling: ["temperature", "top_p", "topP", "top_k", "topK", "max_tokens", "maxTokens", "max_completion_tokens", "max_output_tokens", "presence_penalty", "frequency_penalty", "stream"],
};

export const byShapeModel: Model = {
  name: "unknown SDKs and hosts, by request shape",
  rows: [
    // fetch and fetch-like clients to any host: the JSON body (or an object body) is the request;
    // the response is the provider's envelope, as for a known host (engine/eval/provider-rest.ts).
    {
      kind: "shape", provider: "by shape", callee: ["global:fetch", "global:{window,globalThis,self}.fetch", "?:{fetch,$fetch,ofetch}", "{ofetch,ky,node-fetch,undici,cross-fetch,isomorphic-fetch}:{,fetch,ofetch,$fetch,post,put,request}"],
      at: ["1.body", "1.json"], ...fields, confidence: "medium", result: "envelope",
    },
    // fetchEventSource (Microsoft's, and the @fortaine fork) streams the response to `onmessage`: each
    // event's data is a chunk of the provider's stream, as a fetch's response is its envelope.
    {
      kind: "shape", provider: "by shape", callee: "{@microsoft/fetch-event-source,@fortaine/fetch-event-source}:fetchEventSource",
      at: ["1.body"], ...fields, confidence: "medium", result: "envelope", events: "1.onmessage",
    },
    // axios posts an object and hands back the parsed response: its data is the model's output.
    {
      kind: "shape", provider: "by shape", callee: ["axios:{post,put,patch}", "axios:create().{post,put,patch}", "?:axios.{post,put,patch}"],
      at: ["1"], ...fields, confidence: "medium", result: "model",
    },
    // An app's own model client, called through its abstract type (`input.config.llm.streamText({ messages })`,
    // whose providers' classes call the SDKs): the receiver's name and a generation method say it is a
    // model call, so role messages alone are enough.
    {
      kind: "shape", provider: "by shape", callee: ["?:{llm,chatLlm,chatLLM,chatModel,languageModel}.{generateText,streamText,generateObject,streamObject,chat,complete,generate,stream}", "?:**.{llm,chatLlm,chatLLM,chatModel,languageModel}.{generateText,streamText,generateObject,streamObject,chat,complete,generate,stream}"],
      at: ["0"], ...fields, confidence: "medium", result: "model", calleeNamesModel: true,
    },
    // Any other call given a request object (an unknown SDK, an unresolved wrapper), but never a
    // global (console, JSON, Response) or a call that logs, stores or answers with the object.
    {
      kind: "shape", provider: "by shape", callee: "**",
      unless: ["global:**", "axios:**", "**.{log,info,warn,error,debug,trace,verbose,json,send,setState,setItem,insert,insertOne,insertMany,update,updateOne,upsert,save,set,emit,track,capture}"],
      at: ["0", "1"], ...fields, confidence: "medium", result: "model",
    },
  ],
};
