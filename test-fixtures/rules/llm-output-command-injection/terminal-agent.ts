// src/agent/terminal.ts: a coding agent that runs the model's suggestions in the user's login shell.
import { generateText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { spawn, spawnSync, execFile, type ChildProcess } from "node:child_process";
import { z } from "zod";
import { commandLineFor, getShellConfiguration, searchCommandFor } from "./lib/terminal";

const LOGIN_SHELL = "/bin/zsh";
const GIT = "git";
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";

function collect(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("close", () => resolve(out));
  });
}

async function suggest(task: string): Promise<string> {
  const { text } = await generateText({ model: openai("gpt-4.1"), system: "Reply with one shell command.", prompt: task });
  return text.trim();
}

/** Runs a command line in the given shell; login shells read the user's profile first. */
function runInShell(command: string, shellPath = "/bin/bash") {
  return collect(spawn(shellPath, ["-l", "-c", command], { stdio: ["ignore", "pipe", "pipe"] }));
}

/** Same helper shape, but the program is the caller's choice and no default names a shell. */
function runProgram(program: string, args: string[]) {
  return collect(spawn(program, args));
}

export async function runSuggestion(task: string) {
  const command = await suggest(task);

  // llmsafe-expect: llm-output-command-injection
  await collect(spawn(LOGIN_SHELL, ["-l", "-c", command]));

  const userShell = process.env.SHELL ?? "/bin/bash";
  // llmsafe-expect: llm-output-command-injection
  await collect(spawn(userShell, ["-c", command], { env: process.env }));

  // llmsafe-expect: llm-output-command-injection
  spawnSync("bash", ["-lc", command], { stdio: "inherit" });

  // llmsafe-expect: llm-output-command-injection
  spawnSync("/usr/local/bin/bash", ["--noprofile", "-c", command], { stdio: "inherit" });

  const shell = process.platform === "win32" ? "cmd.exe" : "/bin/sh";
  // llmsafe-expect: llm-output-command-injection
  await collect(spawn(shell, [process.platform === "win32" ? "/c" : "-c", command]));

  // llmsafe-expect: llm-output-command-injection
  await runInShell(command);

  const { executable, argsPrefix } = getShellConfiguration();
  // llmsafe-expect: llm-output-command-injection
  await collect(spawn(executable, [...argsPrefix, command]));

  // Through a helper in another file that returns the command line: reported where the text goes in.
  // llmsafe-expect: llm-output-command-injection
  const line = commandLineFor(command);
  await collect(spawn(line.executable, line.args, { windowsVerbatimArguments: true }));
}

// ---- look alike, run no shell on the model's text -------------------------------------------

export async function runSuggestionSafely(task: string) {
  const suggestion = await suggest(task);

  // git's own -c sets a configuration value; the model's text is one argument to `git log`.
  // llmsafe-expect-clean: llm-output-command-injection
  await collect(spawn(GIT, ["-c", "core.pager=cat", "log", "--grep", suggestion]));

  // llmsafe-expect-clean: llm-output-command-injection
  await collect(spawn(FFMPEG, ["-i", "input.mp4", "-metadata", `title=${suggestion}`, "out.mp4"]));

  // The shell's script is a constant; the model's text arrives as $1, which the script quotes.
  // llmsafe-expect-clean: llm-output-command-injection
  spawnSync("bash", ["-c", 'grep -rn -- "$1" docs/', "grep-docs", suggestion], { stdio: "inherit" });

  // A shell with no -c reads a script file; the model chose nothing of the command line.
  // llmsafe-expect-clean: llm-output-command-injection
  await collect(spawn(process.env.SHELL ?? "/bin/sh", ["scripts/doctor.sh"], { env: { ...process.env, TOPIC: suggestion } }));

  const search = searchCommandFor(suggestion, "src");
  // llmsafe-expect-clean: llm-output-command-injection
  await collect(spawn(search.executable, search.args));

  // llmsafe-expect-clean: llm-output-command-injection
  await runProgram("rg", ["--", suggestion, "src"]);

  // llmsafe-expect-clean: llm-output-command-injection
  execFile(LOGIN_SHELL, ["-c", "uptime"], () => undefined);
}

export const shellTool = tool({
  description: "Run a command in the user's shell",
  inputSchema: z.object({ command: z.string() }),
  needsApproval: true,
  // llmsafe-expect-also: llm-output-command-injection
  execute: async ({ command }) => runInShell(command, process.env.SHELL),
});
