// app/utils/plugin-tools.ts: a chat client's plugins. Each plugin is an OpenAPI document; every
// operation becomes a function the model may call, collected into one object keyed by
// operationId, and the streamed tool calls are run by name.
import OpenAI from "openai";

type PluginFn = (args: Record<string, unknown>) => Promise<{ status: number; data: unknown }>;
interface Operation { operationId: string; method: string; path: string }

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

function buildFunctions(baseUrl: string, operations: Operation[]): Record<string, PluginFn> {
  return operations.reduce((funcs, op) => {
    funcs[op.operationId] = async (args) => {
      const res = await fetch(`${baseUrl}${op.path}`, { method: op.method, body: JSON.stringify(args) });
      return { status: res.status, data: await res.text() };
    };
    return funcs;
  }, {} as Record<string, PluginFn>);
}

function buildToolMap(baseUrl: string, operations: Operation[]): Map<string, PluginFn> {
  return new Map(Object.entries(buildFunctions(baseUrl, operations)));
}

export async function chatWithPlugins(question: string, baseUrl: string, operations: Operation[]) {
  const funcs = buildFunctions(baseUrl, operations);
  const stream = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    stream: true,
    messages: [{ role: "user", content: question }],
    tools: operations.map((op) => ({ type: "function" as const, function: { name: op.operationId, parameters: { type: "object" } } })),
  });
  const runTools: { id: string; function: { name: string; arguments: string } }[] = [];
  for await (const chunk of stream) {
    for (const t of chunk.choices[0]?.delta?.tool_calls ?? []) {
      if (t.id) runTools.push({ id: t.id, function: { name: t.function?.name ?? "", arguments: "" } });
      else runTools[runTools.length - 1].function.arguments += t.function?.arguments ?? "";
    }
  }
  return Promise.all(
    runTools.map((tool) =>
      // llmsafe-expect: model-chosen-tool-dispatch
      funcs[tool.function.name](
        // llmsafe-expect: unvalidated-llm-json
        tool.function.arguments ? JSON.parse(tool.function.arguments) : {},
      ),
    ),
  );
}

export async function chatWithPluginMap(question: string, baseUrl: string, operations: Operation[]) {
  const tools = buildToolMap(baseUrl, operations);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: operations.map((op) => ({ type: "function" as const, function: { name: op.operationId, parameters: { type: "object" } } })),
  });
  const results = [];
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    if (call.type !== "function") continue;
    // A Map holds only what was put in it: no inherited names.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    const run = tools.get(call.function.name);
    if (!run) throw new Error(`unknown tool ${call.function.name}`);
    // llmsafe-expect: unvalidated-llm-json
    results.push(await run(JSON.parse(call.function.arguments)));
  }
  return results;
}
