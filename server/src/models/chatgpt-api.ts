// chatgpt (transitive-bullshit/chatgpt-api): `new ChatGPTAPI({ apiKey }).sendMessage(text, { systemMessage })`,
// the client many 2023 chat apps (and their forks) still run on; `ChatGPTUnofficialProxyAPI` sends the
// text through a reverse proxy with an access token and takes no system message.
import type { Model } from "../engine/model";

export const chatgptApiModel: Model = {
  name: "chatgpt (chatgpt-api)",
  rows: [
    { kind: "client", callee: "chatgpt:{ChatGPTAPI,ChatGPTUnofficialProxyAPI}", apiKey: "0.apiKey" },
    // The client's default system message, sent with every sendMessage that gives none.
    { kind: "llm-call", provider: "chatgpt-api", result: "client", callee: "chatgpt:ChatGPTAPI", channels: [{ at: "0.systemMessage", as: "instruction" }] },
    {
      kind: "llm-call", provider: "chatgpt-api", callee: "chatgpt:ChatGPTAPI().sendMessage",
      channels: [{ at: "0", as: "input" }, { at: "1.systemMessage", as: "instruction" }],
    },
    { kind: "llm-call", provider: "chatgpt-api", callee: "chatgpt:ChatGPTUnofficialProxyAPI().sendMessage", channels: [{ at: "0", as: "input" }] },
  ],
};
