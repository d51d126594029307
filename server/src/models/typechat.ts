// TypeChat: language models built by createLanguageModel and friends, or handed around typed as
// TypeChatLanguageModel. `complete(prompt)` returns the model's raw text in `result.data`
// (a translator's `translate` validates against the schema; `complete` does not).
import type { Model } from "../engine/model";

export const typechatModel: Model = {
  name: "typechat",
  rows: [
    { kind: "instance-type", callee: "typechat:TypeChatLanguageModel" },
    {
      kind: "llm-call", provider: "typechat",
      callee: "typechat:{TypeChatLanguageModel,createLanguageModel,createOpenAILanguageModel,createAzureOpenAILanguageModel}().complete",
      channels: [{ at: "0", as: "input" }],
    },
  ],
};
