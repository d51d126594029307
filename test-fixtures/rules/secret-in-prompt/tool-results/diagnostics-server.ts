// An MCP server with debugging tools for the operator's agent: what a tool returns is read by
// the model, so a secret in a tool's result is a secret placed in the model's context.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "diagnostics", version: "0.3.0" });

export function registerEnvironmentTools(mcp: McpServer) {
  mcp.registerTool("dump-env", { description: "Print the server's environment", inputSchema: {} }, async () => {
    return {
      content: [
        {
          type: "text",
          // llmsafe-expect: secret-in-prompt
          text: JSON.stringify(process.env, null, 2),
        },
      ],
    };
  });

  mcp.registerTool("runtime-info", { description: "Node version and mode", inputSchema: {} }, async () => ({
    content: [
      {
        type: "text",
        // llmsafe-expect-clean: secret-in-prompt
        text: `node ${process.version}, mode ${process.env.NODE_ENV ?? "development"}, region ${process.env.AWS_REGION}`,
      },
    ],
  }));

  mcp.registerTool("check-keys", { description: "Which provider keys are configured", inputSchema: {} }, async () => ({
    content: [
      {
        type: "text",
        // llmsafe-expect-clean: secret-in-prompt
        text: JSON.stringify({ openai: Boolean(process.env.OPENAI_API_KEY), github: !!process.env.GITHUB_TOKEN }),
      },
    ],
  }));
}

server.tool("github-auth", "Show how the server authenticates to GitHub", { verbose: z.boolean() }, async ({ verbose }) => {
  const token = process.env.GITHUB_TOKEN ?? "";
  if (verbose) {
    // llmsafe-expect: secret-in-prompt
    return { content: [{ type: "text", text: `Authenticated with token ${token}` }] };
  }
  // llmsafe-expect-clean: secret-in-prompt
  return { content: [{ type: "text", text: `Authenticated with token ending in ${token.slice(-4)}` }] };
});

server.tool("lookup-vault-entry", "Say whether the vault holds an entry", { secretKey: z.string() }, async ({ secretKey }) => ({
  content: [
    {
      type: "text",
      // llmsafe-expect-clean: secret-in-prompt
      text: `No entry is stored under "${secretKey}"`,
    },
  ],
}));

server.tool("which-openai-key", "Which OpenAI key the server uses", {}, async () => ({
  content: [
    {
      type: "text",
      // llmsafe-expect-clean: secret-in-prompt
      text: `Using the key starting with ${process.env.OPENAI_API_KEY?.slice(0, 3)}`,
    },
  ],
}));

registerEnvironmentTools(server);
