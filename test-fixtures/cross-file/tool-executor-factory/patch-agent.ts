// examples/patch-agent.ts: the model edits files in an output folder through apply_patch.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import * as path from "node:path";
import { createContainedExecutor, createPatchExecutor } from "./workspace-editor";

const outputDir = path.join(__dirname, "output");

export async function writeChecklist() {
  return generateText({
    model: openai.responses("gpt-5-mini"),
    tools: {
      // llmsafe-expect: excessive-agency-tool, llm-output-path-traversal
      apply_patch: openai.tools.applyPatch({ execute: createPatchExecutor(outputDir) }),
    },
    prompt: "Create a markdown checklist of five items.",
  });
}

export async function writeChecklistContained() {
  return generateText({
    model: openai.responses("gpt-5-mini"),
    tools: {
      // llmsafe-expect: excessive-agency-tool
      // llmsafe-expect-clean: llm-output-path-traversal
      apply_patch: openai.tools.applyPatch({ execute: createContainedExecutor(outputDir) }),
    },
    prompt: "Create a markdown checklist of five items.",
  });
}

export async function reviewedChecklist() {
  return generateText({
    model: openai.responses("gpt-5-mini"),
    tools: {
      // llmsafe-expect-clean: excessive-agency-tool
      // llmsafe-expect-also: llm-output-path-traversal
      apply_patch: openai.tools.applyPatch({ execute: createPatchExecutor(outputDir), needsApproval: true }),
    },
    prompt: "Create a markdown checklist of five items.",
  });
}
