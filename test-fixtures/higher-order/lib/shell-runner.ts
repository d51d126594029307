// lib/shell-runner.ts: runs a command line for the agent's shell tool.
import { exec } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);

export async function runShellCommand(command: string, timeoutMs = 30_000): Promise<string> {
  const { stdout, stderr } = await execAsync(command, { timeout: timeoutMs, maxBuffer: 1024 * 1024 });
  return stdout || stderr;
}
