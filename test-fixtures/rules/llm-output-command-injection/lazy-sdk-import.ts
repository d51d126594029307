// The SDK loaded on demand, with a bundler's magic comment before the specifier.
import { execSync } from "node:child_process";

export async function runSuggested(task: string, model: any) {
  const { generateText } = await import(/* webpackChunkName: "llm" */ "ai");
  const { text } = await generateText({ model, prompt: `Which shell command does this: ${task}?` });
  // llmsafe-expect: llm-output-command-injection
  execSync(text);
}
