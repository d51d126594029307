/* eslint-disable @typescript-eslint/no-explicit-any */ import { generateText } from "ai";
// The SDK import shares its line with a closed block comment: the line is code.
import { exec } from "node:child_process";

export async function runSuggested(task: string, model: any) {
  const { text } = await generateText({ model, prompt: `Which shell command does this: ${task}?` });
  // llmsafe-expect: llm-output-command-injection
  exec(text);
}
