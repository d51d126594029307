// A CRM MCP server on the low-level Server API: one CallTool handler, a branch per tool.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

// llmsafe-expect: lethal-trifecta-agent
const server = new Server({ name: "crm", version: "2.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "fetch_page", description: "Fetch a web page", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
    { name: "find_contact", description: "Find a contact by email", inputSchema: { type: "object", properties: { email: { type: "string" } } } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments as Record<string, string>;
  switch (request.params.name) {
    case "fetch_page": {
      // llmsafe-expect: llm-output-ssrf
      const res = await fetch(args.url);
      return { content: [{ type: "text", text: await res.text() }] };
    }
    case "find_contact": {
      const contact = await prisma.contact.findFirst({ where: { email: args.email } });
      return { content: [{ type: "text", text: JSON.stringify(contact) }] };
    }
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

await server.connect(new StdioServerTransport());
