// sandbox/host-session.ts: a sandbox session that runs the agent's commands on this machine.
import { spawn } from "node:child_process";
import { isAbsolute, join } from "node:path";
import { Readable } from "node:stream";
import { type Experimental_SandboxSession as SandboxSession } from "ai";

/** Not isolation: only the working directory is set. */
export class HostSandboxSession implements SandboxSession {
  readonly rootDirectory: string;

  constructor({ rootDirectory }: { rootDirectory: string }) {
    this.rootDirectory = rootDirectory;
  }

  private resolvePath(p: string): string {
    return isAbsolute(p) ? p : join(this.rootDirectory, p);
  }

  async spawn({ command, workingDirectory }: { command: string; workingDirectory?: string; abortSignal?: AbortSignal }) {
    // llmsafe-expect: llm-output-command-injection
    const child = spawn("bash", ["-c", command], {
      cwd: workingDirectory ?? this.rootDirectory,
      stdio: ["ignore", "pipe", "pipe"],
    });
    return {
      pid: child.pid,
      stdout: Readable.toWeb(child.stdout) as ReadableStream<Uint8Array>,
      stderr: Readable.toWeb(child.stderr) as ReadableStream<Uint8Array>,
      wait: () => new Promise<{ exitCode: number }>((resolve) => child.once("exit", (code) => resolve({ exitCode: code ?? 1 }))),
    };
  }
}
