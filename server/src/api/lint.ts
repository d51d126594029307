// The programmatic API (`import { lint, Linter } from "llmsafe"`): paths or in-memory files in,
// ESLint-shaped results out (the same objects as `llmsafe --format json`). The ESLint plugin and
// the MCP server are built on it. It reads files but never writes, runs or requires them.
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { rules } from "../../../rules/index";
import { toEslintJson } from "../cli/format";
import { createProject } from "../defaults";
import { ConfigError, defaultConfig, loadConfigFile, withRuleOverrides, type ResolvedConfig } from "../engine/config";
import { IgnoreRules } from "../ignore-files";
import { loadFolderConfig } from "../project-config";
import type { Project } from "../engine/project";
import type { SeveritySetting } from "../engine/types";
import { collectFiles, fsHost, isSourceFile } from "../node-host";

export { ConfigError };

/** One linted file: ESLint's `LintResult` shape, plus llmsafe's own fields on each message. */
export type LintResult = ReturnType<typeof toEslintJson>[number];
export type LintMessage = LintResult["messages"][number];

export interface LinterOptions {
  /** The project root: imports are followed inside it, relative paths resolve from it. Default: process.cwd(). */
  cwd?: string;
  /** A .llmsaferc.json to use; default: the project's own (found from `cwd` upwards, nested ones merged); false: none. */
  config?: string | false;
  /** Per-rule severities on top of the configuration (`{ "unsafe-eval-of-output": "off" }`). */
  rules?: Record<string, SeveritySetting>;
}

export interface LintOptions extends LinterOptions {
  /** Files or folders on disk (folders are walked; build output and node_modules are skipped). */
  paths?: string[];
  /** In-memory files; each shadows the file on disk at that path, so imports between them are followed. */
  files?: { path: string; text: string }[];
}

const ruleIds = () => rules.map((r) => r.id);

/**
 * The configuration for `root`: the given file alone, or the project's own with the nested ones
 * merged, found as the CLI and the language server find them. An invalid project file throws; a
 * broken nested file is set aside in `deferred` (like the CLI, which stops only when a broken file
 * applies to a linted folder): linting a file under it throws its ConfigError.
 */
function loadConfig(root: string, opts: LinterOptions, ignore: IgnoreRules, deferred: ConfigError[]): ResolvedConfig {
  let config = defaultConfig();
  if (opts.config) config = loadConfigFile(resolve(root, opts.config), ruleIds());
  else if (opts.config !== false) {
    const found = loadFolderConfig(root, { below: true, ignore });
    const own = found.errors.find((e) => e.path === found.path);
    if (own) throw own;
    deferred.push(...found.errors);
    config = found.config;
  }
  return withRuleOverrides(config, opts.rules ?? {});
}

/**
 * One llmsafe project: files analysed once are reused across calls, and a file's text can be
 * given in memory (an editor buffer, code a coding agent is about to write). Not thread-safe.
 */
export class Linter {
  readonly root: string;
  readonly project: Project;
  private readonly overlay = new Map<string, string>();
  /** Nested .llmsaferc.json files that did not validate: an error for the files under them only. */
  private readonly brokenConfigs: ConfigError[] = [];
  /** .gitignore / .llmsafeignore: folders are walked as the CLI walks them. */
  private readonly ignoreFiles: IgnoreRules;
  private readonly host: ReturnType<typeof fsHost>;
  /** What the disk held (stat stamp) when a file was read from it, or when its memory text was set. */
  private readonly stamps = new Map<string, string>();

  /** Throws ConfigError (with the key's path) for an invalid configuration. */
  constructor(opts: LinterOptions = {}) {
    this.root = resolve(opts.cwd ?? process.cwd());
    this.ignoreFiles = new IgnoreRules(this.root);
    const disk = fsHost(this.root, this.overlay);
    this.host = {
      ...disk,
      readFile: (file) => {
        if (!this.overlay.has(file)) this.stamps.set(file, diskStamp(file));
        return disk.readFile(file);
      },
    };
    this.project = createProject({ root: this.root, host: this.host, config: loadConfig(this.root, opts, this.ignoreFiles, this.brokenConfigs) });
  }

  /** Sets (or with undefined, clears) a file's in-memory text; returns the files whose results may change. */
  setText(path: string, text: string | undefined): string[] {
    const file = this.abs(path);
    if (text !== undefined) this.stamps.set(file, diskStamp(file));
    if (text === undefined) this.overlay.delete(file);
    else if (this.overlay.get(file) === text) return [file];
    else this.overlay.set(file, text);
    return this.project.update(file, text ?? this.host.readFile(file));
  }

  /**
   * For a Linter kept across runs (an editor's ESLint server): files that changed on disk since
   * they were read, or since their memory text was set (a save, a checkout: the disk is now the
   * newer version, so the memory text is dropped), are read again. Returns the files whose results
   * may change.
   */
  refreshFromDisk(): string[] {
    const affected = new Set<string>();
    for (const [file, stamp] of [...this.stamps]) {
      if (diskStamp(file) === stamp) continue;
      this.overlay.delete(file);
      for (const f of this.project.update(file, this.host.readFile(file))) affected.add(f);
    }
    return [...affected];
  }

  /**
   * Data kept for later requests (sessions, tables): once an analysis read a store, the project's
   * files on disk that write to one are analysed too, so a file linted alone sees what the others
   * store. Returns the files whose results may have changed (for fronts that lint file by file).
   */
  primeStoredData(file?: string): string[] {
    // A page that fetches the app's own routes, linted before them (eval/own-routes.ts).
    const routed = file ? this.project.primeRoutes(this.abs(file), () => collectFiles([this.root])) : [];
    if (this.primed) return routed;
    const affected = this.project.primeStores(collectFiles([this.root]));
    if (affected.length || this.project.readsStores) this.primed = true;
    return [...new Set([...routed, ...affected])];
  }
  private primed = false;

  /** Lints one file with the given text (kept in memory for later calls and for files that import it). */
  lintText(path: string, text: string): LintResult {
    this.setText(path, text);
    return this.results([this.abs(path)])[0];
  }

  /** Lints files and folders on disk (and the in-memory files at those paths). */
  lintFiles(paths: string[]): LintResult[] {
    const files: string[] = [];
    for (const p of paths.map((q) => this.abs(q))) {
      if (this.overlay.has(p)) files.push(p);
      else if (existsSync(p) && statSync(p).isDirectory()) files.push(...collectFiles([p], undefined, (d) => this.ignoreFiles.ignores(d, true)).filter((f) => !this.ignoreFiles.ignores(f)));
      else if (existsSync(p) && isSourceFile(p)) files.push(p);
      else throw new Error(`llmsafe: no such file or folder: ${p}`);
    }
    return this.results([...new Set(files)].filter((f) => !this.project.isIgnored(f)));
  }

  private results(files: string[]): LintResult[] {
    for (const e of this.brokenConfigs) {
      const dir = dirname(e.path) + sep;
      if (files.some((f) => f.startsWith(dir))) throw e;
    }
    // With the text the analysis read (memory first), messages carry ESLint's `fix` (the safe
    // fix, what `llmsafe --fix` applies) and `suggestions`, as in `llmsafe --format json`.
    return toEslintJson(this.project.analyzeAll(files), { cwd: this.root, root: this.root, textOf: (f) => this.host.readFile(f) });
  }

  private abs(path: string): string {
    return isAbsolute(path) ? resolve(path) : resolve(this.root, path);
  }
}

/** A file's size and times on disk ("" when absent): what changes when anything writes it. */
function diskStamp(file: string): string {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` : "";
  } catch {
    return ""; // not a path on disk (a processor's virtual file such as README.md/0.ts)
  }
}

/** Lints `paths` and `files` once: results sorted by file path, in-memory files included. */
export async function lint(opts: LintOptions): Promise<LintResult[]> {
  const linter = new Linter(opts);
  for (const f of opts.files ?? []) linter.setText(f.path, f.text);
  const targets = [...(opts.paths ?? []), ...(opts.files ?? []).map((f) => f.path)];
  if (!targets.length) return [];
  return linter.lintFiles(targets).sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}
