// @modelcontextprotocol/sdk: tool handlers receive model-chosen arguments.
import type { Model } from "../engine/model";

export const mcpModel: Model = {
  name: "@modelcontextprotocol/sdk",
  rows: [
    { kind: "tool", callee: ["@modelcontextprotocol/sdk**:McpServer().{tool,registerTool}", "?:{server,mcp,mcpServer}.{tool,registerTool}"], handler: "last" },
    { kind: "handler", callee: "@modelcontextprotocol/sdk**:Server().setRequestHandler", handler: "last", params: ["model"] },
    // A host calling an MCP server: tool results, resources and prompts are written by that server.
    { kind: "source", callee: "@modelcontextprotocol/sdk**:Client().{callTool,readResource,getPrompt}", taint: "external" },
  ],
};
