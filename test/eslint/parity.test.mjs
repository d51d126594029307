// The plugin inside ESLint says what the CLI says: on the annotated fixture suite (the files
// test/fixtures.test.mjs checks), every rule with ESLint's `strict` config gives the same findings
// as `llmsafe --format json` (rule, start and end, fix and suggestions), with typescript-eslint's
// parser on the TypeScript files and espree on the JavaScript ones.
//
// One documented difference (docs/eslint.md): ESLint reports each file on its own, like the
// editor, so calls in several files that reach the same sink inside a shared helper are a finding
// in each file, where the CLI folds them into one finding with the other files' calls as related
// locations. Those related locations are expected as findings of their own here. A second one:
// MCP configuration files (unpinned-mcp-server) are JSON, and Vue/Svelte components need a framework parser
// in ESLint: both are linted by the CLI and the editor only. (Findings that
// another file's analysis places in a file are left out by both: plugin.test.mjs.)
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { eslintFor, flatConfig, REPO, engine } from "./helpers.mjs";

const root = join(REPO, "test-fixtures");
// MCP configuration files are JSON, which ESLint's JavaScript parsers do not read, and components
// (.vue, .svelte) need vue-eslint-parser or svelte-eslint-parser: the CLI's and the editor's alone (docs/eslint.md).
const files = engine.collectFiles([root]).filter((f) => !f.includes(`${sep}workspace${sep}`) && !/\.(json|vue|svelte)$/.test(f));
const ruleIds = new Set(engine.rules.map((r) => r.id));

// The per-file time budget is wall time: on a loaded machine a file could stop at it in one front
// and not the other. Both fronts get the same configuration with a budget no fixture comes near,
// so what is compared is the analysis, not the machine's load at the moment.
const config = join(mkdtempSync(join(tmpdir(), "llmsafe-parity-")), ".llmsaferc.json");
writeFileSync(config, JSON.stringify({ timeBudgetMs: 600000 }));

const where = (file, m, ruleId) => `${relative(root, file)}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${ruleId}`;
const fixes = (m) => `fix=${m.fix ? JSON.stringify(m.fix) : "none"} suggestions=${JSON.stringify((m.suggestions ?? []).map((s) => [s.desc, s.fix]))}`;

function cliRun() {
  const r = spawnSync(process.execPath, [join(REPO, "bin", "llmsafe.js"), "--format", "json", "--config", config, ...files.map((f) => relative(root, f))], { cwd: root, encoding: "utf8", maxBuffer: 256 << 20 });
  assert.ok(r.status === 0 || r.status === 1, `llmsafe exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test("on the fixture suite, ESLint with llmsafe's strict config reports exactly what the CLI reports", async () => {
  // One call may reach several sinks of a helper: each sink is its own finding at the same place,
  // so places are counted, not required to be unique.
  const cli = new Map();
  const cliPlaces = [];
  const otherFileCalls = [];
  for (const res of cliRun()) {
    // A finding another file's analysis places here (foundBy) is the CLI's alone: the plugin leaves
    // it out, because ESLint lints file by file in no fixed order (docs/eslint.md).
    for (const m of res.messages.filter((x) => ruleIds.has(x.ruleId) && !x.foundBy)) {
      cli.set(where(res.filePath, m, m.ruleId), fixes(m));
      cliPlaces.push(where(res.filePath, m, m.ruleId));
      // Per file, the first call of another file is its finding there (the engine folds the rest of that file's calls into it).
      // Those related locations say "also ..." (root-cause.ts); others are what the finding is about (a tool set's tools), not calls.
      const firstInFile = new Map();
      for (const rel of m.relatedLocations ?? []) if (rel.file !== res.filePath && rel.description.startsWith("also ") && !firstInFile.has(rel.file)) firstInFile.set(rel.file, rel);
      for (const [file, rel] of firstInFile) otherFileCalls.push(where(file, rel, m.ruleId));
    }
  }
  const eslint = eslintFor(root, flatConfig("strict", { settings: { llmsafe: { config } } }));
  const results = await eslint.lintFiles(files);
  assert.equal(results.length, files.length);
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${relative(root, r.filePath)}: ${m.message}`));
  assert.deepEqual(fatal, [], "every fixture parses in ESLint");
  const plugin = new Map();
  const pluginPlaces = [];
  for (const res of results) {
    for (const m of res.messages.filter((x) => x.ruleId?.startsWith("llmsafe/"))) {
      const k = where(res.filePath, m, m.ruleId.slice(8));
      if (!plugin.has(k)) plugin.set(k, fixes(m));
      pluginPlaces.push(k);
    }
  }
  assert.ok(cli.size > 300, `the fixture suite has its hundreds of findings (${cli.size})`);
  const expected = [...cliPlaces, ...otherFileCalls].sort();
  const actual = [...pluginPlaces].sort();
  const only = (a, b) => a.filter((k) => !b.includes(k));
  assert.deepEqual({ onlyEslint: only(actual, expected), onlyCli: only(expected, actual) }, { onlyEslint: [], onlyCli: [] });
  assert.deepEqual(actual, expected, "the same places, each as many times");
  console.log(`${files.length} files: ${cli.size} CLI findings, ${otherFileCalls.length} other-file calls of a grouped CLI finding; ESLint: ${actual.length}`);
  // The same fix and suggestions (ranges and text), for every finding the CLI reports itself.
  const fixDiffs = [...cli].filter(([k, v]) => plugin.get(k) !== v).map(([k, v]) => `${k}\n  cli:    ${v}\n  eslint: ${plugin.get(k)}`);
  assert.deepEqual(fixDiffs, []);
  assert.ok([...cli.values()].some((v) => !v.startsWith("fix=none")) && [...cli.values()].some((v) => v.includes('"desc') || v.includes('[["')), "the suite has safe fixes and suggestions to compare");
});
