// scripts/deploy-agent.ts: the agent proposes shell steps; a person reads them and says yes or no.
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import * as readline from "node:readline/promises";
import { execFile } from "node:child_process";

const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });

// The parsed tool input is only printed for the person who approves the call.
export async function reviewProposal(task: string) {
  const result = await generateText({ model: openai("gpt-4.1-mini"), prompt: task });
  for (const part of result.content) {
    if (part.type !== "tool-call") continue;
    const input =
      typeof part.input === "string"
        // llmsafe-expect-clean: unvalidated-llm-json
        ? JSON.parse(part.input)
        : part.input;
    const steps = (input as { plan?: { steps?: string[] } }).plan?.steps || [];
    console.log("The agent wants to run:");
    steps.forEach((step, index) => {
      console.log(`  ${index + 1}. ${step}`);
    });
    const answer = await terminal.question("Approve? [y/N] ");
    if (answer !== "y") return false;
  }
  return true;
}

// The same shape, but the callback uses what it is given: each step is run.
export async function runProposal(task: string) {
  const result = await generateText({ model: openai("gpt-4.1-mini"), prompt: task });
  const text = result.text;
  // llmsafe-expect: unvalidated-llm-json
  const proposal = JSON.parse(text);
  const steps = proposal.plan?.steps || [];
  steps.forEach((step: { file: string; args: string[] }) => {
    execFile(step.file, step.args);
  });
}

// Bound to a second name and then returned to the caller: used.
export async function proposalSteps(task: string) {
  const result = await generateText({ model: openai("gpt-4.1-mini"), prompt: task });
  // llmsafe-expect: unvalidated-llm-json
  const proposal = JSON.parse(result.text);
  const steps = proposal.plan?.steps ?? [];
  return steps;
}
