// `llmsafe [paths|globs...]`: the command-line front end on the same engine as the language
// server. This module turns argv into one command (help, version, init, mcp, --list-rules,
// --print-config, or a lint run) and errors into exit codes. The parts of a run have modules of
// their own: options.ts (argv), run-config.ts (files and configuration), run.ts (analysis and
// fixes), analysis.ts (cache and workers), report.ts (output and exit code).
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { version } from "../../../package.json";
import { ConfigError, configIgnoreMatcher, type ResolvedConfig } from "../engine/config";
import { findProjectRoot, IgnoreRules, UsageError } from "./files";
import { init, listRules, printConfig } from "./init";
import type { CliIO } from "./io";
import { mcpCommand } from "./mcp-command";
import { parseCommandLine, USAGE, type Options } from "./options";
import { InternalError } from "./pool";
import { lint } from "./run";
import { loadConfig, withNestedConfigs } from "./run-config";

export type { CliIO } from "./io";

export async function run(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await runUnchecked(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`llmsafe: ${e.message}\n${/unknown option|unexpected argument/i.test(e.message) ? "Run llmsafe --help for the options.\n" : ""}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.stderr(`llmsafe: invalid configuration\n${e.problems.map((p) => `  ${e.path}: ${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("\n")}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`llmsafe: internal error: ${err?.message ?? String(e)}\n`);
    if (debug) io.stderr(`${(e instanceof InternalError && e.detail) || err?.stack || ""}\n`);
    else io.stderr("Run again with --debug for details, and please report it.\n");
    return 2;
  }
}

async function runUnchecked(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === "mcp") return mcpCommand(argv.slice(1), io);
  const isInit = argv[0] === "init";
  const { opts, positionals, help, version: showVersion, listRules: showRules, printConfig: configFor } = parseCommandLine(isInit ? argv.slice(1) : argv);
  if (help) {
    io.stdout(USAGE);
    return 0;
  }
  if (showVersion) {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (isInit) {
    if (positionals.length) throw new UsageError(`init takes no paths (got ${positionals.join(" ")})`);
    io.stdout(init(io.cwd, join(__dirname, "..", "schemas", "llmsaferc.schema.json"), opts.force));
    return 0;
  }
  const config = loadConfig(opts, io.cwd);
  if (showRules) {
    io.stdout(listRules(config, opts.format === "json"));
    return 0;
  }
  if (configFor !== undefined) {
    io.stdout(configForPath(configFor, config, opts, io));
    return 0;
  }
  return lint(opts, positionals, config, io);
}

/** --print-config: what applies to a file, or for a folder to the files directly in it (its own nested config included). */
function configForPath(target: string, config: ResolvedConfig, opts: Options, io: CliIO): string {
  const file = resolve(io.cwd, target);
  const root = findProjectRoot(io.cwd);
  let isDir = false;
  try { isDir = statSync(file).isDirectory(); } catch { /* a file to be: its folder's configuration */ }
  const forFile = withNestedConfigs(config, opts, [isDir ? file : dirname(file)], root, io.stderr);
  const ignored = configIgnoreMatcher(forFile, root)(file) || new IgnoreRules(root).ignores(file, isDir);
  return printConfig(forFile, file, ignored, isDir);
}
