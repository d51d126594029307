// lib/agent/git-tools.ts: repository history tools for a coding assistant (AI SDK tools). Each
// runs git with a fixed subcommand and an argument array, no shell.
import { tool } from "ai";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);
const REPO = "/srv/app";
const EXPORTS = "/srv/app/exports";

// ---- read-only git, no approval needed ---------------------------------------------------

// llmsafe-expect-clean: excessive-agency-tool
export const recentCommits = tool({
  description: "List the latest commits",
  inputSchema: z.object({ count: z.number().int().max(50) }),
  execute: async ({ count }) => (await run("git", ["log", "--oneline", "-n", String(count)], { cwd: REPO })).stdout,
});

// llmsafe-expect-clean: excessive-agency-tool
export const fileDiff = tool({
  description: "Show the uncommitted changes to one file",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => (await run("git", ["diff", "--stat", "--", path.basename(file)], { cwd: REPO })).stdout,
});

// df's --output is a list of columns, not a file.
// llmsafe-expect-clean: excessive-agency-tool
export const diskUsage = tool({
  description: "Show free space on the repository's disk",
  inputSchema: z.object({}),
  execute: async () => (await run("df", ["--output=source,size,pcent", REPO])).stdout,
});

// ---- git that writes a file ---------------------------------------------------------------

// `--output=` makes git log write its output to a file the model names.
// llmsafe-expect: excessive-agency-tool
export const exportLog = tool({
  description: "Save the commit log of the repository",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => (await run("git", ["log", "--oneline", "--output=" + file], { cwd: REPO })).stdout,
});

// The same flag written as a template, with the path under a fixed folder.
// llmsafe-expect: excessive-agency-tool
export const exportDiff = tool({
  description: "Save the current diff as a patch",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const args = ["diff", `--output=${EXPORTS}/${path.basename(name)}.patch`];
    return (await run("git", args, { cwd: REPO })).stdout;
  },
});
