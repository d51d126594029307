// src/run.ts: a process runner for an MCP server. The spawn options are built first and switched
// to a shell afterwards, in one branch, as runners that offer "command line" and "argv" modes do.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { spawn, type SpawnOptions } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "runner", version: "0.4.0" });

function runLine(commandLine: string | undefined, argv: string[] | undefined, cwd?: string) {
  const options: SpawnOptions = { stdio: ["ignore", "pipe", "pipe"] };
  if (cwd) options.cwd = cwd;
  let program = "";
  let args: string[] = [];
  if (commandLine) {
    (options as { shell?: boolean }).shell = true;
    program = commandLine;
  } else if (argv && argv.length) {
    options.shell = false;
    program = argv[0];
    args = argv.slice(1);
  }
  return spawn(program, args, options);
}

function runArgv(argv: string[]) {
  const options: SpawnOptions = { stdio: "pipe" };
  options.shell = false;
  return spawn("git", argv, options);
}

function runFixed(mode: "short" | "long") {
  const options: SpawnOptions = {};
  options.shell = true;
  return spawn(mode === "short" ? "git status -s" : "git status", [], options);
}

// llmsafe-expect: excessive-agency-tool
server.tool("run_process", { command_line: z.string().optional(), argv: z.array(z.string()).optional(), cwd: z.string().optional() }, async ({ command_line, argv, cwd }) => {
  // llmsafe-expect: llm-output-command-injection
  const child = runLine(command_line, argv, cwd);
  return { content: [{ type: "text", text: `started ${child.pid}` }] };
});

// llmsafe-expect: excessive-agency-tool
server.tool("git", { args: z.array(z.string()) }, async ({ args }) => {
  // llmsafe-expect-clean: llm-output-command-injection
  const child = runArgv(args);
  return { content: [{ type: "text", text: `started ${child.pid}` }] };
});

// llmsafe-expect: excessive-agency-tool
server.tool("status", { long: z.boolean() }, async ({ long }) => {
  // llmsafe-expect-clean: llm-output-command-injection
  const child = runFixed(long ? "long" : "short");
  return { content: [{ type: "text", text: `started ${child.pid}` }] };
});
