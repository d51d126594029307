// sandbox/agents.ts: the agents that get a sandbox for their bash tool.
import { anthropic } from "@ai-sdk/anthropic";
import { generateText, ToolLoopAgent } from "ai";
import { Sandbox } from "@vercel/sandbox";
import { HostSandboxSession } from "./host-session";
import { RemoteSandboxSession } from "./remote-session";

export const sandboxAgent = new ToolLoopAgent({
  model: anthropic("claude-sonnet-4-5"),
  tools: { bash: anthropic.tools.bash_20250124() },
  instructions: "You operate in a sandbox.",
});

export async function listDownloads() {
  const result = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    tools: { bash: anthropic.tools.bash_20250124() },
    experimental_sandbox: new HostSandboxSession({ rootDirectory: `${process.env.HOME}/Downloads` }),
    prompt: "List the files in my downloads folder.",
  });
  return result.text;
}

export async function buildInMicroVm(repoUrl: string) {
  const sandbox = await Sandbox.create({ source: { url: repoUrl, type: "git" } });
  const result = await sandboxAgent.generate({ prompt: "Run the build and report errors.", experimental_sandbox: new RemoteSandboxSession(sandbox) });
  return result.text;
}
