// Which files a run lints: paths and globs from the command line, walked the way users expect
// (.gitignore and .llmsafeignore respected, node_modules, build output and minified files skipped).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";

import { LINTED_EXTENSIONS, SOURCE_EXTENSIONS } from "../engine/module-resolution";
import { isMcpConfigFile, MCP_CONFIG_DOT_DIRS } from "../engine/mcp-config-names";

export { SOURCE_EXTENSIONS };
/** Folders never walked into: dependencies, VCS data and the usual build output. */
import { isSkippedDir, SKIP_DIRS } from "../folder-walk";
export { SKIP_DIRS };
import { IGNORE_FILES, IgnoreRules } from "../ignore-files";
export { IGNORE_FILES, IgnoreRules };

export class UsageError extends Error {}

export function isMinifiedName(path: string): boolean {
  return /[.-]min\.[cm]?js$/i.test(path) || /\.bundle\.[cm]?js$/i.test(path);
}

/** Minified or generated-bundle text: very long lines on average. */
export function looksMinified(text: string): boolean {
  if (text.length < 4096) return false;
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return text.length / lines > 300;
}

export function hasGlob(p: string): boolean {
  return picomatch.scan(p).isGlob;
}

/** Normalises `--ext ts,.tsx` into [".ts", ".tsx"], rejecting what the parser cannot read. */
export function parseExtensions(values: string[] | undefined): string[] {
  if (!values?.length) return LINTED_EXTENSIONS;
  const out: string[] = [];
  for (const v of values.flatMap((x) => x.split(","))) {
    const e = v.trim().toLowerCase();
    if (!e) continue;
    const ext = e.startsWith(".") ? e : `.${e}`;
    if (!LINTED_EXTENSIONS.includes(ext)) throw new UsageError(`--ext ${v}: llmsafe reads ${LINTED_EXTENSIONS.join(" ")} files only`);
    if (!out.includes(ext)) out.push(ext);
  }
  if (!out.length) throw new UsageError("--ext needs at least one extension");
  return out;
}

export interface Discovery {
  files: string[];
  /** Named explicitly but ignored: reported as a warning, like ESLint does. */
  ignoredExplicit: string[];
}

/**
 * Files to lint under the given paths and globs (absolute, sorted). Directories are walked;
 * an explicitly named JS/TS file is linted whatever --ext says, unless an ignore file excludes it.
 */
export function discoverFiles(patterns: string[], opts: { cwd: string; root: string; exts: string[] }): Discovery {
  const rules = new IgnoreRules(opts.root);
  const out = new Set<string>();
  const ignoredExplicit: string[] = [];
  const isSource = (p: string) => (opts.exts.includes(extname(p).toLowerCase()) && !/\.d\.[cm]?ts$/i.test(p) && !isMinifiedName(p)) || isMcpConfigFile(p);
  const walk = (dir: string, accept: (p: string) => boolean) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        // A tool's dot-folder (`.cursor`, `.vscode`): its MCP configuration only.
        if (isSkippedDir(e.name)) {
          if (MCP_CONFIG_DOT_DIRS.has(e.name) && !rules.ignores(full, true)) walk(full, (p) => isMcpConfigFile(p) && accept(p));
          continue;
        }
        if (rules.ignores(full, true)) continue;
        walk(full, accept);
      } else if (e.isFile() && isSource(full) && accept(full) && !rules.ignores(full, false)) out.add(full);
    }
  };
  for (const pattern of patterns) {
    if (hasGlob(pattern)) {
      const scan = picomatch.scan(pattern);
      const base = resolve(opts.cwd, scan.base || ".");
      const matcher = picomatch(resolve(opts.cwd, pattern).split(sep).join("/"), { dot: false });
      const before = out.size;
      if (existsSync(base) && statSync(base).isDirectory()) walk(base, (p) => matcher(p.split(sep).join("/")));
      if (out.size === before) throw new UsageError(`no files match the pattern "${pattern}"`);
      continue;
    }
    const abs = resolve(opts.cwd, pattern);
    if (!existsSync(abs)) throw new UsageError(`no such file or directory: ${pattern}`);
    const st = statSync(abs);
    if (st.isDirectory()) walk(abs, () => true);
    else if (st.isFile()) {
      if ((!LINTED_EXTENSIONS.includes(extname(abs).toLowerCase()) || /\.d\.[cm]?ts$/i.test(abs) || isMinifiedName(abs)) && !isMcpConfigFile(abs)) continue;
      if (rules.ignores(abs, false) || [...relative(opts.root, abs).split(sep)].slice(0, -1).some((s) => SKIP_DIRS.has(s))) ignoredExplicit.push(abs);
      else out.add(abs);
    }
  }
  return { files: [...out].sort(), ignoredExplicit };
}

/** The project root: the nearest folder at or above `cwd` holding .git, else cwd. */
export function findProjectRoot(cwd: string): string {
  let d = resolve(cwd);
  for (;;) {
    if (existsSync(join(d, ".git"))) return d;
    const up = dirname(d);
    if (up === d) return resolve(cwd);
    d = up;
  }
}
