// lookalikes/llm-output-command-injection.ts: a release assistant's tools. Every tool asks the user
// first (needsApproval), so only the command construction is in question here.
import { openai } from "@ai-sdk/openai";
import { generateText, tool } from "ai";
import { exec, execFile, execFileSync, execSync, spawn } from "node:child_process";
import path from "node:path";
import { quote } from "shell-quote";
import { z } from "zod";
import { runGit, runShell } from "./lib/shell-kit";

const REPO = "/srv/app";
const SAFE_COMMANDS = {
  status: "git status --short",
  log: "git log --oneline -n 10",
  diffstat: "git diff --stat",
} as const;

// ---- look dangerous, are safe -------------------------------------------------------------

export const gitLogFor = tool({
  description: "Show the history of one file",
  inputSchema: z.object({ file: z.string() }),
  needsApproval: true,
  execute: async ({ file }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    return execFileSync("git", ["log", "--oneline", "--", file], { cwd: REPO, encoding: "utf8" });
  },
});

export const namedCommand = tool({
  description: "Run one of the predefined git commands",
  inputSchema: z.object({ name: z.string() }),
  needsApproval: true,
  execute: async ({ name }) => {
    if (!Object.hasOwn(SAFE_COMMANDS, name)) return `unknown command ${name}`;
    // llmsafe-expect-clean: llm-output-command-injection
    return execSync(SAFE_COMMANDS[name as keyof typeof SAFE_COMMANDS], { cwd: REPO, encoding: "utf8" });
  },
});

export const grepQuoted = tool({
  description: "Search the repository",
  inputSchema: z.object({ pattern: z.string() }),
  needsApproval: true,
  execute: async ({ pattern }) =>
    new Promise<string>((resolve) => {
      // Engine: shell-quote's quote([x]) is not recognised as shell escaping.
      // llmsafe-expect-clean: llm-output-command-injection
      exec(`grep -rn -- ${quote([pattern])} src`, { cwd: REPO }, (_e, stdout) => resolve(stdout));
    }),
});

export const lintFile = tool({
  description: "Lint one file",
  inputSchema: z.object({ file: z.string() }),
  needsApproval: true,
  execute: async ({ file }) =>
    new Promise<string>((resolve) => {
      let out = "";
      // llmsafe-expect-clean: llm-output-command-injection
      const child = spawn("npx", ["eslint", "--format", "compact", file], { cwd: REPO });
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve(out));
    }),
});

export const showCommit = tool({
  description: "Show a commit",
  inputSchema: z.object({ sha: z.string().regex(/^[0-9a-f]{7,40}$/) }),
  needsApproval: true,
  // llmsafe-expect-clean: llm-output-command-injection
  execute: async ({ sha }) => runGit(["show", "--stat", sha]),
});

// ---- look safe, are dangerous -------------------------------------------------------------

export const checkoutBranch = tool({
  description: "Check out a branch",
  inputSchema: z.object({ branch: z.string().min(1).max(100) }),
  needsApproval: true,
  execute: async (input) => {
    const { branch: target } = input;
    // llmsafe-expect: llm-output-command-injection
    return execSync(`git checkout ${target}`, { cwd: REPO, encoding: "utf8" });
  },
});

export const formatFiles = tool({
  description: "Format several files with prettier",
  inputSchema: z.object({ files: z.array(z.string()) }),
  needsApproval: true,
  execute: async ({ files }) => {
    const list = files.map((f) => `"${f}"`).join(" ");
    return new Promise<string>((resolve) => {
      // llmsafe-expect: llm-output-command-injection
      exec(`npx prettier --write ${list}`, { cwd: REPO }, (_e, stdout) => resolve(stdout));
    });
  },
});

export const bashDashC = tool({
  description: "Run a build step",
  inputSchema: z.object({ step: z.string() }),
  needsApproval: true,
  execute: async ({ step }) =>
    new Promise<string>((resolve) => {
      // llmsafe-expect: llm-output-command-injection
      execFile("bash", ["-c", String(step)], { cwd: REPO }, (_e, stdout) => resolve(stdout));
    }),
});

export const spawnWithShell = tool({
  description: "Run the test suite for a package",
  inputSchema: z.object({ pkg: z.string().optional() }),
  needsApproval: true,
  execute: async ({ pkg }) =>
    new Promise<string>((resolve) => {
      // With shell: true, Node joins the array into one command line for the shell.
      // llmsafe-expect: llm-output-command-injection
      const child = spawn("npm", ["test", "-w", pkg?.trim() ?? "app"], { cwd: REPO, shell: true });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve(out));
    }),
});

export const spawnNoShell = tool({
  description: "Run the test suite for a package",
  inputSchema: z.object({ pkg: z.string().optional() }),
  needsApproval: true,
  execute: async ({ pkg }) =>
    new Promise<string>((resolve) => {
      // Without a shell each array element is one argument: nothing is parsed.
      // llmsafe-expect-clean: llm-output-command-injection
      const child = spawn("npm", ["test", "-w", pkg?.trim() ?? "app"], { cwd: REPO, shell: false });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve(out));
    }),
});

export const spawnShellOptionsOnly = tool({
  description: "Run the test suite in a folder",
  inputSchema: z.object({ dir: z.string() }),
  needsApproval: true,
  execute: async ({ dir }) =>
    new Promise<string>((resolve) => {
      // The model picks the working folder (a path question), not the command line.
      // llmsafe-expect-clean: llm-output-command-injection
      const child = spawn("npm test", { cwd: path.join(REPO, path.basename(dir)), shell: true });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve(out));
    }),
});

export const tagRelease = tool({
  description: "Tag a release",
  inputSchema: z.object({ version: z.string(), notes: z.string() }),
  needsApproval: true,
  // llmsafe-expect: llm-output-command-injection
  execute: async ({ version, notes }) => runShell(`git tag -a v${version} -m "${`Release ${version}: ${notes}`}"`),
});

// ---- a model's plan, parsed with an object schema ------------------------------------------

const MaintenancePlan = z.object({
  action: z.enum(["status", "log", "diff"]),
  limit: z.number().int().min(1).max(50),
  note: z.string(),
}).strict();

export async function runPlannedMaintenance() {
  const { text: planJson } = await generateText({ model: openai("gpt-4o-mini"), prompt: "Plan today's repository maintenance as JSON." });
  const plan = MaintenancePlan.parse(JSON.parse(planJson));
  // The enum and the number are closed: nothing else gets through parse().
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`git ${plan.action} -n ${plan.limit}`, { cwd: REPO });
  // The note is any string the model wrote.
  // llmsafe-expect: llm-output-command-injection
  execSync(`git notes add -m "${plan.note}"`, { cwd: REPO });
  const checked = MaintenancePlan.safeParse(JSON.parse(planJson));
  if (!checked.success) return;
  // llmsafe-expect-clean: llm-output-command-injection
  execSync(`git ${checked.data.action}`, { cwd: REPO });
}
