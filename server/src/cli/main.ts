// `llmsafe [paths|globs...]`: the command-line front end on the same engine as the language
// server. This module owns the flow of a run (options, files, cache, workers, fixes, baseline,
// output, exit code); the analysis itself runs in worker.ts, the formats live in format.ts/sarif.ts.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { version } from "../../../package.json";
import { rules } from "../../../rules/index";
import { ConfigError, configIgnoreMatcher, defaultConfig, findConfigFile, configFilesUpTo, findGitRoot, findProjectConfigFile, nestedConfigFiles, loadConfigFile, loadScopedConfigs, withRuleOverrides, type ResolvedConfig } from "../engine/config";
import type { FileResult, Finding, SeveritySetting } from "../engine/types";
import { readBaseline, writeBaseline } from "./baseline";
import { defaultCacheLocation, fileKey, ResultCache, runKey } from "./cache";
import { discoverFiles, findProjectRoot, IgnoreRules, isMinifiedName, looksMinified, parseExtensions, SKIP_DIRS, UsageError } from "./files";
import { insideRoot } from "../inside-root";
import { fingerprintFindings, relPath } from "./fingerprint";
import { applySafeFixes, unifiedDiff } from "./fix";
import { formatCompact, formatGithub, formatJson, formatStylish, printable, summaryCounts, type FormatContext } from "./format";
import { changedSince, gitRoot, stagedView } from "./git";
import { buildGraph, closureHashes, planWork, workersWorthIt, type SourceReader } from "./graph";
import { init, listRules, printConfig } from "./init";
import { InternalError, runInProcess, WorkerPool } from "./pool";
import { Progress } from "./progress";
import { formatSarif } from "./sarif";
import type { AnalysisSetup } from "./worker";

const FORMATS = ["stylish", "json", "sarif", "github", "compact"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: llmsafe [paths|globs...] [options]     (default path: .)
       llmsafe init | --list-rules | --print-config <file|folder>

Finds LLM safety problems (prompt injection, unsafe use of model output, leaked keys,
over-powered tools) in JavaScript and TypeScript, following data across files.

Output:
  -f, --format <name>        stylish (default), json, sarif, github, compact
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

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** stdout is a terminal: colours in stylish output. */
  isTTY: boolean;
  /** stderr is a terminal: progress indicator for long scans. */
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
}

interface Options {
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

/**
 * Worker threads by default. Each one is a V8 isolate with its own copy of the parser's JIT code
 * to warm up, and keeps about 1.5 cores busy (background compilation and GC): on 2 cores one
 * worker finishes first (SDK corpus: 14.8 s with one, 16.3 s with two), so use half the cores.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, Math.floor(cores / 2));
}

function parseOptions(argv: string[]) {
  let args;
  try {
    args = parseArgs({
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
  const v = args.values;
  const format = (v.format ?? "stylish") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${v.format}" (expected ${FORMATS.join(", ")})`);
  const int = (name: string, s: string | undefined, min: number): number | undefined => {
    if (s === undefined) return undefined;
    if (!/^\d+$/.test(s.trim()) || Number(s) < min) throw new UsageError(`--${name} takes a whole number${min ? ` of at least ${min}` : ""}, not "${s}"`);
    return Number(s);
  };
  const ruleIds = new Set(rules.map((r) => r.id));
  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const spec of v.rule ?? []) {
    const m = /^([\w-]+)\s*[:=]\s*(off|error|warning|warn|info)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule "${spec}": expected <rule-id>:<off|info|warning|error>`);
    if (!ruleIds.has(m[1])) throw new UsageError(`--rule "${spec}": unknown rule id "${m[1]}" (llmsafe --list-rules shows them)`);
    ruleOverrides[m[1]] = m[2] === "warn" ? "warning" : (m[2] as SeveritySetting);
  }
  if (v.staged && v["changed-since"]) throw new UsageError("--staged and --changed-since cannot be combined");
  if (v.fix && v.staged) throw new UsageError("--fix cannot be combined with --staged: the staged content is not the file on disk (run --fix, then stage the result)");
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be combined");
  if (v["update-baseline"] && !v.baseline) throw new UsageError("--update-baseline needs --baseline <file>");
  if (v.config && v["no-config"]) throw new UsageError("--config and --no-config cannot be combined");
  const opts: Options = {
    format,
    outputFile: v["output-file"],
    quiet: !!v.quiet,
    maxWarnings: int("max-warnings", v["max-warnings"], 0) ?? -1,
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
    jobs: int("jobs", v.jobs, 1) ?? defaultJobs(availableParallelism()),
    debug: !!v.debug,
    force: !!v.force,
  };
  return { opts, positionals: args.positionals, help: !!v.help, version: !!v.version, listRules: !!v["list-rules"], printConfig: v["print-config"] };
}

function loadConfig(opts: Options, cwd: string): ResolvedConfig {
  const ruleIds = rules.map((r) => r.id);
  let config = defaultConfig();
  if (opts.config) {
    const p = resolve(cwd, opts.config);
    if (!existsSync(p)) throw new UsageError(`config file not found: ${opts.config}`);
    config = loadConfigFile(p, ruleIds);
  } else if (!opts.noConfig) {
    const found = findProjectConfigFile(cwd);
    if (found) config = loadConfigFile(found, ruleIds);
  }
  return withRuleOverrides(config, opts.ruleOverrides);
}

/**
 * Adds the nested .llmsaferc.json files: those between each linted folder and the project's
 * configuration and, inside a git repository, every one in the repository that .gitignore does
 * not exclude (their `models` apply project-wide, so a partial run such as --staged must see
 * what a full run sees, and the cache key stays the same). A broken file that applies to a
 * linted folder stops the run; one elsewhere is a warning and is left out. An explicit --config
 * is the whole configuration.
 */
function withNestedConfigs(config: ResolvedConfig, opts: Options, dirs: Iterable<string>, root: string, warn: (s: string) => void): ResolvedConfig {
  if (opts.config || opts.noConfig) return config;
  const dirList = [...dirs];
  const files = new Set(configFilesUpTo(dirList, config.path ? dirname(config.path) : root));
  if (findGitRoot(root)) {
    const ignore = new IgnoreRules(root);
    for (const f of nestedConfigFiles(root, (d) => ignore.ignores(d, true))) if (!ignore.ignores(f, false)) files.add(f);
  }
  const nested = loadScopedConfigs(config, [...files].sort(), rules.map((r) => r.id));
  const applies = (e: ConfigError) => dirList.some((d) => d === dirname(e.path) || d.startsWith(dirname(e.path) + sep));
  const fatal = nested.errors.find(applies);
  if (fatal) throw fatal;
  for (const e of nested.errors) warn(`llmsafe: warning: ${printable(e.message)} (left out: it applies to no linted file)\n`);
  return withRuleOverrides(nested.config, opts.ruleOverrides);
}

function commonRoot(paths: string[]): string {
  const dirs = paths.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  let root = dirs[0];
  for (const d of dirs.slice(1)) while (!(d === root || d.startsWith(root + sep))) root = dirname(root);
  return root;
}

const within = (root: string, p: string) => p === root || p.startsWith(root + sep);

/** Reads sources as the run sees them (overlay first, hidden files absent), each file once. */
function makeReader(overlay: Map<string, string>, hidden: Set<string>, root: string): SourceReader & { texts: Map<string, string | undefined> } {
  const texts = new Map<string, string | undefined>();
  const exists = new Map<string, boolean>();
  return {
    texts,
    read(path) {
      if (overlay.has(path)) return overlay.get(path);
      if (hidden.has(path)) return undefined;
      if (texts.has(path)) return texts.get(path);
      let t: string | undefined;
      try {
        // Never read through a link that leads out of the project.
        t = insideRoot(root, path) ? readFileSync(path, "utf8") : undefined;
      } catch {
        t = undefined;
      }
      texts.set(path, t);
      return t;
    },
    exists(path) {
      if (overlay.has(path)) return true;
      if (hidden.has(path)) return false;
      let e = exists.get(path);
      if (e === undefined) {
        try {
          e = statSync(path).isFile() && insideRoot(root, path);
        } catch {
          e = false;
        }
        exists.set(path, e);
      }
      return e;
    },
  };
}

function toolBuildHash(): string {
  try {
    return readFileSync(join(__dirname, "cli-worker.js"), "utf8");
  } catch {
    return version;
  }
}

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
  const env = io.env ?? process.env;
  const isInit = argv[0] === "init";
  const { opts, positionals, help, version: showVersion, listRules: showRules, printConfig: configFor } = parseOptions(isInit ? argv.slice(1) : argv);
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
  let config = loadConfig(opts, io.cwd);
  if (showRules) {
    io.stdout(listRules(config, opts.format === "json"));
    return 0;
  }
  if (configFor !== undefined) {
    const file = resolve(io.cwd, configFor);
    const root = findProjectRoot(io.cwd);
    // A folder: what applies to the files directly in it (its own nested config included).
    let isDir = false;
    try { isDir = statSync(file).isDirectory(); } catch { /* a file to be: its folder's configuration */ }
    const forFile = withNestedConfigs(config, opts, [isDir ? file : dirname(file)], root, io.stderr);
    const ignored = configIgnoreMatcher(forFile, root)(file) || new IgnoreRules(root).ignores(file, isDir);
    io.stdout(printConfig(forFile, file, ignored, isDir));
    return 0;
  }

  // ---------------------------------------------------------------- which files
  const timings: [string, number][] = [];
  const t0 = performance.now();
  const mark = (what: string) => timings.push([what, performance.now() - t0]);
  let root: string;
  let files: string[];
  let overlay = new Map<string, string>();
  let hidden = new Set<string>();
  const explicit = positionals.map((p) => resolve(io.cwd, p));
  if (opts.staged || opts.changedSince) {
    root = gitRoot(io.cwd);
    let changed: string[];
    if (opts.staged) {
      const view = stagedView(root);
      overlay = view.overlay;
      hidden = new Set(view.hidden);
      changed = view.staged;
    } else changed = changedSince(root, opts.changedSince!);
    const rules = new IgnoreRules(root);
    files = changed.filter((f) =>
      (!explicit.length || explicit.some((p) => within(p, f))) &&
      opts.exts.includes(f.slice(f.lastIndexOf(".")).toLowerCase()) && !/\.d\.[cm]?ts$/i.test(f) && !isMinifiedName(f) &&
      !relative(root, f).split(sep).slice(0, -1).some((s) => SKIP_DIRS.has(s) || s.startsWith(".")) &&
      !rules.ignores(f, false) && (overlay.has(f) || existsSync(f)));
  } else {
    const patterns = positionals.length ? positionals : ["."];
    root = findProjectRoot(io.cwd);
    const bases = patterns.map((p) => resolve(io.cwd, p.replace(/[*?[{].*$/, "") || "."));
    if (!bases.every((b) => within(root, b))) root = commonRoot(bases);
    const found = discoverFiles(patterns, { cwd: io.cwd, root, exts: opts.exts });
    for (const f of found.ignoredExplicit) io.stderr(`llmsafe: warning: ${printable(relative(io.cwd, f))} is ignored (.gitignore, .llmsafeignore or a skipped folder)\n`);
    files = found.files.filter((f) => {
      if (insideRoot(root, f)) return true;
      io.stderr(`llmsafe: warning: ${printable(relative(io.cwd, f))} is not read: it links to a file outside the project\n`);
      return false;
    });
  }
  config = withNestedConfigs(config, opts, new Set(files.map((f) => dirname(f))), root, io.stderr);
  const ignoredByConfig = configIgnoreMatcher(config, root);
  const reader = makeReader(overlay, hidden, root);
  files = files.filter((f) => !ignoredByConfig(f));
  // Minified or bundled text is build output even when its name does not say so.
  files = files.filter((f) => {
    const t = reader.read(f);
    return t === undefined || !looksMinified(t);
  });
  mark("files");
  // A big run without a cache: start the workers now, so they load the parser while the
  // main thread reads the import graph.
  let pool: WorkerPool | null = null;
  if (!opts.cache) {
    const n = Math.min(opts.jobs, workersWorthIt(files.reduce((sum, f) => sum + (reader.read(f)?.length ?? 0), 0)));
    if (n >= 1) pool = new WorkerPool(n);
  }

  // ---------------------------------------------------------------- analysis
  // LLMSAFE_PROGRESS_DELAY_MS only exists so tests can see the indicator without a slow scan.
  const progress = new Progress(io.stderrIsTTY ? io.stderr : null, ((v) => (v !== undefined && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : 1000))(env.LLMSAFE_PROGRESS_DELAY_MS));
  const cache = opts.cache ? new ResultCache(resolve(io.cwd, opts.cacheLocation ?? defaultCacheLocation(root))) : null;
  const runHash = runKey(toolBuildHash(), config, root);
  const memo = new Map<string, { key: string; result: FileResult }>();
  const analyse = async (which: string[], rd: SourceReader & { texts: Map<string, string | undefined> }, ov: Map<string, string>): Promise<Map<string, FileResult>> => {
    const graph = buildGraph(root, which, rd);
    const hashes = closureHashes(graph, root);
    const keys = new Map(which.map((f) => [f, fileKey(runHash, f, hashes.get(f)!)]));
    const out = new Map<string, FileResult>();
    const todo: string[] = [];
    for (const f of which) {
      const m = memo.get(f);
      const hit = m && m.key === keys.get(f) ? m.result : cache?.get(f, keys.get(f)!);
      if (hit) out.set(f, hit);
      else todo.push(f);
    }
    mark("graph+cache");
    if (todo.length) {
      const bins = planWork(graph, todo, (f) => rd.read(f)?.length ?? 0, opts.jobs);
      const setup: AnalysisSetup = { root, config, overlay: [...ov], hidden: [...hidden] };
      let done = 0;
      const fresh: FileResult[] = [];
      const onResults = (r: FileResult[], n: number) => {
        fresh.push(...r);
        progress.update((done += n), todo.length);
      };
      const big = workersWorthIt(bins.flat().reduce((n, u) => n + u.cost, 0)) > 0;
      if (bins.length > 1 || pool || big) {
        pool ??= new WorkerPool(bins.length);
        await pool.run(setup, bins, onResults, (f) => rd.read(f));
      } else if (bins.length) runInProcess(setup, bins[0], onResults);
      progress.finish();
      for (const r of fresh) {
        out.set(r.file, r);
        cache?.set(r.file, keys.get(r.file)!, r);
      }
      const units = bins.flat();
      mark(`analysis of ${todo.length} files: ${units.length} units on ${bins.length} workers, ${units.reduce((n, u) => n + u.order.length, 0)} file analyses, loads ${bins.map((b) => b.reduce((n, u) => n + u.cost, 0)).join("/")}`);
    }
    for (const [f, r] of out) memo.set(f, { key: keys.get(f)!, result: r });
    return out;
  };
  let byFile = await analyse(files, reader, overlay);

  // ---------------------------------------------------------------- fixes
  const fixed = new Map<string, string>();
  if (opts.fix || opts.fixDryRun) {
    for (let pass = 0; pass < 10; pass++) {
      let changed = false;
      for (const f of files) {
        const r = byFile.get(f);
        const text = fixed.get(f) ?? reader.read(f);
        if (!r || text === undefined) continue;
        const next = applySafeFixes(text, r.findings);
        if (next) {
          fixed.set(f, next.text);
          changed = true;
        }
      }
      if (!changed) break;
      const ov = new Map([...overlay, ...fixed]);
      byFile = await analyse(files, makeReader(ov, hidden, root), ov);
    }
    for (const [f, text] of fixed) {
      const before = reader.read(f) ?? "";
      if (text === before) continue;
      if (opts.fixDryRun) io.stdout(unifiedDiff(relPath(root, f), before, text));
      else writeFileSync(f, text);
    }
  }
  if (cache) cache.save();
  await pool?.close();

  // ---------------------------------------------------------------- baseline, quiet
  let results = files.map((f) => byFile.get(f)).filter((r): r is FileResult => !!r);
  const textOf = (f: string) => fixed.get(f) ?? reader.read(f);
  const fingerprints = fingerprintFindings(results, root, textOf);
  if (opts.updateBaseline) {
    const path = resolve(io.cwd, opts.baseline!);
    const n = writeBaseline(path, results, fingerprints, root);
    io.stderr(`llmsafe: recorded ${n} finding${n === 1 ? "" : "s"} in ${relative(io.cwd, path) || path}\n`);
  }
  const baselined = new Set<Finding>();
  if (opts.baseline && !opts.updateBaseline) {
    const known = readBaseline(resolve(io.cwd, opts.baseline));
    for (const r of results) for (const f of r.findings) if (!f.suppressed && known.has(fingerprints.get(f)!)) baselined.add(f);
  } else if (opts.updateBaseline) for (const r of results) for (const f of r.findings) if (!f.suppressed) baselined.add(f);
  if (opts.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), notices: r.notices.filter((n) => n.severity === "error") }));
  }

  // ---------------------------------------------------------------- output
  const ctx: FormatContext = { cwd: io.cwd, root, textOf, fingerprints, baselined };
  const color = !opts.outputFile && (env.FORCE_COLOR ? env.FORCE_COLOR !== "0" : io.isTTY && !env.NO_COLOR);
  let report: string;
  switch (opts.format) {
    case "json": report = formatJson(results, ctx); break;
    case "sarif": report = formatSarif(results, { ...ctx, version }); break;
    case "github": report = formatGithub(results, ctx); break;
    case "compact": report = formatCompact(results, ctx); break;
    default: report = formatStylish(results, { ...ctx, color, baselinedCount: baselined.size });
  }
  if (opts.outputFile) {
    const out = resolve(io.cwd, opts.outputFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report);
  } else if (!opts.fixDryRun || opts.format === "stylish" || opts.format === "compact") {
    // With --fix-dry-run stdout is the diff; a machine-readable report would not parse after it.
    io.stdout(report);
  } else io.stderr("llmsafe: --fix-dry-run prints the diff on stdout; use --output-file for the report\n");
  if (opts.debug) {
    io.stderr(`llmsafe: root ${root}, ${files.length} files, jobs ${opts.jobs}${cache ? `, cache ${cache.hits} hits / ${cache.misses} misses` : ""}\n`);
    for (const [what, ms] of timings) io.stderr(`  ${ms.toFixed(0).padStart(6)} ms  ${what}\n`);
  }

  // ---------------------------------------------------------------- exit code
  if (opts.updateBaseline) return 0;
  const { errors, warnings } = summaryCounts(results, ctx);
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0) return warnings > opts.maxWarnings ? 1 : 0;
  return warnings > 0 ? 1 : 0;
}
