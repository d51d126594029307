// @modelcontextprotocol/sdk: tool handlers receive model-chosen arguments.
import type { Model } from "../engine/model";

export const mcpModel: Model = {
  name: "@modelcontextprotocol/sdk",
  rows: [
    { kind: "tool", callee: ["@modelcontextprotocol/sdk**:McpServer().{tool,registerTool}", "?:{server,mcp,mcpServer}.{tool,registerTool}"], handler: "last" },
    // The description the server publishes is read by every client's model: an instruction channel.
    { kind: "llm-call", provider: "mcp", result: "client", callee: "@modelcontextprotocol/sdk**:McpServer().tool", channels: [{ at: "1", as: "instruction" }] },
    { kind: "llm-call", provider: "mcp", result: "client", callee: "@modelcontextprotocol/sdk**:McpServer().registerTool", channels: [{ at: "1.description", as: "instruction" }] },
    { kind: "handler", callee: "@modelcontextprotocol/sdk**:Server().setRequestHandler", handler: "last", params: ["model"] },
    // A host calling an MCP server: tool results, resources and prompts are written by that server.
    { kind: "source", callee: "@modelcontextprotocol/sdk**:Client().{callTool,readResource,getPrompt}", taint: "external" },
  ],
};
