// src/mcp-host.ts: the agent host starts its MCP servers in code.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { MultiServerMCPClient } from "@langchain/mcp-adapters";
import { MCPClient } from "@mastra/mcp";

const SEARCH_SERVER = "@modelcontextprotocol/server-brave-search";

export async function connectSearch() {
  const transport = new StdioClientTransport({
    command: "npx",
    // llmsafe-expect: unpinned-mcp-server
    args: ["-y", SEARCH_SERVER],
    // llmsafe-expect-clean: unpinned-mcp-server
    env: { BRAVE_API_KEY: process.env.BRAVE_API_KEY ?? "" },
  });
  const client = new Client({ name: "host", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

export async function connectPinned() {
  const transport = new StdioClientTransport({
    command: "npx",
    // llmsafe-expect-clean: unpinned-mcp-server
    args: ["-y", "@modelcontextprotocol/server-everything@2025.9.12"],
  });
  const client = new Client({ name: "host", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

export async function connectCrm() {
  const transport = new StreamableHTTPClientTransport(new URL("https://crm.example.com/mcp"), {
    // llmsafe-expect: unpinned-mcp-server
    requestInit: { headers: { "x-api-key": "crm_live_7Hq2Lk9Zp4Xw8Rt1Vb6Nm3Jc5Ys0Gd" } },
  });
  const client = new Client({ name: "host", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

export const langchainServers = new MultiServerMCPClient({
  mcpServers: {
    math: {
      transport: "stdio",
      command: "npx",
      // llmsafe-expect: unpinned-mcp-server
      args: ["-y", "@modelcontextprotocol/server-math"],
    },
    weather: {
      transport: "stdio",
      // llmsafe-expect-clean: unpinned-mcp-server
      command: "node",
      args: ["./servers/weather/index.js"],
    },
  },
});

export const mastraServers = new MCPClient({
  servers: {
    wikipedia: {
      command: "uvx",
      // llmsafe-expect: unpinned-mcp-server
      args: ["wikipedia-mcp"],
    },
  },
});
