// app/agent/tools.ts: coding agent for the monorepo. Every tool that starts a process asks the user first.
import { generateText, stepCountIs, tool } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { exec, execFile, execSync, spawn, type ChildProcess } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const REPO = "/srv/checkout";

function collect(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out));
  });
}

export const runCommand = tool({
  description: "Run a shell command in the repository and return its output",
  inputSchema: z.object({ command: z.string() }),
  needsApproval: true,
  execute: async ({ command }) => {
    // llmsafe-expect: llm-output-command-injection
    const { stdout, stderr } = await execAsync(command, { cwd: REPO, timeout: 120_000 });
    return stdout + stderr;
  },
});

export const commitsBy = tool({
  description: "List recent commits by an author",
  inputSchema: z.object({ author: z.string(), limit: z.number().int().max(50).default(10) }),
  needsApproval: true,
  execute: async ({ author, limit }) => {
    // llmsafe-expect: llm-output-command-injection
    return execSync(`git log --oneline -n ${limit} --author="${author}"`, { cwd: REPO, encoding: "utf8" });
  },
});

export const commitsBySafe = tool({
  description: "List recent commits by an author",
  inputSchema: z.object({ author: z.string(), limit: z.number().int().max(50).default(10) }),
  needsApproval: true,
  execute: async ({ author, limit }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    const { stdout } = await execFileAsync("git", ["log", "--oneline", "-n", String(limit), `--author=${author}`], { cwd: REPO });
    return stdout;
  },
});

export const runTests = tool({
  description: "Run the test suite, optionally filtered by a test name pattern",
  inputSchema: z.object({ pattern: z.string().optional() }),
  needsApproval: true,
  execute: async ({ pattern }) => {
    // llmsafe-expect: llm-output-command-injection
    return collect(spawn(`npx vitest run ${pattern ? `-t "${pattern}"` : ""}`, { shell: true, cwd: REPO }));
  },
});

export const runTestsSafe = tool({
  description: "Run the test suite, optionally filtered by a test name pattern",
  inputSchema: z.object({ pattern: z.string().optional() }),
  needsApproval: true,
  execute: async ({ pattern }) => {
    const args = ["vitest", "run", ...(pattern ? ["-t", pattern] : [])];
    // llmsafe-expect-clean: llm-output-command-injection
    return collect(spawn("npx", args, { cwd: REPO }));
  },
});

export const runTestsFiltered = tool({
  description: "Run the test suite with a filter passed through the environment",
  inputSchema: z.object({ filter: z.string() }),
  needsApproval: true,
  execute: async ({ filter }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    return execSync("npm test --silent", { cwd: REPO, encoding: "utf8", env: { ...process.env, TEST_FILTER: filter } });
  },
});

export const runScript = tool({
  description: "Run one of the package.json scripts with extra arguments",
  inputSchema: z.object({ script: z.string(), args: z.array(z.string()).default([]) }),
  needsApproval: true,
  execute: async (input) => {
    const { script, args } = input;
    const line = `npm run ${script} -- ${args.join(" ")}`;
    return new Promise<string>((resolve) => {
      // llmsafe-expect: llm-output-command-injection
      exec(line, { cwd: REPO }, (error, stdout, stderr) => resolve(error ? stderr : stdout));
    });
  },
});

export const searchCode = tool({
  description: "Search the repository with ripgrep",
  inputSchema: z.object({ query: z.string() }),
  needsApproval: true,
  execute: async ({ query }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    return collect(spawn("rg", ["--line-number", "--max-count", "50", "--", query, REPO]));
  },
});

export async function workOn(task: string) {
  // llmsafe-expect-clean: llm-output-command-injection
  const status = execSync("git status --porcelain", { cwd: REPO, encoding: "utf8" });
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    system: "You are a careful coding agent. Explain each command before you run it.",
    messages: [
      { role: "user", content: task },
      { role: "user", content: `Current git status:\n${status}` },
    ],
    tools: { runCommand, commitsBy, commitsBySafe, runTests, runTestsSafe, runTestsFiltered, runScript, searchCode },
    stopWhen: stepCountIs(20),
  });
  return text;
}
