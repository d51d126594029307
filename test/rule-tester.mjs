// A rule tester in the style of typescript-eslint's RuleTester, on node:test: each case is code
// analysed in memory by a project that runs only the rule under test (over the built-in models),
// and the findings must be exactly the errors the case lists.
//
//   ruleTester.run("system-prompt-injection", rule, {
//     valid: [code, { code, filename: "page.tsx" }, { files: { "a.ts": ..., "b.ts": ... } }],
//     invalid: [{ code, errors: [{ line, column?, endLine?, endColumn?, message?, file? }] }],
//   });
//
// Lines and columns are 1-based, counted in the code string as written. `message` is a substring
// of the finding's message (or a RegExp): rules report free text, they have no message ids. For
// multi-file cases every file is analysed, and an error's `file` (default: the first file) says
// where it is expected. A case that does not parse fails, so a typo cannot make a valid case pass.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";

const require = createRequire(import.meta.url);
const engine = require("../dist/engine.js");

const ROOT = "/app";
const PROBLEMS = new Set(["parse-error", "skipped", "time-budget"]);

/** A case's files as [relative path, text] pairs; a string case is one file, `file.ts`. */
function caseFiles(c) {
  if (typeof c === "string") return [["file.ts", c]];
  if (c.files) return Object.entries(c.files);
  return [[c.filename ?? "file.ts", c.code]];
}

/** The rule's findings on a case, in file order then position, with paths relative to the root. */
export function findingsFor(rule, c) {
  const files = caseFiles(c);
  // Parsed here too: the prefilter skips files that name no LLM API, and a broken one must fail.
  for (const [rel, text] of files) {
    const p = engine.parseSource(`${ROOT}/${rel}`, text, false);
    assert.ok(p.ok, `${rel}: parse-error: ${p.message}`);
  }
  const map = new Map(files.map(([rel, text]) => [`${ROOT}/${rel}`, text]));
  const host = { readFile: (p) => map.get(p), fileExists: (p) => map.has(p) };
  const project = engine.createProject({ root: ROOT, host, rules: [rule], config: c.config });
  const findings = [];
  for (const r of project.analyzeAll([...map.keys()])) {
    const rel = r.file.slice(ROOT.length + 1);
    for (const n of r.notices) assert.ok(!PROBLEMS.has(n.kind), `${rel}:${n.start.line}: ${n.kind}: ${n.message}`);
    for (const f of r.findings) findings.push({ ...f, file: rel });
  }
  return { findings, firstFile: files[0][0] };
}

const show = (f) => `${f.file}:${f.start.line}:${f.start.column} ${f.message}`;

function matches(f, e, firstFile) {
  if ((e.file ?? firstFile) !== f.file || e.line !== f.start.line) return false;
  if (e.column !== undefined && e.column !== f.start.column) return false;
  if (e.endLine !== undefined && e.endLine !== f.end.line) return false;
  if (e.endColumn !== undefined && e.endColumn !== f.end.column) return false;
  if (e.message instanceof RegExp) return e.message.test(f.message);
  return e.message === undefined || f.message.includes(e.message);
}

/** Throws an AssertionError unless the rule reports nothing on a valid case. */
export function checkValid(rule, c) {
  const { findings } = findingsFor(rule, c);
  assert.ok(findings.length === 0, `${rule.id} reported on a valid case:\n${findings.map(show).join("\n")}`);
}

/** Throws an AssertionError unless the rule's findings on an invalid case are exactly its errors, in order. */
export function checkInvalid(rule, c) {
  assert.ok(Array.isArray(c.errors) && c.errors.length > 0, "an invalid case lists the errors it expects");
  const { findings, firstFile } = findingsFor(rule, c);
  const got = findings.map(show);
  assert.equal(findings.length, c.errors.length, `${rule.id}: expected ${c.errors.length} finding(s), got ${findings.length}:\n${got.join("\n")}`);
  c.errors.forEach((e, i) => {
    assert.ok(matches(findings[i], e, firstFile), `${rule.id}: finding ${i + 1} does not match ${JSON.stringify(e, (k, v) => (v instanceof RegExp ? String(v) : v))}:\n${got[i]}`);
  });
}

/** A test's title from a case: its `name`, or the first line of code that is not a comment or an import. */
function title(c, i) {
  if (c.name) return c.name;
  const text = caseFiles(c).map(([, t]) => t).join("\n");
  const line = text.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("//") && !l.startsWith("import ")) ?? "";
  return `case ${i + 1}: ${line.length > 70 ? line.slice(0, 67) + "..." : line}`;
}

export class RuleTester {
  /** One node:test suite per rule, one test per case. */
  run(name, rule, { valid = [], invalid = [] }) {
    assert.ok(rule && rule.id === name, `rule ${name} not found (got ${rule?.id})`);
    describe(name, () => {
      describe("valid", () => valid.forEach((c, i) => it(title(c, i), () => checkValid(rule, c))));
      describe("invalid", () => invalid.forEach((c, i) => it(title(c, i), () => checkInvalid(rule, c))));
    });
  }
}

/** A built-in rule by id, from the engine bundle. */
export const ruleById = (id) => engine.rulesById.get(id);
