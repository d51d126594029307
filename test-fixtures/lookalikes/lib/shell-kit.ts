// lookalikes/lib/shell-kit.ts: process helpers used by the look-alike agents.
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export async function runShell(line: string) {
  // The finding belongs at each caller's argument, not here.
  // llmsafe-expect-clean: llm-output-command-injection
  const { stdout } = await execAsync(line, { cwd: "/srv/app", timeout: 30_000 });
  return stdout;
}

export async function runGit(args: string[]) {
  // llmsafe-expect-clean: llm-output-command-injection
  const { stdout } = await execFileAsync("git", args, { cwd: "/srv/app" });
  return stdout;
}
