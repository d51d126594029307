// Shared pieces of the robustness suites: the fixture corpus, in-memory projects, the result
// invariants every analysis must keep, and where a failing case's input is saved for a repro.
// Imported by the *.test.mjs files; importing it has no side effects (node --test also runs it).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
export const engine = require(join(REPO, "dist", "engine.js"));

const SOURCE_RE = /\.(?:[cm]?[jt]sx?)$/;

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (SOURCE_RE.test(e.name)) out.push(full);
  }
  return out;
}

/** Every source file under test-fixtures/: { rel, ext, text }, sorted so seeds reproduce. */
export function fixtureFiles() {
  const root = join(REPO, "test-fixtures");
  return walk(root).sort().map((f) => ({ rel: relative(root, f), ext: extname(f), text: readFileSync(f, "utf8") }));
}

/** The cross-file fixture projects: { name, files: Map(relPath -> text) }. */
export function crossFileProjects() {
  const root = join(REPO, "test-fixtures", "cross-file");
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().map((name) => {
    const dir = join(root, name);
    return { name, files: new Map(walk(dir).sort().map((f) => [relative(dir, f), readFileSync(f, "utf8")])) };
  });
}

/** A project over in-memory files under /app (keys are paths relative to it). */
export function memoryProject(files, { config, noPrefilter = false } = {}) {
  const map = new Map([...(files instanceof Map ? files : Object.entries(files))].map(([k, v]) => [`/app/${k}`, v]));
  const host = { readFile: (p) => map.get(p), fileExists: (p) => map.has(p) };
  const project = engine.createProject({ root: "/app", host, config, noPrefilter });
  return { project, map, path: (rel) => `/app/${rel}` };
}

const INTERNAL = /internal error/i;

/**
 * What must hold of any FileResult, whatever the input: problems found, as short strings.
 * An "internal error" notice counts: the engine turned a crash into a notice, but it is a crash.
 */
export function resultProblems(result, textOf) {
  const problems = [];
  const checkLoc = (what, loc) => {
    const text = textOf(loc.file);
    const r = loc.range;
    if (!r || !Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end < r.start) problems.push(`${what}: bad range ${JSON.stringify(r)}`);
    else if (text !== undefined && r.end > text.length) problems.push(`${what}: range ${r.start}-${r.end} past the end (${text.length})`);
    for (const p of [loc.start, loc.end]) {
      if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1) problems.push(`${what}: bad position ${JSON.stringify(p)}`);
    }
    if (loc.start && loc.end && (loc.end.line < loc.start.line || (loc.end.line === loc.start.line && loc.end.column < loc.start.column))) problems.push(`${what}: end before start`);
  };
  for (const f of result.findings ?? []) {
    checkLoc(`finding ${f.ruleId}`, f);
    if (typeof f.message !== "string" || !f.message) problems.push(`finding ${f.ruleId}: empty message`);
    for (const s of f.path ?? []) checkLoc(`path step of ${f.ruleId}`, s);
  }
  for (const n of result.notices ?? []) {
    checkLoc(`notice ${n.kind}`, n);
    if (INTERNAL.test(n.message)) problems.push(`internal error notice: ${n.message}`);
  }
  try {
    JSON.stringify(result);
  } catch (e) {
    problems.push(`result is not serialisable: ${e.message}`);
  }
  return problems;
}

/** A stable summary of a result, to compare two analyses of the same text. */
export function resultKey(result) {
  const findings = result.findings.map((f) => `${f.range.start}-${f.range.end}:${f.ruleId}:${f.severity}${f.suppressed ? ":s" : ""}`).sort();
  const notices = result.notices.map((n) => n.kind).sort();
  return JSON.stringify({ findings, notices });
}

/** Saves a failing input where a developer can replay it; returns the path. */
export function saveRepro(label, payload) {
  const dir = join(tmpdir(), "llmsafe-fuzz");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label.replace(/[^\w.-]+/g, "_")}.json`);
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return file;
}

/** Seed and run counts from the environment (npm run fuzz raises them); CI uses fixed defaults. */
export function fuzzSettings(defaultRuns) {
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20250501;
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) / 10_000 : 1;
  return { seed, runs: Math.max(1, Math.round(defaultRuns * scale)) };
}
