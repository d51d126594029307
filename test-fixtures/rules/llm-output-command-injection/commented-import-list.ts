// A value import whose list holds a comment that mentions `import type`.
import {
  // import type { ModelMessage } lives in ./types
  generateText,
} from "ai";
import { exec } from "node:child_process";

export async function runSuggested(task: string, model: any) {
  const { text } = await generateText({ model, prompt: `Which shell command does this: ${task}?` });
  // llmsafe-expect: llm-output-command-injection
  exec(text);
}
