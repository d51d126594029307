// Pathological inputs: deep propagation, exponential template chains, 10,000 functions,
// 100,000 lines, a 200-file import cycle, deep nesting, an oversized file. Each runs in its own
// process with a capped heap (bounded memory: an out-of-memory crash fails the test) and must
// end analysed, or with a notice that explains why not (time-budget, skipped, parse-error).
// A file analysed with no such notice must report the flow planted in it: silence means clean.
// Elapsed times are printed against the budget + 1 s bar, never asserted (machines vary).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { REPO } from "./support.mjs";

const RUNNER = join(REPO, "test", "robustness", "pathological-run.mjs");
const BUDGET_MS = 2_000;
const HEAP_MB = 1_024;
const EXPLAINED = new Set(["time-budget", "skipped", "parse-error"]);

const memo = new Map();

/** Runs a case once per test file (the todo tests below reuse the earlier runs). */
function runCase(name, opts = {}) {
  const key = `${name}:${opts.maxFileSize ?? ""}`;
  if (!memo.has(key)) memo.set(key, runCaseInChild(name, opts));
  return memo.get(key);
}

function runCaseInChild(name, { maxFileSize } = {}) {
  const args = [`--max-old-space-size=${HEAP_MB}`, RUNNER, name, String(BUDGET_MS), ...(maxFileSize ? [String(maxFileSize)] : [])];
  // The timeout only turns a hang into a failure; it is far above any budget.
  const child = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 2 ** 20 });
  assert.equal(child.signal, null, `${name}: killed by ${child.signal} (hang?)\n${child.stderr}`);
  assert.equal(child.status, 0, `${name}: exited ${child.status} (crash or out of memory)\n${child.stderr.slice(-2000)}`);
  const out = JSON.parse(child.stdout.trim().split("\n").pop());
  const outcomes = {};
  for (const r of out.results) {
    const k = r.analysed && !r.notices.length ? "analysed" : r.notices.map((n) => n.kind).join("+") || "not analysed, no notice";
    outcomes[k] = (outcomes[k] ?? 0) + 1;
  }
  const within = out.ms <= out.budget + 1_000 ? "within" : "OVER";
  console.log(`# pathological ${name}: ${out.files} file(s), ${out.lines} lines, ${(out.bytes / 1e6).toFixed(2)} MB -> ${out.ms} ms (${within} budget ${out.budget} ms + 1 s), peak RSS ${out.peakRssMb} MB, ${JSON.stringify(outcomes)}`);
  return out;
}

/** Every file is analysed or carries a notice saying why not; none ends in an internal error. */
function assertExplained(out) {
  for (const r of out.results) {
    for (const n of r.notices) {
      assert.ok(n.message && n.message.length > 10, `${r.file}: a notice without an explanation`);
      assert.doesNotMatch(n.message, /internal error/i, `${r.file}: ${n.message}`);
    }
    if (!r.analysed) assert.ok(r.notices.some((n) => EXPLAINED.has(n.kind)), `${r.file}: not analysed and no notice says why`);
  }
}

/** Analysed with no notice means complete: the planted flow must be there. */
function assertFlowOrNotice(out, file, ruleId) {
  const r = out.results.find((x) => x.file.endsWith(file));
  const incomplete = r.notices.some((n) => EXPLAINED.has(n.kind));
  if (!incomplete) assert.ok(r.findings.includes(ruleId), `${file}: analysed without a notice, yet the planted ${ruleId} flow is missing (findings: ${r.findings.join(", ") || "none"})`);
}

const CASES = [
  ["deep-propagation-chain", "chain.ts"],
  ["exponential-template-chain", "expo.ts"],
  ["branch-explosion", "branches.ts"],
  ["import-cycle-200", "m0.ts"],
  ["mutual-recursion-ring", "ring.ts"],
];

for (const [name, file] of CASES) {
  test(`pathological: ${name} is analysed within bounded memory, or explains why not`, () => {
    const out = runCase(name);
    assertExplained(out);
    assertFlowOrNotice(out, file, "system-prompt-injection");
  });
}

test("pathological: a 100,000-line file over maxFileSize is skipped with the limit named", () => {
  const out = runCase("hundred-thousand-lines");
  assertExplained(out);
  assert.match(out.results[0].notices.map((n) => n.message).join(" "), /maxFileSize/);
});

test("pathological: a 100,000-line file under a raised maxFileSize is analysed, or stops at its budget", () => {
  const out = runCase("hundred-thousand-lines", { maxFileSize: 20_000_000 });
  assertExplained(out);
  assertFlowOrNotice(out, "generated.ts", "system-prompt-injection");
});

test("pathological: a 3 MB file is skipped by the default maxFileSize", () => {
  const out = runCase("over-max-file-size");
  assert.deepEqual(out.results[0].notices.map((n) => n.kind), ["skipped"]);
  assert.match(out.results[0].notices[0].message, /over the 2000000-byte limit/);
});

test("pathological: 10,000 chained functions end analysed or stopped, never a stack overflow", () => {
  const out = runCase("ten-thousand-functions");
  assertExplained(out);
});

test("pathological: 3,000-deep call nesting and 5,000-deep function nesting do not overflow the stack", () => {
  for (const name of ["deep-call-nesting", "deep-function-nesting"]) assertExplained(runCase(name));
});

// ---- known engine gaps, kept as failing tests until the engine is fixed

test("a helper chain deeper than the summary depth limit either reports the flow or says the file is incomplete", () => {
  const out = runCase("ten-thousand-functions");
  assertFlowOrNotice(out, "many.ts", "system-prompt-injection");
});

test("valid code nested too deeply for the parser gets a notice that says so, not a parse error", () => {
  for (const name of ["deep-call-nesting", "deep-function-nesting"]) {
    const out = runCase(name);
    for (const n of out.results[0].notices) assert.doesNotMatch(n.message, /Maximum call stack size exceeded/);
  }
});
