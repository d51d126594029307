// `llmsafe mcp`: the Model Context Protocol server for coding agents, on stdin/stdout (bundled as
// dist/mcp.js, loaded by the CLI's `mcp` command). Three read-only tools over the programmatic
// API: scan, explain_rule, list_rules. Each answer is text for the agent plus structuredContent
// matching the tool's outputSchema. A bad call is a tool error (isError) and the server goes on.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { RootsListChangedNotificationSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { explainRule, ruleListText, ruleSummaries } from "./rule-docs";
import { RootsProvider, ToolInputError } from "./roots";
import { scan } from "./scan";
import { explainRuleOutput, listRulesOutput, ruleIdInput, scanInput, scanOutput } from "./schemas";
import { scanText } from "./findings";

export interface McpOptions {
  /** --root folders (absolute); empty: the client's roots, else `cwd`. */
  roots: string[];
  cwd: string;
  version: string;
  /** docs/rules/ of the installed package. */
  docsDir: string;
  /** Diagnostics (stderr: stdout is the protocol). */
  log: (s: string) => void;
}

const INSTRUCTIONS = `llmsafe finds LLM safety problems in TypeScript/JavaScript by data-flow analysis: prompt injection, model output reaching eval/shell/SQL/HTML/URLs/file paths, secrets in prompts, hard-coded keys, over-powered tools, disabled safety filters. Run scan on code that calls an LLM before handing it over (paths on disk, or files in memory); explain_rule says why a finding matters and how to fix it. Read-only: it never writes files or runs code.`;

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** A tool's answer, or its error as a tool error with a message the agent can act on. */
function answer(run: () => { text: string; structured: Record<string, unknown> }): CallToolResult {
  try {
    const { text, structured } = run();
    return { content: [{ type: "text", text }], structuredContent: structured };
  } catch (e) {
    const msg = e instanceof ToolInputError ? e.message : `llmsafe: internal error: ${(e as Error)?.message ?? String(e)}. Please report it.`;
    return { content: [{ type: "text", text: msg }], isError: true };
  }
}

export function createMcpServer(opts: McpOptions): McpServer {
  const server = new McpServer({ name: "llmsafe", version: opts.version }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  const roots = new RootsProvider(opts.roots, opts.cwd);
  const askRoots = () => server.server.listRoots(undefined, { timeout: 10_000 });
  server.server.oninitialized = () => {
    if (roots.usesClientRoots && server.server.getClientCapabilities()?.roots) roots.refresh(askRoots);
  };
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, async () => {
    if (roots.usesClientRoots && server.server.getClientCapabilities()?.roots) roots.refresh(askRoots);
  });

  server.registerTool("scan", {
    title: "Scan code with llmsafe",
    description: "Find LLM safety problems in TypeScript/JavaScript files, folders or in-memory code: prompt injection, model output reaching eval/shell/SQL/HTML/fetch/fs, secrets in prompts, hard-coded API keys, over-powered tools. Each finding has its rule, place, the taint path step by step, fixes, and survey/OWASP/CWE links; the answer also says what was understood (LLM calls, tools, handlers), so no findings means something.",
    inputSchema: scanInput,
    outputSchema: scanOutput,
    annotations: READ_ONLY,
  }, async (input) => {
    const current = await roots.get();
    return answer(() => {
      const a = scan(input, current);
      return { text: scanText(a), structured: a };
    });
  });

  server.registerTool("explain_rule", {
    title: "Explain an llmsafe rule",
    description: "The documentation of one rule: what it finds, why it matters, how to fix it, flagged / not flagged / fixed examples, and its survey, OWASP and CWE links.",
    inputSchema: ruleIdInput,
    outputSchema: explainRuleOutput,
    annotations: READ_ONLY,
  }, async ({ id }) => answer(() => explainRule(opts.docsDir, id)));

  server.registerTool("list_rules", {
    title: "List llmsafe rules",
    description: "Every rule: id, title, default severity, category (its OWASP LLM Top 10 2026 entry), whether it has fixes.",
    outputSchema: listRulesOutput,
    annotations: READ_ONLY,
  }, async () => answer(() => ({ text: ruleListText(), structured: { rules: ruleSummaries() } })));
  return server;
}

/** Serves on stdin/stdout until the client closes stdin. */
export async function serveMcp(opts: McpOptions): Promise<void> {
  // stdout carries the protocol: anything the process would print goes to stderr instead.
  for (const k of ["log", "info", "warn", "debug"] as const) console[k] = (...args: unknown[]) => opts.log(`${args.map(String).join(" ")}\n`);
  const server = createMcpServer(opts);
  // Room for a call that carries the most in-memory code scan accepts (MAX_TOTAL_CHARS, JSON-escaped);
  // a message over the buffer ends the session. Not more: the SDK's buffer grows by copying, so
  // reading one message costs time quadratic in its size (64 MiB took minutes, 16 MiB seconds).
  const transport = new StdioServerTransport(process.stdin, process.stdout, { maxBufferSize: 16 * 1024 * 1024 });
  await server.connect(transport);
  // Lines that are not JSON-RPC, an oversized message: said on stderr, which clients keep as the server's log.
  server.server.onerror = (e) => opts.log(`llmsafe mcp: ${e?.message ?? String(e)}\n`);
  // The client closed stdin, or the transport gave up (a message over its buffer): either way the session is over.
  const closed = new Promise<void>((resolve) => {
    process.stdin.once("end", resolve);
    process.stdin.once("close", resolve);
    server.server.onclose = resolve;
  });
  await closed;
  await server.close();
  // Nothing more will be read: release stdin, so that nothing keeps the process alive.
  process.stdin.destroy();
}
