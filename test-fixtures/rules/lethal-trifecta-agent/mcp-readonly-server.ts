// A read-only reporting MCP server: it reads documents and the warehouse, and sends nothing anywhere.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import { Pool } from "pg";
import { z } from "zod";

const warehouse = new Pool({ connectionString: process.env.WAREHOUSE_URL });

// llmsafe-expect-clean: lethal-trifecta-agent
const server = new McpServer({ name: "reports", version: "0.3.1" });

server.registerTool("read_report", { description: "Read a report file", inputSchema: { path: z.string() } }, async ({ path }) => ({
  // llmsafe-expect: llm-output-path-traversal
  content: [{ type: "text", text: await readFile(path, "utf8") }],
}));

server.registerTool("revenue", { description: "Revenue for a month", inputSchema: { month: z.string() } }, async ({ month }) => {
  const { rows } = await warehouse.query("SELECT sum(amount) AS total FROM invoices WHERE month = $1", [month]);
  return { content: [{ type: "text", text: String(rows[0]?.total ?? 0) }] };
});

await server.connect(new StdioServerTransport());
