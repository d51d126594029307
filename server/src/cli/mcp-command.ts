// `llmsafe mcp [--root <dir>]...`: the argv half of the MCP server. The server itself (and the
// MCP SDK it is built on) is its own bundle, dist/mcp.js, loaded only when this command runs, so
// a plain lint run never loads the SDK.
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { version } from "../../../package.json";
import { UsageError } from "./files";
import type { CliIO } from "./io";

export const MCP_USAGE = `Usage: llmsafe mcp [--root <dir>]...

Runs llmsafe as a Model Context Protocol server on stdin/stdout, for coding agents
(Claude Code, Cursor, VS Code agent mode, ...). Tools: scan, explain_rule, list_rules.
It only reads: no file is written, no workspace code is run, no network is used.

  --root <dir>   a folder the server may read (repeatable). Without it the server reads
                 the client's roots (MCP roots/list) if the client has any, else the
                 current folder.
  -h, --help     show this help

Setup for each agent: docs/agents.md.
`;

export interface McpCommand {
  help: boolean;
  /** Absolute folders given with --root; empty: the client's roots, else the current folder. */
  roots: string[];
}

export function parseMcpCommandLine(argv: string[], cwd: string): McpCommand {
  let values: { root?: string[]; help?: boolean };
  try {
    values = parseArgs({ args: argv, allowPositionals: false, options: { root: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } } }).values;
  } catch (e) {
    throw new UsageError(`mcp: ${(e as Error).message.replace(/\. To specify a positional argument.*$/s, ".")}`);
  }
  const roots = (values.root ?? []).map((r) => resolve(cwd, r));
  for (const [i, r] of roots.entries()) {
    let dir = false;
    try { dir = statSync(r).isDirectory(); } catch { /* reported below */ }
    if (!dir) throw new UsageError(`mcp: --root ${values.root![i]}: no such folder (${r})`);
  }
  return { help: !!values.help, roots };
}

/** Serves MCP until the client closes stdin. */
export async function mcpCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = parseMcpCommandLine(argv, io.cwd);
  if (cmd.help) {
    io.stdout(MCP_USAGE);
    return 0;
  }
  // dist/cli.js and dist/mcp.js sit side by side, with the rule docs one folder up (docs/rules/).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mcp = require(join(__dirname, "mcp.js")) as typeof import("../mcp/server");
  await mcp.serveMcp({ roots: cmd.roots, cwd: io.cwd, version, docsDir: join(__dirname, "..", "docs", "rules"), log: io.stderr });
  return 0;
}
