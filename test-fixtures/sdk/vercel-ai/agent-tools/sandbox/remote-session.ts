// sandbox/remote-session.ts: the same interface backed by a hosted microVM; commands never touch this machine.
import { type Experimental_SandboxSession as SandboxSession } from "ai";
import type { Sandbox } from "@vercel/sandbox";

export class RemoteSandboxSession implements SandboxSession {
  constructor(public readonly sandbox: Sandbox) {}

  async run({ command }: { command: string }) {
    const proc = await this.spawn({ command });
    return proc.wait();
  }

  async spawn({ command, workingDirectory }: { command: string; workingDirectory?: string }) {
    // llmsafe-expect-clean: llm-output-command-injection
    const live = await this.sandbox.runCommand({ cmd: "bash", args: ["-c", command], cwd: workingDirectory ?? "/vercel/sandbox", detached: true });
    return { pid: 0, wait: async () => ({ exitCode: (await live.wait()).exitCode }) };
  }
}
