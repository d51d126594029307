// lib/host-shell.ts: runs one command line on this machine (shared by the examples).
import { exec } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);

export async function runHostCommand(command: string, timeoutMs?: number) {
  try {
    const { stdout, stderr } = await execAsync(command, { timeout: timeoutMs ?? 60_000, maxBuffer: 10 * 1024 * 1024 });
    return { stdout, stderr, outcome: { type: "exit" as const, exitCode: 0 } };
  } catch (error: any) {
    return { stdout: error?.stdout ?? "", stderr: error?.stderr ?? String(error), outcome: { type: "exit" as const, exitCode: error?.code ?? 1 } };
  }
}
