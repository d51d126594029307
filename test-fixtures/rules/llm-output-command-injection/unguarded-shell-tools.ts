// servers/devbox.ts: tools a team exposed to its agents with no approval step. Each one is both a
// shell injection (model text becomes command text) and an ungated high-impact tool.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { tool as langchainTool } from "@langchain/core/tools";
import { tool } from "@openai/agents";
import { exec, execSync } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const sh = promisify(exec);
const server = new McpServer({ name: "devbox", version: "0.3.0" });

// llmsafe-expect: excessive-agency-tool
server.tool("run_command", "Run a shell command on the dev box", { command: z.string() }, async ({ command }) => {
  // llmsafe-expect: llm-output-command-injection
  const { stdout, stderr } = await sh(command);
  return { content: [{ type: "text", text: stdout || stderr }] };
});

// llmsafe-expect: excessive-agency-tool
server.registerTool(
  "convert_video",
  {
    title: "Convert video",
    description: "Transcode an uploaded video with ffmpeg",
    inputSchema: { input: z.string(), format: z.enum(["mp4", "webm"]) },
  },
  async ({ input, format }) => {
    // llmsafe-expect: llm-output-command-injection
    execSync(`ffmpeg -y -i ${input} /tmp/out.${format}`);
    return { content: [{ type: "text", text: `/tmp/out.${format}` }] };
  },
);

// llmsafe-expect: excessive-agency-tool
export const shellTool = langchainTool(
  async ({ command }) => {
    // llmsafe-expect: llm-output-command-injection
    const { stdout } = await sh(command, { timeout: 60_000 });
    return stdout;
  },
  { name: "shell", description: "Run a bash command", schema: z.object({ command: z.string() }) },
);

// llmsafe-expect: excessive-agency-tool
export const pingHost = tool({
  name: "ping_host",
  description: "Check whether a host answers ping",
  parameters: z.object({ host: z.string() }),
  execute: async ({ host }) => {
    // llmsafe-expect: llm-output-command-injection
    return execSync(`ping -c 3 ${host}`, { encoding: "utf8" });
  },
});

await server.connect(new StdioServerTransport());
