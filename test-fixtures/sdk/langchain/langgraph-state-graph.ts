// A LangGraph StateGraph behind an HTTP route: the route invokes the compiled graph with the
// request's text and the user's display name, and the nodes build their system messages from the
// state and the config they receive.
import express from "express";
import { Annotation, END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";

const SupportState = Annotation.Root({
  ...MessagesAnnotation.spec,
  userName: Annotation<string>(),
  plan: Annotation<string>(),
});

const model = new ChatOpenAI({ model: "gpt-4o-mini" });

async function personalise(state: typeof SupportState.State) {
  // llmsafe-expect: system-prompt-injection
  const intro = new SystemMessage(`You are helping ${state.userName}. Greet them by name.`);
  // llmsafe-expect-clean: system-prompt-injection
  const rules = new SystemMessage(`The customer is on the ${state.plan} plan; never promise refunds.`);
  const reply = await model.invoke([intro, rules, ...state.messages]);
  return { messages: [reply] };
}

async function signOff(state: typeof SupportState.State, config: LangGraphRunnableConfig) {
  // llmsafe-expect: system-prompt-injection
  const style = new SystemMessage(`Sign off as ${config.configurable?.agentAlias}.`);
  // llmsafe-expect-clean: system-prompt-injection
  const fixed = new SystemMessage(`Ticket ${config.configurable?.thread_id ? "open" : "new"}: keep it short.`);
  const reply = await model.invoke([style, fixed, ...state.messages]);
  return { messages: [reply] };
}

const supportGraph = new StateGraph(SupportState)
  .addNode("personalise", personalise)
  .addNode("signOff", signOff)
  .addEdge(START, "personalise")
  .addEdge("personalise", "signOff")
  .addEdge("signOff", END)
  .compile();

// A second graph built step by step, only ever invoked with the app's own values.
async function digest(state: typeof SupportState.State) {
  // llmsafe-expect-clean: system-prompt-injection
  const sys = new SystemMessage(`Write a digest for ${state.userName}.`);
  return { messages: [await model.invoke([sys, ...state.messages])] };
}
const digestWorkflow = new StateGraph(SupportState);
digestWorkflow.addNode("digest", digest);
digestWorkflow.addEdge(START, "digest");
const digestGraph = digestWorkflow.compile();

const app = express();
app.use(express.json());

app.post("/support", async (req, res) => {
  const result = await supportGraph.invoke(
    { messages: [new HumanMessage(String(req.body.text))], userName: req.body.name, plan: "pro" },
    { configurable: { thread_id: req.body.threadId, agentAlias: req.body.alias } },
  );
  res.json({ reply: result.messages.at(-1)?.content });
});

app.post("/digest", async (_req, res) => {
  const result = await digestGraph.invoke({ messages: [new HumanMessage("Summarise today's tickets.")], userName: "the support team", plan: "internal" });
  res.json({ digest: result.messages.at(-1)?.content });
});
