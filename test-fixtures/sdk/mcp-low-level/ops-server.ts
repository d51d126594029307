// src/index.ts: "ops-mcp", an MCP server for the on-call team on the low-level Server API: one
// CallTool handler that switches over the tool name, the way most hand-written servers look.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { exec, execFile } from "node:child_process";
import { readFile, unlink } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(exec);
const runFile = promisify(execFile);
const LOG_ROOT = path.resolve(process.env.LOG_ROOT ?? "/var/log/app");

const server = new Server({ name: "ops-mcp", version: "0.4.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "tail_log", description: "Last lines of a service log", inputSchema: { type: "object", properties: { service: { type: "string" } } } },
    { name: "restart_service", description: "Restart a systemd unit", inputSchema: { type: "object", properties: { unit: { type: "string" } } } },
    { name: "purge_log", description: "Delete a rotated log file", inputSchema: { type: "object", properties: { file: { type: "string" } } } },
    { name: "disk_usage", description: "Disk usage of the host", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    // llmsafe-expect-clean: excessive-agency-tool
    case "tail_log": {
      const service = String(args?.service ?? "app");
      // llmsafe-expect: llm-output-path-traversal
      const text = await readFile(path.join(LOG_ROOT, `${service}.log`), "utf8");
      return { content: [{ type: "text", text: text.split("\n").slice(-200).join("\n") }] };
    }
    // llmsafe-expect: excessive-agency-tool
    case "restart_service": {
      // llmsafe-expect: llm-output-command-injection
      const { stdout } = await run(`systemctl restart ${args?.unit}`);
      return { content: [{ type: "text", text: stdout || "restarted" }] };
    }
    // llmsafe-expect: excessive-agency-tool
    case "purge_log": {
      const full = path.resolve(LOG_ROOT, String(args?.file));
      if (!full.startsWith(LOG_ROOT + path.sep)) throw new Error("outside the log directory");
      // llmsafe-expect-clean: llm-output-path-traversal
      await unlink(full);
      return { content: [{ type: "text", text: `deleted ${args?.file}` }] };
    }
    // A fixed, read-only command line: nothing the model chooses reaches it.
    // llmsafe-expect-clean: excessive-agency-tool
    case "disk_usage": {
      // llmsafe-expect-clean: llm-output-command-injection
      const { stdout } = await runFile("df", ["-h"]);
      return { content: [{ type: "text", text: stdout }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});

await server.connect(new StdioServerTransport());
