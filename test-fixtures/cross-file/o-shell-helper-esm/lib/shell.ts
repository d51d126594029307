// lib/shell.ts: the one place the agent's tools start processes in the sandbox container.
import { exec } from "node:child_process";

export function run(cmd: string, cwd = "/sandbox"): Promise<string> {
  return new Promise((resolve, reject) => {
    // The finding belongs at each caller's argument, not here.
    // llmsafe-expect-clean: llm-output-command-injection
    exec(cmd, { cwd, timeout: 60_000 }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)));
  });
}
