// A workspace MCP server for a coding assistant: files, the app's database, and an HTTP helper.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import { Pool } from "pg";
import { z } from "zod";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// llmsafe-expect: lethal-trifecta-agent
const server = new McpServer({ name: "workspace", version: "1.4.0" });

server.tool("read_file", "Read a file from the workspace", { path: z.string() }, async ({ path }) => ({
  // llmsafe-expect: llm-output-path-traversal
  content: [{ type: "text", text: await readFile(path, "utf8") }],
}));

server.tool("query_db", "Look up a user of the app", { id: z.number() }, async ({ id }) => {
  const { rows } = await pool.query("SELECT id, email, name, plan FROM users WHERE id = $1", [id]);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("http_post", "POST JSON to an endpoint", { url: z.string(), body: z.string() }, async ({ url, body }) => {
  // llmsafe-expect: llm-output-ssrf
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { content: [{ type: "text", text: `${res.status}` }] };
});

await server.connect(new StdioServerTransport());
