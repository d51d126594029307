// MCP servers started for an agent: a server package whose tools write, move or send (the models'
// mcpServerEffects) handed to an agent whole, with no tool filter, is a tool the model can call
// with those effects and no approval gate (excessive-agency-tool). The package is read from the
// server's command line as written (`npx -y @modelcontextprotocol/server-filesystem .`,
// `require.resolve("@modelcontextprotocol/server-filesystem/dist/index.js")`, `pnpm exec mcp-server-filesystem`).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { propertyNode } from "./model-rows";
import { type Node, short, unwrap } from "./syntax";
import { forEachChild } from "../ast-children";
import type { ModelRow } from "../model";

type McpServerRow = Extract<ModelRow, { kind: "mcp-server" }>;

export function mcpServerTools(ev: Evaluator, row: McpServerRow, argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): void {
  const config = row.config === "receiver" ? receiverConfig(call, frame) : argNodes[Number(row.config.split(".")[0])] ?? null;
  if (!config) return;
  const server = serverPackage(ev, config);
  if (!server) return;
  // Told which tools to take (`client.tools({ schemas })`), or a filter option in the config.
  const narrowed = (row.config === "receiver" && call.arguments.length > 0) || (row.narrowedBy ?? []).some((name) => propertyNode(ev, config, name));
  ev.facts.push({
    type: "tool", file: ev.file, start: call.range[0], end: call.range[1], api: `${short(ev.src(call.callee))} (MCP server ${server.pkg})`,
    effects: [{ effect: server.effect, file: ev.file, start: server.at.start, end: server.at.end }],
    approved: narrowed,
  });
}

/** `server.tools()` where `const server = mcp({ ... })` (awaited or not): that call's first argument. */
function receiverConfig(call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Node | null {
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return null;
  const obj = unwrap(callee.object);
  if (obj.type !== "Identifier") return null;
  const b = frame.scope.lookup(obj.name);
  if (!b || b.kind !== "const" || !b.init) return null;
  let init = unwrap(b.init);
  if (init.type === "AwaitExpression") init = unwrap(init.argument);
  if (init.type !== "CallExpression" && init.type !== "NewExpression") return null;
  return init.arguments[0] ?? null;
}

/** The first string in the config naming a listed server package (`pkg`, `pkg@1.2`, `pkg/dist/index.js`). */
function serverPackage(ev: Evaluator, config: Node): { pkg: string; effect: string; at: { start: number; end: number } } | null {
  const effects = ev.models.mcpServerEffects;
  if (!effects.size) return null;
  let found: { pkg: string; effect: string; at: { start: number; end: number } } | null = null;
  const visit = (n: Node, depth: number): void => {
    if (found || depth > 8) return;
    const text = n.type === "Literal" && typeof n.value === "string" ? n.value : n.type === "TemplateElement" ? n.value.cooked ?? "" : null;
    if (text !== null) {
      // A command line is words: the package, or the reference servers' command (`mcp-server-filesystem`).
      for (const word of text.split(/\s+/)) for (const [pkg, effect] of effects) {
        const bin = `mcp-${pkg.split("/").pop()}`;
        if (word === pkg || word.startsWith(`${pkg}@`) || word.startsWith(`${pkg}/`) || word === bin) {
          // The word itself, so the finding names the server as the code writes it.
          const i = Math.max(0, ev.src(n).indexOf(word));
          found = { pkg, effect, at: { start: n.range[0] + i, end: n.range[0] + i + word.length } };
          return;
        }
      }
      return;
    }
    forEachChild(n, (c) => visit(c, depth + 1));
  };
  visit(config, 0);
  return found;
}
