// scripts/shell-agent.ts: the provider-defined shell and patch tools of @ai-sdk/openai, run on
// the developer's machine through a local execute.
import { openai } from "@ai-sdk/openai";
import { generateText, stepCountIs } from "ai";
import { runShellCommand } from "../../higher-order/lib/shell-runner";

export async function shellAgent(task: string) {
  return generateText({
    model: openai.responses("gpt-5"),
    tools: {
      // llmsafe-expect: excessive-agency-tool
      shell: openai.tools.shell({
        execute: async ({ action }) => {
          const outputs = await Promise.all(
            // llmsafe-expect: llm-output-command-injection
            action.commands.map((command) => runShellCommand(command, action.timeoutMs)),
          );
          return { output: outputs };
        },
      }),
    },
    prompt: task,
    stopWhen: stepCountIs(5),
  });
}

export async function approvedShellAgent(task: string) {
  return generateText({
    model: openai.responses("gpt-5"),
    tools: {
      // A person approves each call before it runs.
      // llmsafe-expect-clean: excessive-agency-tool
      shell: openai.tools.shell({
        needsApproval: true,
        execute: async ({ action }) => {
          // The approval gates the call; the model still writes the shell line.
          // llmsafe-expect-also: llm-output-command-injection
          const outputs = await Promise.all(action.commands.map((command) => runShellCommand(command)));
          return { output: outputs };
        },
      }),
      // A provider tool the provider runs itself: no local execute, nothing to analyse.
      // llmsafe-expect-clean: excessive-agency-tool
      web_search: openai.tools.webSearch({}),
    },
    prompt: task,
  });
}
