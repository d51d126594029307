// What a run lints and with which configuration: the .llmsaferc.json files (the project's, the
// nested ones, or --config), the project root, and the files (from paths and globs, or from git
// for --staged and --changed-since), minus those ignored or minified.
import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { rules } from "../../../rules/index";
import { ConfigError, configIgnoreMatcher, defaultConfig, configFilesUpTo, findGitRoot, findProjectConfigFile, nestedConfigFiles, loadConfigFile, loadScopedConfigs, withRuleOverrides, type ResolvedConfig } from "../engine/config";
import { insideRoot } from "../inside-root";
import { discoverFiles, findProjectRoot, IgnoreRules, isMinifiedName, looksMinified, SKIP_DIRS, UsageError } from "./files";
import { printable } from "./format";
import { changedSince, gitRoot, stagedView } from "./git";
import type { Options } from "./options";
import { makeReader, type RunReader } from "./source-reader";
import { isWithin } from "../engine/within";

/** Everything a run needs to know before it analyses. */
export interface RunConfig {
  root: string;
  files: string[];
  config: ResolvedConfig;
  /** Text that replaces the file on disk (staged content). */
  overlay: Map<string, string>;
  /** Files the run treats as absent (deleted in the index). */
  hidden: Set<string>;
  reader: RunReader;
}

type Warn = (s: string) => void;

/** The project's configuration (or --config's, or none), with the --rule overrides on top. */
export function loadConfig(opts: Options, cwd: string): ResolvedConfig {
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
export function withNestedConfigs(config: ResolvedConfig, opts: Options, dirs: Iterable<string>, root: string, warn: Warn): ResolvedConfig {
  if (opts.config || opts.noConfig) return config;
  const dirList = [...dirs];
  const files = new Set(configFilesUpTo(dirList, config.path ? dirname(config.path) : root));
  if (findGitRoot(root)) {
    const ignore = new IgnoreRules(root);
    for (const f of nestedConfigFiles(root, (d) => ignore.ignores(d, true))) if (!ignore.ignores(f, false)) files.add(f);
  }
  const nested = loadScopedConfigs(config, [...files].sort(), rules.map((r) => r.id));
  const applies = (e: ConfigError) => dirList.some((d) => isWithin(dirname(e.path), d));
  const fatal = nested.errors.find(applies);
  if (fatal) throw fatal;
  for (const e of nested.errors) warn(`llmsafe: warning: ${printable(e.message)} (left out: it applies to no linted file)\n`);
  return withRuleOverrides(nested.config, opts.ruleOverrides);
}

function commonRoot(paths: string[]): string {
  const dirs = paths.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  let root = dirs[0];
  // Up to the filesystem root at most (paths in two top-level trees: a /tmp file and a checkout).
  for (const d of dirs.slice(1)) while (!isWithin(root, d) && dirname(root) !== root) root = dirname(root);
  return root;
}


type Selection = Pick<RunConfig, "root" | "files" | "overlay" | "hidden">;

/** --staged / --changed-since: the changed files git reports, filtered as a folder walk would be. */
function filesFromGit(opts: Options, explicit: string[], cwd: string): Selection {
  const root = gitRoot(cwd);
  let overlay = new Map<string, string>();
  let hidden = new Set<string>();
  let changed: string[];
  if (opts.staged) {
    const view = stagedView(root);
    overlay = view.overlay;
    hidden = new Set(view.hidden);
    changed = view.staged;
  } else changed = changedSince(root, opts.changedSince!);
  const ignore = new IgnoreRules(root);
  const files = changed.filter((f) =>
    (!explicit.length || explicit.some((p) => isWithin(p, f))) &&
    opts.exts.includes(f.slice(f.lastIndexOf(".")).toLowerCase()) && !/\.d\.[cm]?ts$/i.test(f) && !isMinifiedName(f) &&
    !relative(root, f).split(sep).slice(0, -1).some((s) => SKIP_DIRS.has(s) || s.startsWith(".")) &&
    !ignore.ignores(f, false) && (overlay.has(f) || existsSync(f)));
  return { root, files, overlay, hidden };
}

/** Paths and globs (default "."), under the project root or, outside it, their common folder. */
function filesFromPaths(opts: Options, positionals: string[], cwd: string, warn: Warn): Selection {
  const patterns = positionals.length ? positionals : ["."];
  let root = findProjectRoot(cwd);
  const bases = patterns.map((p) => resolve(cwd, p.replace(/[*?[{].*$/, "") || "."));
  if (!bases.every((b) => isWithin(root, b))) root = commonRoot(bases);
  const found = discoverFiles(patterns, { cwd, root, exts: opts.exts });
  for (const f of found.ignoredExplicit) warn(`llmsafe: warning: ${printable(relative(cwd, f))} is ignored (.gitignore, .llmsafeignore or a skipped folder)\n`);
  const files = found.files.filter((f) => {
    if (insideRoot(root, f)) return true;
    warn(`llmsafe: warning: ${printable(relative(cwd, f))} is not read: it links to a file outside the project\n`);
    return false;
  });
  return { root, files, overlay: new Map(), hidden: new Set() };
}

/** The files, root and full configuration of a lint run, starting from the project's configuration. */
export function configureRun(opts: Options, positionals: string[], projectConfig: ResolvedConfig, cwd: string, warn: Warn): RunConfig {
  const explicit = positionals.map((p) => resolve(cwd, p));
  const selected = opts.staged || opts.changedSince ? filesFromGit(opts, explicit, cwd) : filesFromPaths(opts, positionals, cwd, warn);
  const { root, overlay, hidden } = selected;
  const config = withNestedConfigs(projectConfig, opts, new Set(selected.files.map((f) => dirname(f))), root, warn);
  const ignoredByConfig = configIgnoreMatcher(config, root);
  const reader = makeReader(overlay, hidden, root);
  const files = selected.files.filter((f) => !ignoredByConfig(f)).filter((f) => {
    // Minified or bundled text is build output even when its name does not say so.
    const t = reader.read(f);
    return t === undefined || !looksMinified(t);
  });
  return { root, files, config, overlay, hidden, reader };
}
