// server.ts: a low-level MCP server; the tool the model names picks the handler.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as handlers from "./handlers.js";

const server = new Server({ name: "shell-tools", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "run_command": // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect: llm-output-command-injection
      return handlers.handleRunCommand(args);
    case "wait": // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect-clean: llm-output-command-injection
      return handlers.handleWait(args);
    case "archive": // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect-clean: llm-output-command-injection
      return handlers.handleArchive(args);
    case "archive_named": // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect: llm-output-command-injection
      return handlers.handleArchiveNamed(args);
    case "signal": // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect-clean: llm-output-command-injection
      return handlers.handleSignal(args as { pid: number; signal: unknown });
    default:
      return { content: [{ type: "text", text: `Unknown tool: ${name}` }], isError: true };
  }
});
