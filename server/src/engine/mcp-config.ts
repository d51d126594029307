// MCP configuration files (`.mcp.json`, `.cursor/mcp.json`, `.vscode/mcp.json`, `mcp.json`,
// `claude_desktop_config.json`): read as data, never run. The text is JSON with comments and
// trailing commas (what VS Code and Cursor accept); it is parsed as an expression only to know
// where each value is written, and each server under `mcpServers` / `servers` (VS Code) /
// `context_servers` (Zed) / `mcp.servers` (settings) becomes a LaunchSpec for mcp-launch.ts.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { McpLaunchFact } from "./facts";
import { launchFacts, type LaunchSpec, type Written } from "./mcp-launch";
import { parseSource } from "./parse";
import { parseJsonc } from "./path-aliases";

export { isMcpConfigFile } from "./mcp-config-names";

type Obj = TSESTree.ObjectExpression;

function keyOf(p: TSESTree.Property): string | null {
  if (p.key.type === "Literal") return String(p.key.value);
  return p.key.type === "Identifier" ? p.key.name : null;
}

function field(o: Obj, name: string): TSESTree.Node | null {
  for (const p of o.properties) if (p.type === "Property" && keyOf(p) === name) return p.value;
  return null;
}

function written(n: TSESTree.Node | null, shift: number): Written | null {
  return n && n.type === "Literal" && typeof n.value === "string" ? { value: n.value, start: n.range[0] - shift, end: n.range[1] - shift } : null;
}

function entries(n: TSESTree.Node | null, shift: number): { key: string; value: Written }[] {
  if (!n || n.type !== "ObjectExpression") return [];
  return n.properties.flatMap((p) => {
    if (p.type !== "Property") return [];
    const key = keyOf(p);
    const value = written(p.value, shift);
    return key !== null && value ? [{ key, value }] : [];
  });
}

function spec(name: string, o: Obj, shift: number): LaunchSpec {
  // Zed nests the command line: `"command": { "path": "npx", "args": [...] }`.
  const nested = field(o, "command");
  if (nested?.type === "ObjectExpression") o = { ...o, properties: [...o.properties, ...nested.properties.filter((p) => p.type === "Property" && keyOf(p) !== "command")] };
  const path = nested?.type === "ObjectExpression" ? field(nested, "path") : null;
  const args = field(o, "args");
  return {
    server: name,
    command: written(path ?? field(o, "command"), shift),
    args: args && args.type === "ArrayExpression" ? args.elements.flatMap((e) => { const w = written(e, shift); return w ? [w] : []; }) : [],
    env: entries(field(o, "env"), shift),
    headers: entries(field(o, "headers"), shift),
  };
}

/** The servers' table of a configuration's top-level object. */
function serverTables(top: Obj): Obj[] {
  const out: Obj[] = [];
  for (const name of ["mcpServers", "servers", "context_servers"]) {
    const t = field(top, name);
    if (t?.type === "ObjectExpression") out.push(t);
  }
  const mcp = field(top, "mcp");
  if (mcp?.type === "ObjectExpression") out.push(...serverTables(mcp));
  return out;
}

/**
 * The facts of one configuration file, or an error saying why it could not be read (the file is
 * then reported as a notice: nothing is lost, nothing guessed).
 */
export function mcpConfigFacts(file: string, text: string): { facts: McpLaunchFact[] } | { error: string; offset: number } {
  const body = text.replace(/^\uFEFF/, " ");
  if (!body.trim()) return { facts: [] };
  const parsed = parseSource(`${file}.ts`, `(${body}\n)`, false);
  if (!parsed.ok || parseJsonc(body) === null) {
    return { error: `this MCP configuration is not valid JSON${parsed.ok ? "" : ` (${parsed.message})`}; llmsafe could not check its servers`, offset: parsed.ok ? 0 : Math.max(0, parsed.offset - 1) };
  }
  const stmt = parsed.ast.body[0];
  const top = stmt?.type === "ExpressionStatement" ? stmt.expression : null;
  if (!top || top.type !== "ObjectExpression") return { facts: [] };
  const facts: McpLaunchFact[] = [];
  for (const table of serverTables(top)) {
    for (const p of table.properties) {
      const name = p.type === "Property" ? keyOf(p) : null;
      if (p.type !== "Property" || name === null || p.value.type !== "ObjectExpression") continue;
      facts.push(...launchFacts(file, spec(name, p.value, 1)));
    }
  }
  return { facts };
}
