// src/mastra/agents.ts: the research agent (Mastra) and the API route that calls it.
import { openai } from "@ai-sdk/openai";
import { Agent } from "@mastra/core/agent";
import { createTool } from "@mastra/core/tools";
import { execSync } from "node:child_process";
import { z } from "zod";

const RESEARCH_RULES = "You research companies from public sources and cite every claim.";

// llmsafe-expect: excessive-agency-tool
export const gitTool = createTool({
  id: "git-log",
  description: "Show recent commits of a repository checked out on the build box",
  inputSchema: z.object({ repo: z.string() }),
  // llmsafe-expect: llm-output-command-injection
  execute: async ({ context }) => execSync(`git -C /srv/repos/${context.repo} log --oneline -n 20`).toString(),
});

// llmsafe-expect-clean: excessive-agency-tool
export const statusTool = createTool({
  id: "build-status",
  description: "Show the build box's disk usage",
  inputSchema: z.object({}),
  // llmsafe-expect-clean: llm-output-command-injection
  execute: async () => execSync("df -h /srv").toString(),
});

export const researcher = new Agent({
  name: "researcher",
  // llmsafe-expect-clean: system-prompt-injection
  instructions: RESEARCH_RULES,
  model: openai("gpt-4o-mini"),
  tools: { gitTool, statusTool },
});

export async function POST(req: Request) {
  const { question, focus } = await req.json();
  const custom = new Agent({
    name: "custom-researcher",
    // llmsafe-expect: system-prompt-injection
    instructions: `${RESEARCH_RULES} Focus on: ${focus}`,
    model: openai("gpt-4o-mini"),
  });
  // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
  const result = await custom.generate(question);
  return Response.json({ text: result.text });
}

export async function PUT(req: Request) {
  const { question, extraRules } = await req.json();
  const result = await researcher.generate(
    // llmsafe-expect-clean: system-prompt-injection
    [{ role: "user", content: question }],
    // llmsafe-expect: system-prompt-injection
    { instructions: `${RESEARCH_RULES} ${extraRules}` },
  );
  return Response.json({ text: result.text });
}

export async function PATCH(req: Request) {
  const { question } = await req.json();
  // llmsafe-expect: undelimited-prompt-input
  const stream = await researcher.stream("Research this company and list three risks: " + question);
  return stream.toTextStreamResponse();
}
