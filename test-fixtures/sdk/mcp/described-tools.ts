// mcp/server.ts: the docs MCP server; tool descriptions are assembled from the docs site's metadata.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "acme-docs", version: "1.4.0" });
const meta = (await (await fetch("https://docs.acme.dev/meta.json")).json()) as { searchHint: string };

server.tool(
  "search_docs",
  // llmsafe-expect: indirect-prompt-injection
  `Search the Acme docs. ${meta.searchHint}`,
  { query: z.string() },
  async ({ query }) => ({ content: [{ type: "text", text: `results for ${query}` }] }),
);

server.registerTool(
  "get_page",
  {
    title: "Get page",
    // llmsafe-expect: indirect-prompt-injection
    description: "Fetch one docs page by slug. " + meta.searchHint,
    inputSchema: { slug: z.string() },
  },
  async ({ slug }) => ({ content: [{ type: "text", text: slug }] }),
);

server.registerTool(
  "list_sections",
  {
    title: "List sections",
    // llmsafe-expect-clean: indirect-prompt-injection
    description: "List the top-level sections of the docs.",
    inputSchema: {},
  },
  async () => ({ content: [{ type: "text", text: "guides, api, changelog" }] }),
);

// llmsafe-expect-clean: indirect-prompt-injection
server.tool("ping", { echo: z.string() }, async ({ echo }) => ({ content: [{ type: "text", text: echo }] }));
