// MCP tools registered on a server handed in by the caller: no import of the MCP SDK here.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { z } from "zod";

type ToolServer = { tool(name: string, shape: unknown, handler: (args: any) => unknown): void };

export function registerMaintenance(server: ToolServer) {
  // llmsafe-expect: excessive-agency-tool
  server.tool("remove_path", { path: z.string() }, async ({ path }) => {
    // llmsafe-expect: llm-output-path-traversal
    rmSync(path, { recursive: true, force: true });
    return { content: [{ type: "text", text: "removed" }] };
  });
  // llmsafe-expect-clean: excessive-agency-tool
  server.tool("disk_usage", {}, async () => ({ content: [{ type: "text", text: execSync("df -h").toString() }] }));
}
