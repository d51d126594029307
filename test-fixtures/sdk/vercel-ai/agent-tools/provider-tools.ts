// examples/provider-tools.ts: the provider-defined tools whose execution the app supplies.
import { anthropic } from "@ai-sdk/anthropic";
import { bedrockAnthropic } from "@ai-sdk/amazon-bedrock/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { generateText, stepCountIs } from "ai";
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runHostCommand } from "./lib/host-shell";

const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
const WORKSPACE = path.resolve("workspace");

function insideWorkspace(requested: string): string {
  const resolved = path.resolve(WORKSPACE, requested);
  if (!resolved.startsWith(WORKSPACE + path.sep)) throw new Error(`outside the workspace: ${requested}`);
  return resolved;
}

// A provider made with createOpenAI(), and Anthropic's tools through Amazon Bedrock's module.
export async function shellAgent(prompt: string) {
  const tools = {
    // llmsafe-expect: excessive-agency-tool
    shell: openai.tools.shell({
      // llmsafe-expect: llm-output-command-injection
      execute: async ({ action }) => ({ output: [await runHostCommand(action.commands.join(" && "))] }),
    }),
    // llmsafe-expect: excessive-agency-tool
    bash: bedrockAnthropic.tools.bash_20241022({
      execute: async ({ command, restart }) => {
        if (restart) return "restarted";
        // llmsafe-expect: llm-output-command-injection
        return spawnSync("bash", ["-c", command], { encoding: "utf8" }).stdout;
      },
    }),
  };
  return generateText({ model: openai.responses("gpt-5"), tools, prompt, stopWhen: stepCountIs(5) });
}

export async function editorAgent(prompt: string) {
  return generateText({
    model: anthropic("claude-sonnet-4-5"),
    tools: {
      // Paths are resolved and kept inside the workspace before any read or write.
      // llmsafe-expect-clean: excessive-agency-tool
      str_replace_based_edit_tool: anthropic.tools.textEditor_20250728({
        execute: async ({ command, path: requested, old_str, new_str }) => {
          const target = insideWorkspace(requested);
          // llmsafe-expect-clean: llm-output-path-traversal
          const text = await readFile(target, "utf8");
          if (command !== "str_replace") return text;
          // llmsafe-expect-clean: llm-output-path-traversal
          await writeFile(target, text.replace(old_str ?? "", new_str ?? ""));
          return "ok";
        },
      }),
      // A local shell tool that only reports what it would run.
      // llmsafe-expect-clean: excessive-agency-tool
      local_shell: openai.tools.localShell({
        execute: async ({ action }) => {
          console.log("would run", action.command.join(" "));
          return { output: "dry run" };
        },
      }),
      // Executed by OpenAI on its side: nothing here runs the model's code.
      // llmsafe-expect-clean: excessive-agency-tool
      code_interpreter: openai.tools.codeInterpreter({}),
    },
    prompt,
  });
}
