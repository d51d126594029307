// src/agent.ts: a hand-rolled tool loop. The model's tool calls are dispatched through a table of
// functions by name, and the work is wrapped in retry / timeout / concurrency helpers.
import OpenAI from "openai";
import { exec } from "node:child_process";
import { writeFile } from "node:fs/promises";
import vm from "node:vm";
import { mapWithLimit, retry, timed, withDefault, withTimeout } from "./lib/async-utils";
import { runShellCommand } from "./lib/shell-runner";

const openai = new OpenAI();

const toolImpls = {
  run_shell: async (args: { cmd: string }) => {
    return new Promise<string>((resolve) => exec(args.cmd, (_err, stdout) => resolve(stdout)));
  },
  save_note: async (args: { file: string; text: string }) => {
    await writeFile(`notes/${args.file}`, args.text);
    return "saved";
  },
  current_time: async () => new Date().toISOString(),
};

export async function agentTurn(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: question }],
    tools: [
      { type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { cmd: { type: "string" } } } } },
      { type: "function", function: { name: "save_note", parameters: { type: "object", properties: { file: { type: "string" }, text: { type: "string" } } } } },
    ],
  });
  const outputs: string[] = [];
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    if (call.type !== "function") continue;
    // llmsafe-expect: unvalidated-llm-json
    const args = JSON.parse(call.function.arguments);
    // llmsafe-expect: model-chosen-tool-dispatch
    const impl = toolImpls[call.function.name as keyof typeof toolImpls];
    // Every entry of the table may be the one called.
    // llmsafe-expect: llm-output-command-injection, llm-output-path-traversal
    outputs.push(await impl(args));
  }
  return outputs;
}

export async function runPlannedCommands(goal: string) {
  const plan = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: "List shell commands, one per line, that achieve the goal." }, { role: "user", content: goal }],
  });
  const commands = (plan.choices[0].message.content ?? "").split("\n").filter(Boolean);
  // Each element reaches the helper the callback calls.
  // llmsafe-expect: llm-output-command-injection
  const outputs = await Promise.all(commands.map((command) => runShellCommand(command, 10_000)));
  // A helper that calls the worker with each item: the worker gets the model's commands too.
  // llmsafe-expect-also: llm-output-command-injection
  const batched = await mapWithLimit(commands, 2, async (command) => runShellCommand(command));
  return [...outputs, ...batched];
}

export async function evaluateAnswer(question: string) {
  const res = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Write one JS expression for: ${question}` }] });
  const expression = res.choices[0].message.content ?? "0";
  // `timed` calls the step with the input it was given: the model's expression.
  // llmsafe-expect: llm-output-code-execution
  const value = await timed("eval", expression, async (code) => vm.runInNewContext(code));
  // The same helper given a constant input.
  // llmsafe-expect-clean: llm-output-code-execution
  const check = await timed("self-test", "1 + 1", async (code) => vm.runInNewContext(code));
  // `withDefault` never calls the callback with the model's text, only with the fallback.
  // llmsafe-expect-clean: llm-output-code-execution
  const fallback = withDefault(expression, "0", (code) => vm.runInNewContext(code));
  return { value, check, fallback };
}

export async function fetchWithRetry(question: string) {
  const res = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const url = res.choices[0].message.content ?? "";
  // The wrappers call back with their own values (an attempt number, an AbortSignal); the callback
  // captures the model's URL from the enclosing scope.
  // llmsafe-expect: llm-output-ssrf
  const page = await retry(async (attempt) => withTimeout((signal) => fetch(url, { signal, headers: { "x-attempt": String(attempt) } }), 5000));
  // llmsafe-expect-clean: llm-output-command-injection
  await retry(async (attempt) => runShellCommand(`echo attempt ${attempt}`));
  return page.text();
}
