// The command line: the usage text, and argv parsed into the options of a run (or one of the
// commands that describe rather than lint). Every mistake is a UsageError (exit 2).
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { rules } from "../../../rules/index";
import type { SeveritySetting } from "../engine/types";
import { parseExtensions, UsageError } from "./files";

export const FORMATS = ["stylish", "json", "sarif", "html", "github", "compact"] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: llmsafe [paths|globs...] [options]     (default path: .)
       llmsafe init | --list-rules | --print-config <file|folder>
       llmsafe mcp [--root <dir>]...    MCP server for coding agents (docs/agents.md)

Finds LLM safety problems (prompt injection, unsafe use of model output, leaked keys,
over-powered tools) in JavaScript and TypeScript, following data across files.

Output:
  -f, --format <name>        stylish (default), json, sarif, html, github, compact
                             (html: one self-contained page, e.g. -f html -o llmsafe-report.html)
  -o, --output-file <file>   write the report to a file instead of stdout
      --quiet                report errors only
      --max-warnings <n>     exit 1 only if there are more than n warnings
Configuration:
  -c, --config <file>        use this .llmsaferc.json (default: nearest one from the current folder)
      --no-config            use no configuration file
      --rule <id>:<severity> override a rule (off, info, warning, error); repeatable
      --ext <.ts,.tsx,...>   extensions to lint in folders (default: ts tsx mts cts js jsx mjs cjs)
Which files:
      --staged               lint what is staged in git, as staged (for pre-commit hooks)
      --changed-since <ref>  lint files changed since a git ref (e.g. origin/main)
Fixes and adoption:
      --fix                  apply the safe fixes (never the suggestions)
      --fix-dry-run          print the diff --fix would apply, change nothing
      --baseline <file>      report only findings not recorded in this baseline
      --update-baseline      record the current findings in the --baseline file
Speed:
      --cache                reuse results for unchanged files (node_modules/.cache/llmsafe)
      --cache-location <f>   where to keep the cache file
      --jobs <n>             analyse on n worker threads (default: half the cores, at least 1)
Other:
      --list-rules           print the rules: id, severity, survey section
      --print-config <path>  print the configuration that applies to a file (or the files of a folder)
      --debug                show stack traces and timings on errors
  -h, --help                 show this help
  -v, --version              print the version

Exit codes: 0 no problems (or warnings within --max-warnings), 1 problems found,
2 usage, configuration or internal error.
`;

export interface Options {
  format: Format;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  config?: string;
  noConfig: boolean;
  ruleOverrides: Record<string, SeveritySetting>;
  exts: string[];
  staged: boolean;
  changedSince?: string;
  fix: boolean;
  fixDryRun: boolean;
  baseline?: string;
  updateBaseline: boolean;
  cache: boolean;
  cacheLocation?: string;
  jobs: number;
  debug: boolean;
  force: boolean;
}

/** What argv asks for: a run's options and paths, plus the flags that replace a run. */
export interface CommandLine {
  opts: Options;
  positionals: string[];
  help: boolean;
  version: boolean;
  listRules: boolean;
  printConfig?: string;
}

/**
 * Worker threads by default. Each one is a V8 isolate with its own copy of the parser's JIT code
 * to warm up, and keeps about 1.5 cores busy (background compilation and GC): on 2 cores one
 * worker finishes first (SDK corpus: 14.8 s with one, 16.3 s with two), so use half the cores.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, Math.floor(cores / 2));
}

function parseArgv(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        quiet: { type: "boolean" },
        "max-warnings": { type: "string" },
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        rule: { type: "string", multiple: true },
        ext: { type: "string", multiple: true },
        staged: { type: "boolean" },
        "changed-since": { type: "string" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        jobs: { type: "string", short: "j" },
        "list-rules": { type: "boolean" },
        "print-config": { type: "string" },
        debug: { type: "boolean" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
}

function wholeNumber(name: string, s: string | undefined, min: number): number | undefined {
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s.trim()) || Number(s) < min) throw new UsageError(`--${name} takes a whole number${min ? ` of at least ${min}` : ""}, not "${s}"`);
  return Number(s);
}

/** `--rule <id>:<severity>`, repeatable. */
function parseRuleOverrides(specs: string[]): Record<string, SeveritySetting> {
  const ruleIds = new Set(rules.map((r) => r.id));
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const spec of specs) {
    const m = /^([\w-]+)\s*[:=]\s*(off|error|warning|warn|info)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule "${spec}": expected <rule-id>:<off|info|warning|error>`);
    if (!ruleIds.has(m[1])) throw new UsageError(`--rule "${spec}": unknown rule id "${m[1]}" (llmsafe --list-rules shows them)`);
    ruleOverrides[m[1]] = m[2] === "warn" ? "warning" : (m[2] as SeveritySetting);
  }
  return ruleOverrides;
}

export function parseCommandLine(argv: string[]): CommandLine {
  const args = parseArgv(argv);
  const v = args.values;
  const format = (v.format ?? "stylish") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${v.format}" (expected ${FORMATS.join(", ")})`);
  const ruleOverrides = parseRuleOverrides(v.rule ?? []);
  if (v.staged && v["changed-since"]) throw new UsageError("--staged and --changed-since cannot be combined");
  if (v.fix && v.staged) throw new UsageError("--fix cannot be combined with --staged: the staged content is not the file on disk (run --fix, then stage the result)");
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be combined");
  if (v["update-baseline"] && !v.baseline) throw new UsageError("--update-baseline needs --baseline <file>");
  if (v.config && v["no-config"]) throw new UsageError("--config and --no-config cannot be combined");
  const opts: Options = {
    format,
    outputFile: v["output-file"],
    quiet: !!v.quiet,
    maxWarnings: wholeNumber("max-warnings", v["max-warnings"], 0) ?? -1,
    config: v.config,
    noConfig: !!v["no-config"],
    ruleOverrides,
    exts: parseExtensions(v.ext),
    staged: !!v.staged,
    changedSince: v["changed-since"],
    fix: !!v.fix,
    fixDryRun: !!v["fix-dry-run"],
    baseline: v.baseline,
    updateBaseline: !!v["update-baseline"],
    cache: !!v.cache || !!v["cache-location"],
    cacheLocation: v["cache-location"],
    jobs: wholeNumber("jobs", v.jobs, 1) ?? defaultJobs(availableParallelism()),
    debug: !!v.debug,
    force: !!v.force,
  };
  return { opts, positionals: args.positionals, help: !!v.help, version: !!v.version, listRules: !!v["list-rules"], printConfig: v["print-config"] };
}
