// `llmsafe [paths...]`: the command-line front end on the same engine as the language server.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { rules } from "../../../rules/index";
import { ConfigError, defaultConfig, findConfigFile, loadConfigFile, type ResolvedConfig } from "../engine/config";
import { Project } from "../engine/project";
import type { FileResult } from "../engine/types";
import { collectFiles, fsHost } from "../node-host";
import { formatJson, formatStylish } from "./format";

const USAGE = `Usage: llmsafe [paths...] [options]

Finds LLM safety problems (prompt injection, unsafe use of model output, leaked keys,
over-powered tools) in JavaScript and TypeScript.

Options:
  -f, --format <stylish|json>  output format (default: stylish)
  -c, --config <file>          use this .llmsaferc.json instead of searching for one
      --no-config              ignore .llmsaferc.json files
      --max-warnings <n>       exit 1 if there are more than n warnings
  -h, --help                   show this help
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
}

export function run(argv: string[], io: CliIO): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        "max-warnings": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    io.stderr(`llmsafe: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = args.values.format!;
  if (format !== "stylish" && format !== "json") {
    io.stderr(`llmsafe: unknown format "${format}" (expected stylish or json)\n`);
    return 2;
  }
  const maxWarnings = args.values["max-warnings"] !== undefined ? Number(args.values["max-warnings"]) : -1;
  if (Number.isNaN(maxWarnings)) {
    io.stderr("llmsafe: --max-warnings takes a number\n");
    return 2;
  }
  const paths = args.positionals.length ? args.positionals.map((p) => resolve(io.cwd, p)) : [io.cwd];
  for (const p of paths) {
    if (!existsSync(p)) {
      io.stderr(`llmsafe: no such file or directory: ${p}\n`);
      return 2;
    }
  }
  let config: ResolvedConfig = defaultConfig();
  const ruleIds = rules.map((r) => r.id);
  try {
    if (args.values.config) config = loadConfigFile(resolve(io.cwd, args.values.config), ruleIds);
    else if (!args.values["no-config"]) {
      const found = findConfigFile(existsSync(paths[0]) && !paths[0].match(/\.[cm]?[jt]sx?$/) ? paths[0] : dirname(paths[0]));
      if (found) config = loadConfigFile(found, ruleIds);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`llmsafe: invalid configuration\n${e.problems.map((p) => `  ${e.path}: ${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("\n")}\n`);
      return 2;
    }
    throw e;
  }
  const root = commonRoot(paths);
  const project = new Project({ root, host: fsHost(root), config });
  const files = collectFiles(paths).filter((f) => !project.isIgnored(f));
  const results: FileResult[] = project.analyzeAll(files);
  io.stdout(format === "json" ? formatJson(results) : formatStylish(results, { cwd: io.cwd, color: io.isTTY }));
  const active = results.flatMap((r) => r.findings.filter((f) => !f.suppressed));
  const errors = active.filter((f) => f.severity === "error").length + results.flatMap((r) => r.notices).filter((n) => n.severity === "error").length;
  const warnings = active.filter((f) => f.severity === "warning").length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 ? warnings > maxWarnings : false) return 1;
  return warnings > 0 && maxWarnings < 0 ? 1 : 0;
}

function commonRoot(paths: string[]): string {
  const dirs = paths.map((p) => (/\.[cm]?[jt]sx?$/.test(p) ? dirname(p) : p));
  let root = dirs[0];
  for (const d of dirs.slice(1)) while (!(d === root || d.startsWith(root + "/"))) root = dirname(root);
  return root;
}
