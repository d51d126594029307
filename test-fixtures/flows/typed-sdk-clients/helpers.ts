// Helpers that take the SDK client as a typed parameter, and a service whose client a dependency
// injector provides: no `new OpenAI()` or `new Anthropic()` in sight, and names no convention
// gives away (`gpt`, `writer`): only the declared types say they are clients.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { Ollama } from "ollama";
import { execSync } from "node:child_process";

export async function runGeneratedScript(gpt: OpenAI, task: string): Promise<unknown> {
  const completion = await gpt.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write a JavaScript expression that computes: ${task}` }],
  });
  const code = completion.choices[0].message.content ?? "";
  // llmsafe-expect: llm-output-code-execution
  return eval(code);
}

export async function listModelNames(openai: OpenAI): Promise<string> {
  // Not a model call: the account's model list.
  const page = await openai.models.list();
  const names = page.data.map((m) => m.id).join(", ");
  // llmsafe-expect-clean: llm-output-code-execution
  return eval(JSON.stringify(names));
}

export class ShellAssistant {
  constructor(private readonly writer: Anthropic) {}

  async run(goal: string): Promise<string> {
    const msg = await this.writer.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 512,
      messages: [{ role: "user", content: `Give one shell command that does: ${goal}` }],
    });
    const block = msg.content[0];
    const command = block.type === "text" ? block.text : "";
    // llmsafe-expect: llm-output-command-injection
    return execSync(command).toString();
  }
}

/** A project class that happens to share the SDK's name is not the SDK's client. */
class Anthropic2 {
  messages = { create: async (_: unknown) => ({ content: [{ type: "text" as const, text: "ls" }] }) };
}

export async function localFake(client: Anthropic2): Promise<string> {
  const msg = await client.messages.create({ model: "local" });
  // llmsafe-expect-clean: llm-output-command-injection
  return execSync(msg.content[0].text).toString();
}

export async function evaluateFormula(local: Ollama, question: string): Promise<unknown> {
  const res = await local.chat({ model: "llama3.1", messages: [{ role: "user", content: `As a JS expression: ${question}` }] });
  // llmsafe-expect: llm-output-code-execution
  return eval(res.message.content);
}
