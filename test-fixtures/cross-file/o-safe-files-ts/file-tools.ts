// file-tools.ts: MCP tools over the agent workspace; the containment check lives in sandbox.ts.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { readAny, resolveInWorkspace } from "./sandbox";

const server = new McpServer({ name: "workspace", version: "0.1.0" });

server.tool("open_file", "Open a workspace file", { path: z.string() }, async ({ path }) => {
  // llmsafe-expect-clean: llm-output-path-traversal
  const text = await readFile(resolveInWorkspace(path), "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("open_any_file", "Open any file by path", { path: z.string() }, async ({ path }) => {
  // llmsafe-expect: llm-output-path-traversal
  const text = await readAny(path);
  return { content: [{ type: "text", text }] };
});

server.tool("open_file_checked", "Open a workspace file", { path: z.string() }, async ({ path }) => {
  // llmsafe-expect-clean: llm-output-path-traversal
  const text = await readAny(resolveInWorkspace(path));
  return { content: [{ type: "text", text }] };
});

export { server };
