// Every annotation in test-fixtures/ must hold; prints the per-rule ledger.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkFile } from "./fixture-annotations.mjs";

const require = createRequire(import.meta.url);
const { createProject, collectFiles, fsHost, rules } = require("../dist/engine.js");
const repo = fileURLToPath(new URL("..", import.meta.url));
const root = join(repo, "test-fixtures");

const files = collectFiles([root]).filter((f) => !f.includes(`${sep}workspace${sep}`));
const project = createProject({ root, host: fsHost(root) });
const ledger = new Map();
const failures = [];
const parseErrors = [];
const results = project.analyzeAll(files);
for (const [i, file] of files.entries()) {
  const result = results[i];
  for (const n of result.notices) if (n.kind === "parse-error" || n.kind === "skipped") parseErrors.push(`${relative(repo, file)}:${n.start.line}: ${n.message}`);
  checkFile(relative(repo, file), readFileSync(file, "utf8"), result.findings, ledger, failures);
}

test("fixtures parse", () => {
  assert.deepEqual(parseErrors, []);
});

test("per-rule ledger", () => {
  const rows = rules.map((r) => [r.id, ledger.get(r.id) ?? { flagged: 0, hits: 0, clean: 0, cleanOk: 0, knownMiss: 0, knownFalseAlarm: 0 }]);
  const lines = ["rule                              flagged  hits  clean  clean-ok  known-miss  known-false-alarm"];
  let flagged = 0, misses = 0;
  for (const [id, e] of rows) {
    flagged += e.flagged;
    misses += e.knownMiss;
    lines.push(`${id.padEnd(34)}${String(e.flagged).padStart(7)}${String(e.hits).padStart(6)}${String(e.clean).padStart(7)}${String(e.cleanOk).padStart(10)}${String(e.knownMiss).padStart(12)}${String(e.knownFalseAlarm).padStart(19)}`);
  }
  lines.push(`total: ${files.length} files, ${flagged} flagged cases, ${misses} known misses (${flagged ? ((100 * misses) / flagged).toFixed(1) : 0}%)`);
  console.log(lines.join("\n"));
  assert.ok(misses <= flagged * 0.1, `known misses must stay under 10% of flagged cases (${misses}/${flagged})`);
});

for (const r of rules) {
  test(`${r.id}: every annotation holds`, () => {
    const mine = failures.filter((f) => f.includes(` ${r.id}`) || f.includes(`${r.id}:`) || f.includes(`expected ${r.id}`));
    if (mine.length) console.log(mine.join("\n"));
    assert.equal(mine.length, 0, `${mine.length} annotation(s) do not hold for ${r.id} (listed above)`);
  });
}

test("the relevance prefilter changes no result: every fixture analysed fully gives the same findings", () => {
  const full = createProject({ root, host: fsHost(root), noPrefilter: true }).analyzeAll(files);
  const keys = (r) => r.findings.map((f) => `${relative(repo, r.file)}:${f.start.line}:${f.start.column} ${f.ruleId}`).sort();
  assert.deepEqual(results.flatMap(keys), full.flatMap(keys));
});

test("no failure outside the rule list", () => {
  const known = new Set(rules.map((r) => r.id));
  const other = failures.filter((f) => ![...known].some((id) => f.includes(id)));
  assert.deepEqual(other, []);
});
