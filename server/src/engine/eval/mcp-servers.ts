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
  if (confined(ev, server, frame)) return;
  ev.facts.push({
    type: "tool", file: ev.file, start: call.range[0], end: call.range[1], api: `${short(ev.src(call.callee))} (MCP server ${server.pkg})`,
    effects: [{ effect: server.effect, file: ev.file, start: server.at.start, end: server.at.end }], legs: [],
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

interface ServerFound { pkg: string; effect: string; at: { start: number; end: number }; roots: (string | Node)[] }

/**
 * The first string in the config naming a listed server package (`pkg`, `pkg@1.2`, `pkg/dist/index.js`,
 * the `mcp-server-x` command), with what follows it on the command line: the words after it in the
 * same string, then the expressions after it in its template or array.
 */
function serverPackage(ev: Evaluator, config: Node): ServerFound | null {
  const effects = ev.models.mcpServerEffects;
  if (!effects.size) return null;
  let found: ServerFound | null = null;
  const match = (n: Node, text: string): ServerFound | null => {
    const words = text.split(/\s+/);
    for (let w = 0; w < words.length; w++) for (const [pkg, effect] of effects) {
      const word = words[w];
      if (word === pkg || word.startsWith(`${pkg}@`) || word.startsWith(`${pkg}/`) || word === `mcp-${pkg.split("/").pop()}`) {
        // The word itself, so the finding names the server as the code writes it.
        const i = Math.max(0, ev.src(n).indexOf(word));
        return { pkg, effect, at: { start: n.range[0] + i, end: n.range[0] + i + word.length }, roots: words.slice(w + 1).filter(Boolean) };
      }
    }
    return null;
  };
  const visit = (n: Node, depth: number): void => {
    if (found || depth > 8) return;
    if (n.type === "Literal" && typeof n.value === "string") { found = match(n, n.value); return; }
    if (n.type === "TemplateLiteral") {
      n.quasis.forEach((q, k) => {
        const m = found ? null : match(q, q.value.cooked ?? "");
        if (m) found = { ...m, roots: [...m.roots, ...n.expressions.slice(k)] };
      });
      return;
    }
    if (n.type === "ArrayExpression") {
      n.elements.forEach((el, k) => {
        if (found || !el) return;
        visit(el, depth + 1);
        if (found) found = { ...(found as ServerFound), roots: [...(found as ServerFound).roots, ...n.elements.slice(k + 1).filter((x): x is TSESTree.Expression => !!x && x.type !== "SpreadElement")] };
      });
      return;
    }
    forEachChild(n, (c) => visit(c, depth + 1));
  };
  visit(config, 0);
  return found;
}

/**
 * A server that acts only inside the folders given after it (the filesystem server) is confined to
 * them: a sandbox, unless one is the working directory, the home folder or the filesystem root.
 */
function confined(ev: Evaluator, server: ServerFound, frame: Frame): boolean {
  if (!ev.models.mcpRootedServers.has(server.pkg) || !server.roots.length) return false;
  const broad = (r: string | Node, depth: number): boolean => {
    if (typeof r === "string") return /^(\.|\.\/|\/|~|~\/|\$HOME|\$PWD)$/.test(r);
    const n = unwrap(r);
    if (n.type === "Literal") return typeof n.value === "string" && broad(n.value, depth);
    if (/^((process\.)?cwd|(os\.)?homedir)\(\)$|^process\.env\.(HOME|PWD)$/.test(ev.src(n).replace(/\s+/g, ""))) return true;
    const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
    return !!b && b.kind === "const" && !!b.init && depth < 3 && broad(b.init, depth + 1);
  };
  return !server.roots.some((r) => broad(r, 0));
}
