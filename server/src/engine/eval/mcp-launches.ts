// MCP servers started in code (`mcp-launch` rows: `new StdioClientTransport({ command, args, env })`,
// a LangChain or Mastra client's table of servers): the command line, env and headers as the values
// evaluate (constants through variables and imports), each at the expression that writes it, checked
// by mcp-launch.ts like a configuration file's servers.
import type { Evaluator } from "./evaluator";
import { argAt, propertyNode } from "./model-rows";
import { type Node, short, unwrap } from "./syntax";
import { launchFacts, type LaunchSpec, type Written } from "../mcp-launch";
import type { ModelRow } from "../model";
import { flatten, type Val } from "../value";

function written(v: Val | undefined, at: Node): Written | null {
  const s = v ? flatten(v).str : undefined;
  return s === undefined ? null : { value: s, start: at.range[0], end: at.range[1] };
}

function entries(ev: Evaluator, v: Val | undefined, node: Node | null, fallback: Node): { key: string; value: Written }[] {
  const out: { key: string; value: Written }[] = [];
  for (const [key, x] of v?.fields ?? []) {
    const w = written(x, (node && propertyNode(ev, node, key)) ?? node ?? fallback);
    if (w) out.push({ key, value: w });
  }
  return out;
}

function specOf(ev: Evaluator, server: string, v: Val, node: Node | null, call: Node): LaunchSpec {
  const at = (name: string) => (node && propertyNode(ev, node, name)) ?? node ?? call;
  const f = v.fields;
  const argsNode = node && propertyNode(ev, node, "args");
  const argsArr = argsNode && unwrap(argsNode).type === "ArrayExpression" ? (unwrap(argsNode) as Node & { elements: (Node | null)[] }).elements : null;
  const elems = f?.get("args")?.elems ?? [];
  const args = elems.flatMap((e, i) => {
    const el = argsArr && argsArr.length === elems.length ? argsArr[i] : null;
    const w = written(e, el ?? argsNode ?? at("args"));
    return w ? [w] : [];
  });
  return {
    server,
    command: written(f?.get("command"), at("command")) ?? written(f?.get("fullCommand"), at("fullCommand")),
    args,
    env: entries(ev, f?.get("env"), node && propertyNode(ev, node, "env"), call),
    headers: entries(ev, f?.get("headers"), node && propertyNode(ev, node, "headers"), call),
  };
}

export function mcpLaunch(ev: Evaluator, row: Extract<ModelRow, { kind: "mcp-launch" }>, args: Val[], argNodes: readonly Node[], call: Node, api: string): void {
  const config = argAt(ev, args, argNodes, row.config);
  if (!config) return;
  const specs = row.servers
    ? [...(config.val.fields ?? [])].map(([name, v]) => specOf(ev, name, v, config.node && propertyNode(ev, config.node, name), call))
    : [specOf(ev, short(api), config.val, config.node, call)];
  for (const spec of specs) {
    for (const fact of launchFacts(ev.file, spec)) {
      // A function analysed more than once (symbolically, then for a call) records its launch once.
      if (ev.facts.some((x) => x.type === "mcp-launch" && x.start === fact.start && x.end === fact.end && x.problem === fact.problem)) continue;
      ev.facts.push(fact);
    }
  }
}
