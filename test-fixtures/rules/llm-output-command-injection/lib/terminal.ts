// lib/terminal.ts: how the agent's terminal starts a command on each platform.
import os from "node:os";

export interface ShellConfiguration {
  executable: string;
  argsPrefix: string[];
}

/** The user's shell on this platform, and the flags that make it run one command string. */
export function getShellConfiguration(): ShellConfiguration {
  if (os.platform() === "win32") {
    return { executable: "powershell.exe", argsPrefix: ["-NoProfile", "-Command"] };
  }
  return { executable: "bash", argsPrefix: ["-c"] };
}

/** Program and arguments for one command line, ready for spawn(). */
export function commandLineFor(command: string): { executable: string; args: string[] } {
  const isWindows = process.platform === "win32";
  const executable = isWindows ? process.env.ComSpec ?? "cmd.exe" : "/bin/sh";
  return { executable, args: isWindows ? ["/d", "/s", "/c", command] : ["-c", command] };
}

/** ripgrep with a pattern: one program, an argument array, no shell in between. */
export function searchCommandFor(pattern: string, dir: string): { executable: string; args: string[] } {
  return { executable: "rg", args: ["--json", "--", pattern, dir] };
}
