// src/commands.ts: a slash-command bot whose commands are registered through a helper into a
// table, then run by the name the model picked, with the model's arguments.
import OpenAI from "openai";
import { exec } from "node:child_process";

const openai = new OpenAI();

interface Command { name: string; run: (args: Record<string, string>) => Promise<string> }

const commands = new Map<string, Command>();
const fixedReports = new Map<string, () => Promise<string>>();

function registerCommand(command: Command) {
  commands.set(command.name, command);
}

function registerReport(name: string, report: () => Promise<string>) {
  fixedReports.set(name, report);
}

registerCommand({
  name: "disk_usage",
  run: async (args) =>
    new Promise<string>((resolve) => exec(`du -sh ${args.path}`, (_err, out) => resolve(out))),
});

registerReport("uptime", async () => new Promise<string>((resolve) => exec("uptime", (_err, out) => resolve(out))));

export async function handleTurn(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [{ type: "function", function: { name: "disk_usage", parameters: { type: "object", properties: { path: { type: "string" } } } } }],
  });
  const call = completion.choices[0].message.tool_calls?.[0];
  if (!call) return completion.choices[0].message.content;
  const command = commands.get(call.function.name);
  if (!command) return "unknown command";
  // The registered command runs with the model's arguments: its shell line is the model's.
  // llmsafe-expect: llm-output-command-injection, unvalidated-llm-json
  return command.run(JSON.parse(call.function.arguments));
}

export async function dailyReport() {
  const report = fixedReports.get("uptime");
  // llmsafe-expect-clean: llm-output-command-injection
  return report ? report() : "";
}
