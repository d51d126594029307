// lookalikes/llm-output-code-execution.js: model output near eval, Function, vm, timers and import().
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import vm from "node:vm";

const openai = new OpenAI();
const anthropic = new Anthropic();
const CALC_TOOL = {
  name: "calculate",
  description: "Evaluate a spreadsheet formula",
  input_schema: { type: "object", properties: { formula: { type: "string" } }, required: ["formula"] },
};
const PLUGINS = {
  csv: "./plugins/csv.js",
  pdf: "./plugins/pdf.js",
};

async function ask(system, user) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: system },
      { role: "user", content: user },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

// ---- look dangerous, are safe -------------------------------------------------------------

export async function parseNotEval(question) {
  const text = await ask('Reply with JSON {"answer": string}.', question);
  // Not code execution; still unvalidated model JSON.
  // llmsafe-expect-clean: llm-output-code-execution
  // llmsafe-expect: unvalidated-llm-json
  return JSON.parse(text);
}

export async function timerWithCallback(question) {
  const text = await ask("Write a reminder message.", question);
  // llmsafe-expect-clean: llm-output-code-execution
  setTimeout(() => console.log(text), 60_000);
}

export async function pluginFromTable(question) {
  const kind = (await ask("Answer csv or pdf: which exporter does the user want?", question)).trim();
  if (!Object.hasOwn(PLUGINS, kind)) throw new Error(`no exporter for ${kind}`);
  // llmsafe-expect-clean: llm-output-code-execution
  const plugin = await import(PLUGINS[kind]);
  return plugin.default;
}

export async function constantFunction(question) {
  const answer = await ask("Answer in one number.", question);
  // llmsafe-expect-clean: llm-output-code-execution
  const add = new Function("a", "b", "return a + b");
  return add(Number(answer), 1);
}

export async function contextValueNotCode(question) {
  const answer = await ask("Answer in one number.", question);
  // llmsafe-expect-clean: llm-output-code-execution
  return vm.runInNewContext("Math.round(x * 100) / 100", { x: Number(answer) });
}

// ---- look safe, are dangerous -------------------------------------------------------------

export function evalViaThen(question) {
  return ask("Write a JavaScript expression that computes the answer. Expression only.", question)
    .then((code) => code.trim())
    // llmsafe-expect: llm-output-code-execution
    .then((code) => eval(code));
}

export async function nestedTemplateFunction(question) {
  const expr = await ask("Write a JavaScript expression over `row`. Expression only.", question);
  // llmsafe-expect: llm-output-code-execution
  const predicate = new Function("row", `${`return (${expr});`}`);
  return predicate;
}

export async function renamedToolArgument(question) {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    tools: [CALC_TOOL],
    messages: [{ role: "user", content: question }],
  });
  const call = msg.content.find((b) => b.type === "tool_use");
  if (!call) return null;
  const { formula: userFormula } = call.input;
  // llmsafe-expect: llm-output-code-execution
  return vm.runInNewContext(String(userFormula), { Math });
}

export async function stringTimer(question) {
  const handler = await ask("Name the function to call when the timer fires.", question);
  // llmsafe-expect: llm-output-code-execution
  setTimeout(`${handler.toString().trim()}()`, 1000);
}

export async function pluginPath(question) {
  const name = await ask("Which plugin should handle the request? Reply with its file name.", question);
  // llmsafe-expect: llm-output-code-execution
  return import(`./plugins/${name ?? "default"}.js`);
}

export async function runInThisContext(question) {
  const { output_text } = await openai.responses.create({ model: "gpt-4.1-mini", input: question });
  // llmsafe-expect: llm-output-code-execution
  return vm.runInThisContext(output_text?.trim() ?? "undefined");
}
