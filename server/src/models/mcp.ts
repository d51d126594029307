// @modelcontextprotocol/sdk and fastmcp: tool handlers receive model-chosen arguments, prompt and resource handlers the client's.
import type { Model } from "../engine/model";

export const mcpModel: Model = {
  name: "@modelcontextprotocol/sdk, fastmcp",
  /**
   * Reference servers whose tools change things (a server handed to an agent whole gives the model
   * these): filesystem has write_file, edit_file, move_file; github and gitlab create and push
   * files, issues, pull requests and merges; slack posts messages.
   */
  mcpServerEffects: {
    "@modelcontextprotocol/server-filesystem": "writes and moves files",
    "@modelcontextprotocol/server-github": "changes repositories",
    "@modelcontextprotocol/server-gitlab": "changes repositories",
    "@modelcontextprotocol/server-slack": "sends messages",
  },
  // The filesystem server's tools refuse paths outside the folders it is started with.
  mcpRootedServers: ["@modelcontextprotocol/server-filesystem"],
  rows: [
    // A host starting a server (stdio: its command line and env) or connecting to one (headers): unpinned-mcp-server.
    { kind: "mcp-launch", callee: "@modelcontextprotocol/sdk**:StdioClientTransport", config: "0" },
    { kind: "mcp-launch", callee: "@modelcontextprotocol/sdk**:{SSEClientTransport,StreamableHTTPClientTransport}", config: "1.requestInit" },
    // Every tool registered on one server goes to whoever connects: one tool set (`set: "receiver"`).
    { kind: "tool", callee: ["@modelcontextprotocol/sdk**:McpServer().{tool,registerTool}", "?:{server,mcp,mcpServer}.{tool,registerTool}"], handler: "last", set: "receiver" },
    // The description the server publishes is read by every client's model: an instruction channel.
    { kind: "llm-call", provider: "mcp", result: "client", callee: "@modelcontextprotocol/sdk**:McpServer().tool", channels: [{ at: "1", as: "instruction" }] },
    { kind: "llm-call", provider: "mcp", result: "client", callee: "@modelcontextprotocol/sdk**:McpServer().registerTool", channels: [{ at: "1.description", as: "instruction" }] },
    // The low-level Server: one CallTool handler serves every tool, told apart by request.params.name;
    // `this.server.setRequestHandler(...)` in a class is recognised by the SDK's request schema.
    {
      kind: "tool", callee: ["@modelcontextprotocol/sdk**:Server().setRequestHandler", "?:**.setRequestHandler"], handler: "last",
      argRef: { at: "0", ref: "@modelcontextprotocol/sdk**:CallToolRequestSchema" }, dispatch: "0.params.name", set: "receiver",
    },
    // Prompt, resource and completion requests carry what the client's user typed.
    {
      kind: "handler", callee: ["@modelcontextprotocol/sdk**:Server().setRequestHandler", "?:**.setRequestHandler"], handler: "last", params: ["untrusted"],
      argRef: { at: "0", ref: "@modelcontextprotocol/sdk**:{GetPromptRequestSchema,ReadResourceRequestSchema,CompleteRequestSchema}" },
    },
    // Prompts and resource templates are filled in by the client (its user), not by a model.
    { kind: "handler", callee: "@modelcontextprotocol/sdk**:McpServer().{prompt,registerPrompt}", handler: "last", params: ["untrusted"] },
    { kind: "handler", callee: "@modelcontextprotocol/sdk**:McpServer().{resource,registerResource}", handler: "last", params: ["untrusted", "untrusted"] },
    // fastmcp: the same roles, with the callbacks in the definition object.
    { kind: "tool", callee: "fastmcp:FastMCP().addTool", handler: "0.execute", set: "receiver" },
    { kind: "handler", callee: "fastmcp:FastMCP().{addPrompt,addResourceTemplate}", handler: "0.load", params: ["untrusted"] },
    // A host calling an MCP server: tool results, resources and prompts are written by that server,
    // and so are the descriptions its listings publish (tool poisoning: a description written to steer
    // the model, harmless as a tool definition, carries the host's authority in a system prompt).
    { kind: "source", callee: "@modelcontextprotocol/sdk**:Client().{callTool,readResource,getPrompt,listTools,listPrompts,listResources,listResourceTemplates}", taint: "external" },
    // The same client handed around as a parameter typed `Client` (its type does not resolve to the
    // SDK here): recognised by the receiver's usual names and the methods.
    {
      kind: "source", taint: "external",
      callee: "?:{client,mcpClient,mcp,mcpSession}.{callTool,readResource,getPrompt,listTools,listPrompts,listResources,listResourceTemplates}",
    },
  ],
};
