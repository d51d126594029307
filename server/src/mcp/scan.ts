// The scan tool: paths on disk and code in memory, checked against the roots and the limits
// before anything is read, then linted with one fresh Linter per root (an agent edits files
// between calls, so nothing analysed by an earlier call is trusted). Nothing is written: an
// in-memory file shadows the disk only inside this call's Linter.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
// The engine comes from the package's API bundle (dist/api.js, external to dist/mcp.js: see
// scripts/build.mjs), so the MCP bundle does not carry a second copy of it.
import { ConfigError, Linter, rules, type LintResult } from "../api/index";
import { LINTED_EXTENSIONS } from "../engine/module-resolution";
import { isSourceFile } from "../node-host";
import { scanAnswer, type ScanAnswer } from "./findings";
import { ToolInputError, type Roots } from "./roots";

/** Per in-memory file: the engine's default maxFileSize (engine/config.ts DEFAULTS). */
export const MAX_FILE_CHARS = 2_000_000;
/** All in-memory files of one call together. */
export const MAX_TOTAL_CHARS = 8_000_000;
export const MAX_FILES = 200;

export interface ScanInput {
  paths?: string[];
  files?: { path?: string; content: string }[];
  rules?: string[];
}


const fail = (msg: string): never => {
  throw new ToolInputError(`llmsafe: ${msg}`);
};

function checkRules(ids: string[] | undefined): Set<string> | null {
  if (!ids?.length) return null;
  const known = new Set(rules.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) fail(`unknown rule id${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => JSON.stringify(u)).join(", ")} in "rules" (list_rules gives them: ${[...known].join(", ")})`);
  return new Set(ids);
}

/** The in-memory files as real paths inside the roots, after the size and binary checks. */
function memoryFiles(files: NonNullable<ScanInput["files"]>, roots: Roots): Map<string, { text: string; root: string }> {
  if (files.length > MAX_FILES) fail(`"files" has ${files.length} entries; at most ${MAX_FILES} per call`);
  const total = files.reduce((n, f) => n + f.content.length, 0);
  if (total > MAX_TOTAL_CHARS) fail(`"files" holds ${total} characters in all; at most ${MAX_TOTAL_CHARS} per call`);
  const out = new Map<string, { text: string; root: string }>();
  let unnamed = 0;
  files.forEach((f, i) => {
    const label = f.path ?? `files[${i}]`;
    if (f.content.length > MAX_FILE_CHARS) fail(`${label}: ${f.content.length} characters is over the ${MAX_FILE_CHARS}-character limit for one file (llmsafe lints source files, not bundles or data)`);
    if (f.content.includes("\0")) fail(`${label}: the content has NUL bytes, so it is binary, not source code`);
    const name = f.path ?? (roots.dirs[0] ? join(roots.dirs[0], `llmsafe-snippet${unnamed++ ? `-${unnamed}` : ""}.ts`) : "llmsafe-snippet.ts");
    const { path, root } = roots.resolve(name);
    if (!isSourceFile(path)) fail(`${label}: llmsafe lints ${LINTED_EXTENSIONS.join(" ")} files; give the path a source extension (default: a .ts file)`);
    if (out.has(path)) fail(`${label}: two entries of "files" name the same file ${path}`);
    out.set(path, { text: f.content, root });
  });
  return out;
}

/** The paths on disk as real paths inside the roots: existing source files or folders. */
function diskPaths(paths: string[], roots: Roots, memory: Map<string, unknown>): { path: string; root: string }[] {
  if (paths.length > MAX_FILES) fail(`"paths" has ${paths.length} entries; at most ${MAX_FILES} per call (name a folder instead)`);
  return paths.map((p) => {
    const at = roots.resolve(p);
    if (memory.has(at.path)) return at;
    let st;
    try { st = statSync(at.path); } catch { fail(`no such file or folder: ${p} (${at.path})`); }
    if (!st!.isDirectory() && !(st!.isFile() && isSourceFile(at.path))) fail(`${p} is not a folder nor a ${LINTED_EXTENSIONS.join(" ")} source file`);
    return at;
  });
}

function linterFor(root: string): Linter {
  try {
    return new Linter({ cwd: root });
  } catch (e) {
    if (e instanceof ConfigError) fail(`invalid configuration ${e.path}: ${e.problems.map((p) => `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("; ")}`);
    throw e;
  }
}

const readOrUndefined = (f: string) => {
  try {
    return readFileSync(f, "utf8");
  } catch {
    return undefined;
  }
};

export function scan(input: ScanInput, roots: Roots): ScanAnswer {
  const files = input.files ?? [];
  const paths = input.paths ?? [];
  if (!files.length && !paths.length) fail(`scan needs "paths" (files or folders inside ${roots.describe()}) or "files" ([{ path?, content }], code in memory)`);
  const only = checkRules(input.rules);
  const memory = memoryFiles(files, roots);
  const targets = [...diskPaths(paths, roots, memory), ...[...memory].map(([path, m]) => ({ path, root: m.root }))];
  const results: LintResult[] = [];
  for (const root of new Set(targets.map((t) => t.root))) {
    const linter = linterFor(root);
    for (const [path, m] of memory) if (m.root === root) linter.setText(path, m.text);
    // Root by root in the order the targets name them, each root's files by path.
    const own = linter.lintFiles([...new Set(targets.filter((t) => t.root === root).map((t) => t.path))]);
    results.push(...own.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0)));
  }
  const seen = new Set<string>();
  const unique = results.filter((r) => !seen.has(r.filePath) && seen.add(r.filePath));
  const filtered = only ? unique.map((r) => ({ ...r, messages: r.messages.filter((m) => !m.ruleId || m.ruleId.startsWith("llmsafe/") || only.has(m.ruleId)) })) : unique;
  return scanAnswer(filtered, roots.dirs, (f) => memory.get(f)?.text ?? readOrUndefined(f));
}
