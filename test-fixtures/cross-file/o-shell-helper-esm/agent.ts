// agent.ts: sandbox agent on the AI SDK; tools call the shared shell helper.
import { generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { run } from "./lib/shell.js";
import { buildBranch } from "./tools/build.js";

export const terminal = tool({
  description: "Run a command in the sandbox container",
  inputSchema: z.object({ command: z.string() }),
  needsApproval: true,
  // llmsafe-expect: llm-output-command-injection
  execute: async ({ command }) => run(command),
});

export const gitStatus = tool({
  description: "Show the working tree status",
  inputSchema: z.object({}),
  needsApproval: true,
  // llmsafe-expect-clean: llm-output-command-injection
  execute: async () => run("git status --short"),
});

export async function fixBuild(task: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: "Fix the failing build in the sandbox.",
    prompt: task,
    tools: { terminal, gitStatus },
    stopWhen: stepCountIs(15),
  });
  return text;
}

export async function installSuggested(task: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Name the npm packages this task needs, space separated. Nothing else.",
    prompt: task,
  });
  // llmsafe-expect-also: llm-output-command-injection
  return run(`npm install ${text.trim()}`);
}

export { buildBranch };
