// The MCP tests' client: the SDK's own Client over StdioClientTransport, driving the real
// `node bin/llmsafe.js mcp` process (no mocks of the protocol). A client may declare roots and
// answer roots/list with the folders it is given.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ListRootsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "bin", "llmsafe.js");

/** A temp folder holding `files` (relative path -> text), with its real path (macOS /tmp is a link). */
export function workspace(files = {}) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "llmsafe-mcp-")));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return { root, path: (rel) => join(root, rel), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Starts `llmsafe mcp` with `args` in `cwd` and connects a client. `roots`: folders the client
 * declares (roots capability with listChanged) and lists on roots/list; undefined: no roots capability.
 * `env`: added to this process's environment.
 */
export async function connect({ args = [], cwd = ROOT, roots, env = {} } = {}) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, "mcp", ...args], cwd, stderr: "pipe", env: { ...process.env, ...env } });
  let stderr = "";
  transport.stderr?.on("data", (d) => (stderr += d));
  const client = new Client({ name: "llmsafe-test", version: "1.0.0" }, { capabilities: roots ? { roots: { listChanged: true } } : {} });
  const state = { roots: roots ?? [], rootsAsked: 0 };
  if (roots) {
    client.setRequestHandler(ListRootsRequestSchema, async () => {
      state.rootsAsked++;
      return { roots: state.roots.map((r) => ({ uri: pathToFileURL(r).href, name: r })) };
    });
  }
  await client.connect(transport);
  return {
    client,
    state,
    stderr: () => stderr,
    /** tools/call; the result as the client got it. */
    call: (name, args = {}) => client.callTool({ name, arguments: args }),
    /** Tells the server the roots changed (notifications/roots/list_changed). */
    setRoots: async (dirs) => {
      state.roots = dirs;
      await client.sendRootsListChanged();
    },
    close: () => client.close(),
  };
}

/** The text of a tool result's first content item. */
export const textOf = (result) => result.content.map((c) => c.text ?? "").join("\n");
