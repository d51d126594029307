// A LangGraph node that recalls what it saved about the user: memories the model wrote with its
// own save tool are read back from the store on every turn.
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { ChatAnthropic } from "@langchain/anthropic";
import type { BaseMessage } from "@langchain/core/messages";

const model = new ChatAnthropic({ model: "claude-3-5-sonnet-latest" });
const BASE = "You are a friendly travel assistant.";

export async function recall(state: { messages: BaseMessage[] }, config: LangGraphRunnableConfig) {
  const store = config.store!;
  const saved = await store.search(["profile", String(config.configurable?.userId)], { limit: 5 });
  const notes = saved.map((item) => `- ${item.value.text}`).join("\n");
  const reply = await model.invoke([
    // llmsafe-expect: indirect-prompt-injection
    { role: "system", content: `${BASE}\nWhat you know about the user:\n${notes}` },
    ...state.messages,
  ]);
  // The same notes as a delimited user-side turn: data, not instructions.
  const summary = await model.invoke([
    // llmsafe-expect-clean: indirect-prompt-injection
    { role: "system", content: BASE },
    { role: "user", content: `<notes>\n${notes}\n</notes>\nSummarise these notes.` },
  ]);
  // Only how many memories there are reaches the instructions.
  const counted = await model.invoke([
    // llmsafe-expect-clean: indirect-prompt-injection
    { role: "system", content: `${BASE} You have ${saved.length > 0 ? "some" : "no"} saved notes.` },
    ...state.messages,
  ]);
  return { messages: [reply, summary, counted] };
}
