// Tool sets: which tools one agent holds together (lethal-trifecta-agent). A tool made by a `tool`
// row carries what it gives the agent on its value (`Val.tool`, handlers.ts), so wherever the code
// hands a set of them to an agent (a `tool-set` row: a model call's `tools`, `new Agent({ tools })`,
// `createReactAgent({ tools })`) the set is read off the value: an object of tools by name, a list,
// spreads and imports included. MCP servers are sets by registration: every tool registered on one
// server object (a `tool` row with `set: "receiver"`) goes to whoever connects, so the tools of one
// receiver become one set once the module is analysed.
import type { Evaluator, Frame } from "./evaluator";
import { argAt } from "./model-rows";
import { type Node, short, unwrap } from "./syntax";
import type { AgentTool, ToolFact, ToolSetFact } from "../facts";
import type { ModelRow } from "../model";
import type { Val } from "../value";

/** The tools a value holds: itself, its fields (named by their keys) or its elements (named by the variables written there). */
function toolsIn(v: Val, node: Node | null): AgentTool[] {
  if (v.tool) return [v.tool];
  const out: AgentTool[] = [];
  for (const [name, f] of v.fields ?? []) if (f.tool) out.push(f.tool.name ? f.tool : { ...f.tool, name });
  const list = node ? unwrap(node) : null;
  const written = list?.type === "ArrayExpression" && list.elements.length === (v.elems ?? []).length ? list.elements : [];
  (v.elems ?? []).forEach((e, i) => {
    const at = written[i];
    if (e.tool) out.push(e.tool.name || at?.type !== "Identifier" ? e.tool : { ...e.tool, name: at.name });
  });
  return out;
}

/** A `tool-set` row at a call: the tools at the first of its paths that holds any are one agent's. */
export function toolSet(ev: Evaluator, row: Extract<ModelRow, { kind: "tool-set" }>, args: Val[], argNodes: readonly Node[], call: Node, api: string): void {
  for (const path of row.tools) {
    const at = argAt(ev, args, argNodes, path);
    const tools = at ? toolsIn(at.val, at.node) : [];
    if (!tools.length) continue;
    ev.facts.push({ type: "tool-set", file: ev.file, start: call.range[0], end: call.range[1], api, tools: unique(tools) });
    return;
  }
}

/**
 * The object a tool is registered on (`server.tool(...)`, `this.server.setRequestHandler(...)`): its
 * source text is the set's key; it is located where a local `const server = new McpServer(...)` makes
 * it, else where it is named.
 */
export function registeringObject(ev: Evaluator, call: Node, frame: Frame): ToolFact["registeredOn"] {
  const callee = call.type === "CallExpression" ? unwrap(call.callee) : null;
  if (!callee || callee.type !== "MemberExpression") return undefined;
  const obj = unwrap(callee.object);
  let at: Node = obj;
  if (obj.type === "Identifier") {
    const b = frame.scope.lookup(obj.name);
    const init = b?.init ? unwrap(b.init as Node) : null;
    if (init && (init.type === "NewExpression" || init.type === "CallExpression")) at = init;
  }
  return { key: short(ev.src(obj)), start: at.range[0], end: at.range[1] };
}

/** After the module walk: the tools registered on each object are one set (an MCP server's). */
export function recordRegisteredToolSets(ev: Evaluator): void {
  const sets = new Map<string, { fact: ToolFact; tools: AgentTool[] }>();
  for (const f of ev.facts) {
    if (f.type !== "tool" || !f.registeredOn || f.file !== ev.file) continue;
    const s = sets.get(f.registeredOn.key) ?? { fact: f, tools: [] };
    s.tools.push({ file: f.file, start: f.start, end: f.end, name: f.name, api: f.api, approved: f.approved, legs: f.legs });
    sets.set(f.registeredOn.key, s);
  }
  for (const [key, { fact, tools }] of sets) {
    const at = fact.registeredOn!;
    const set: ToolSetFact = { type: "tool-set", file: ev.file, start: at.start, end: at.end, api: `MCP server \`${key}\``, tools: unique(tools) };
    ev.facts.push(set);
  }
}

/** The same tool once (a handler walked twice records it twice). */
function unique(tools: AgentTool[]): AgentTool[] {
  const seen = new Map<string, AgentTool>();
  for (const t of tools) {
    const k = `${t.file}:${t.start}:${t.end}`;
    const had = seen.get(k);
    // Walked twice, a tool may have found more the second time (a summary finished): keep the fuller one.
    if (!had || t.legs.length > had.legs.length) seen.set(k, t);
  }
  return [...seen.values()];
}
