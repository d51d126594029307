// @mastra/core: Agent({ instructions }), agent.generate/stream, createTool({ execute }).
import type { Model } from "../engine/model";

const MA = "@mastra/core{,/agent,/tools}";
const AGENT_CALL = "{generate,stream,generateVNext,streamVNext,generateLegacy,streamLegacy}";
export const mastraModel: Model = {
  name: "@mastra/core",
  rows: [
    // MCP servers by name (`new MCPClient({ servers: { name: { command, args, env } } })`): unpinned-mcp-server.
    { kind: "mcp-launch", callee: "@mastra/mcp:{MCPClient,MCPConfiguration}", config: "0.servers", servers: true },
    { kind: "tool-set", callee: `${MA}:Agent`, tools: ["0.tools"] },
    { kind: "llm-call", provider: "mastra", result: "client", callee: `${MA}:Agent`, channels: [{ at: "0.instructions", as: "instruction" }] },
    {
      // The first argument is a string or a message list; options may override the instructions.
      kind: "llm-call", provider: "mastra", callee: [`${MA}:Agent().${AGENT_CALL}`, `${MA}:Mastra().getAgent().${AGENT_CALL}`],
      channels: [{ at: "0", as: "input" }, { at: "1.instructions", as: "instruction" }, { at: "1.system", as: "instruction" }],
    },
    { kind: "tool", callee: `${MA}:createTool`, handler: "0.execute" },
  ],
};
