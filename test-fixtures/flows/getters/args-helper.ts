// src/args.ts: typed access to a tool's raw arguments through getters, and a runner that uses it.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";

export class ToolArgs {
  private readonly raw: Record<string, unknown>;

  constructor(raw: Record<string, unknown>) {
    this.raw = raw;
  }

  get commandLine(): string | undefined {
    const v = this.raw.command_line;
    return v == null ? undefined : String(v);
  }

  get timeoutMs(): number {
    const n = Number(this.raw.timeout_ms);
    return Number.isNaN(n) ? 30_000 : n;
  }

  get isShellMode(): boolean {
    return Boolean(this.commandLine);
  }

  get logFile(): string {
    return "/var/log/runner/last.log";
  }
}

export function startLine(raw: Record<string, unknown>) {
  const args = new ToolArgs(raw);
  return spawn(String(args.commandLine), [], { shell: true, timeout: args.timeoutMs });
}

export const settings = {
  base: "/srv/runner",
  get logDir() {
    return `${this.base}/logs`;
  },
};

export async function lastLog() {
  return readFile(`${settings.logDir}/last.log`, "utf8");
}
