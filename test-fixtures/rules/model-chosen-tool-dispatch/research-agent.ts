// src/research-agent.ts: an Anthropic tool loop. The tools live in lib/tools.ts and
// lib/tool-registry.ts; each tool_use block is run by its name.
import Anthropic from "@anthropic-ai/sdk";
import * as tools from "./lib/tools";
import { bareRegistry, registry, runTool, type ToolInput } from "./lib/tool-registry";

const client = new Anthropic();
const ALLOWED = new Set(["get_time", "read_readme"]);
const LOCAL_BUILTINS: Record<string, (input: ToolInput) => Promise<string>> = Object.create(null);
LOCAL_BUILTINS.echo = async (input) => String(input.text ?? "");

async function ask(question: string) {
  return client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    tools: [
      { name: "search", input_schema: { type: "object", properties: { query: { type: "string" } } } },
      { name: "get_time", input_schema: { type: "object", properties: {} } },
    ],
    messages: [{ role: "user", content: question }],
  });
}

export async function research(question: string) {
  const msg = await ask(question);
  const results = [];
  for (const block of msg.content) {
    if (block.type !== "tool_use") continue;
    // A module namespace: every export is callable, formatReport included.
    // llmsafe-expect: model-chosen-tool-dispatch
    const fn = (tools as Record<string, (input: unknown) => Promise<string>>)[block.name];
    if (!fn) throw new Error(`no tool ${block.name}`);
    results.push({ type: "tool_result", tool_use_id: block.id, content: await fn(block.input) });
  }
  return results;
}

export async function runRegistered(question: string) {
  const msg = await ask(question);
  const out: string[] = [];
  for (const block of msg.content) {
    if (block.type !== "tool_use") continue;
    // The helper indexes its table with the name it is given.
    // llmsafe-expect: model-chosen-tool-dispatch
    out.push(await runTool(block.name, block.input as ToolInput));
    // A constant name: the program's choice.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    out.push(await runTool("get_time", {}));
    if (ALLOWED.has(block.name)) {
      // llmsafe-expect-clean: model-chosen-tool-dispatch
      out.push(await runTool(block.name, block.input as ToolInput));
    }
  }
  return out;
}

export async function runBare(question: string) {
  const msg = await ask(question);
  const out: string[] = [];
  for (const block of msg.content) {
    if (block.type !== "tool_use") continue;
    const input = block.input as ToolInput;
    // A table made without a prototype in this module: only its own keys resolve.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    const local = LOCAL_BUILTINS[block.name];
    if (local) out.push(await local(input));
    // The same kind of table made in another module: not recognised there (see the docs).
    // llmsafe-known-false-alarm: model-chosen-tool-dispatch
    const run = bareRegistry[block.name];
    if (run) out.push(await run(input));
    // `typeof ... === "function"` is true for constructor and toString too.
    if (typeof registry[block.name] === "function") {
      // llmsafe-expect: model-chosen-tool-dispatch
      out.push(await registry[block.name](input));
    }
  }
  return out;
}
