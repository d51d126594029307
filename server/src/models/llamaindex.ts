// LlamaIndexTS: LLM chat/complete, query engines, retrievers, function tools, agents.
import type { Model } from "../engine/model";

const LI = "{llamaindex,@llamaindex/*}";
export const llamaindexModel: Model = {
  name: "LlamaIndexTS",
  rows: [
    // The global default LLM, set once (`Settings.llm = new OpenAI()`) and read back anywhere.
    { kind: "llm-call", provider: "llamaindex", callee: [`${LI}:*().{chat,complete}`, `${LI}:Settings.llm.{chat,complete}`], channels: [{ at: "0.messages", as: "messages" }, { at: "0.prompt", as: "input" }] },
    { kind: "tool-set", callee: `${LI}:{agent,OpenAIAgent,ReActAgent}`, tools: ["0.tools"] },
    { kind: "llm-call", provider: "llamaindex", result: "client", callee: [`${LI}:{agent,OpenAIAgent,ReActAgent,ContextChatEngine,SimpleChatEngine}`], channels: [{ at: "0.systemPrompt", as: "instruction" }] },
    { kind: "source", callee: [`${LI}:**.asQueryEngine().query`, `${LI}:**.asChatEngine().chat`, `?:{queryEngine,chatEngine}.{query,chat}`], taint: "model" },
    { kind: "source", callee: [`${LI}:**.asRetriever().retrieve`, `${LI}:*().loadData`], taint: "external" },
    { kind: "tool", callee: `${LI}:{FunctionTool.from,tool}`, handler: "0" },
    // Object form: tool({ name, parameters, execute }).
    { kind: "tool", callee: `${LI}:tool`, handler: "0.execute" },
    // mcp({ command, args }).tools(): every tool of the server goes to the agent.
    { kind: "mcp-server", callee: `${LI}:mcp().tools`, config: "receiver" },
  ],
};
