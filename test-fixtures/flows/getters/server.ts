// src/server.ts: the runner's MCP server (low-level API).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { spawn } from "node:child_process";
import { ToolArgs, startLine } from "./args-helper.js";

const server = new Server({ name: "runner", version: "2.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "run_process": { // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect: llm-output-command-injection
      const args = new ToolArgs(request.params.arguments ?? {});
      if (!args.isShellMode) return { content: [{ type: "text", text: "command_line is required" }], isError: true };
      const child = spawn(args.commandLine!, [], { shell: true });
      return { content: [{ type: "text", text: `pid ${child.pid}` }] };
    }
    case "sleep": { // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect-clean: llm-output-command-injection
      const args = new ToolArgs(request.params.arguments ?? {});
      const child = spawn(`sleep ${args.timeoutMs / 1000}; cat ${args.logFile}`, [], { shell: true });
      return { content: [{ type: "text", text: `pid ${child.pid}` }] };
    }
    case "start_line": { // llmsafe-expect: excessive-agency-tool
      // The getter read inside a helper's summary is not followed yet.
      // llmsafe-known-miss: llm-output-command-injection
      const child = startLine(request.params.arguments ?? {});
      return { content: [{ type: "text", text: `pid ${child.pid}` }] };
    }
    default:
      throw new Error("Unknown tool");
  }
});
