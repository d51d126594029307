// Actions kept in a table and run by the name the model chose, with the model's arguments.
import readPagesAction from "./actions/read-pages";
import { docsLookupAction } from "./actions/docs-lookup";
import type { ChatModel, ResearchAction, ToolCall, ToolSpec } from "./types";

const actions = new Map<string, ResearchAction>();

export function register(action: ResearchAction<any>) {
  actions.set(action.name, action);
}

export function toolSpecs(): ToolSpec[] {
  return [...actions.values()].map((a) => ({ name: a.name, description: a.getToolDescription(), schema: a.schema }));
}

export async function runCalls(calls: ToolCall[], sessionId: string) {
  return Promise.all(calls.map((c) => {
    const action = actions.get(c.name);
    if (!action) throw new Error(`unknown action ${c.name}`);
    return action.execute(c.arguments as any, { sessionId });
  }));
}

export async function research(llm: ChatModel, question: string, sessionId: string) {
  for await (const chunk of llm.streamText({ messages: [{ role: "user", content: question }], tools: toolSpecs() })) {
    // The actions registered below are in the table, so the model's tool calls reach their functions.
    // llmsafe-expect: llm-output-ssrf
    if (chunk.toolCalls.length) await runCalls(chunk.toolCalls, sessionId);
  }
}

register(readPagesAction);
register(docsLookupAction);
