// cohere-ai: v1 chat (`preamble` is the system prompt, `message` the user turn) and v2 chat (messages).
import type { Model } from "../engine/model";

const CO = "cohere-ai";
export const cohereModel: Model = {
  name: "cohere-ai",
  rows: [
    { kind: "client", callee: `${CO}:{CohereClient,CohereClientV2}`, apiKey: "0.token" },
    { kind: "instance-type", callee: `${CO}:{CohereClient,CohereClientV2}` },
    {
      // `documents` are grounding data the answer cites: a data channel, like a user turn.
      kind: "llm-call", provider: "cohere", callee: `${CO}:CohereClient().{chat,chatStream}`,
      channels: [{ at: "0.preamble", as: "instruction" }, { at: "0.message", as: "input" }, { at: "0.chatHistory", as: "messages" }, { at: "0.documents", as: "input" }],
    },
    {
      kind: "llm-call", provider: "cohere", callee: [`${CO}:CohereClientV2().{chat,chatStream}`, `${CO}:CohereClient().v2.{chat,chatStream}`],
      channels: [{ at: "0.messages", as: "messages" }, { at: "0.documents", as: "input" }],
    },
    { kind: "llm-call", provider: "cohere", callee: `${CO}:CohereClient().{generate,generateStream}`, channels: [{ at: "0.prompt", as: "input" }] },
  ],
};
