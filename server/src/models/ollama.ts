// ollama (and ollama/browser): a local model server, but its callers still pass request data to it.
import type { Model } from "../engine/model";

const OLLAMA = "ollama{,/browser}";
export const ollamaModel: Model = {
  name: "ollama",
  rows: [
    // `host` is where the client sends its requests, with `headers` (a bearer token for a hosted server).
    { kind: "endpoint", callee: `${OLLAMA}:Ollama`, url: ["0.host"], headers: ["0.headers"] },
    { kind: "instance-type", callee: `${OLLAMA}:Ollama` },
    // The default export is a ready client (`ollama.chat`); `new Ollama({ host })` makes another.
    { kind: "llm-call", provider: "ollama", callee: [`${OLLAMA}:chat`, `${OLLAMA}:Ollama().chat`], channels: [{ at: "0.messages", as: "messages" }] },
    {
      // `template` replaces the model's prompt template, so it is an instruction channel like `system`.
      kind: "llm-call", provider: "ollama", callee: [`${OLLAMA}:generate`, `${OLLAMA}:Ollama().generate`],
      channels: [{ at: "0.system", as: "instruction" }, { at: "0.template", as: "instruction" }, { at: "0.prompt", as: "input" }],
    },
    // `create` bakes a system prompt into a new local model that every later call uses.
    { kind: "llm-call", provider: "ollama", result: "client", callee: [`${OLLAMA}:create`, `${OLLAMA}:Ollama().create`], channels: [{ at: "0.system", as: "instruction" }] },
    { kind: "llm-call", provider: "ollama", confidence: "medium", callee: "?:ollama.chat", channels: [{ at: "0.messages", as: "messages" }] },
    { kind: "llm-call", provider: "ollama", confidence: "medium", callee: "?:ollama.generate", channels: [{ at: "0.system", as: "instruction" }, { at: "0.prompt", as: "input" }] },
  ],
};
