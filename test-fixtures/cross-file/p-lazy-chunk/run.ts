// The LLM helper is loaded lazily, with a bundler's magic comment before the relative specifier.
import { exec } from "node:child_process";

export async function runTask(task: string) {
  const { suggestCommand } = await import(/* webpackChunkName: "llm" */ "./llm");
  // llmsafe-expect: llm-output-command-injection
  exec(await suggestCommand(task));
}
