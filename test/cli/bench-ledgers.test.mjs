// bench/real-code.mjs with --ledgers: the held-out apps' numbers are re-taken where their corpus
// exists, and a machine without it (CI) skips them cleanly instead of failing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bench = join(root, "bench", "real-code.mjs");
const run = (...args) => spawnSync(process.execPath, [bench, ...args], { cwd: root, encoding: "utf8" });

/** A corpus with one app file and a ledgers folder, in a fresh temporary directory. */
function scratchCorpus(file, lines) {
  const dir = mkdtempSync(join(tmpdir(), "llmsafe-ledgers-"));
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "app"), { recursive: true });
  writeFileSync(join(corpus, "app", file), lines.join("\n"));
  const ledgers = join(dir, "ledgers");
  mkdirSync(ledgers);
  return { corpus, ledgers };
}

test("with --ledgers, a missing corpus is skipped with a notice and exit 0", () => {
  const r = run(join(tmpdir(), "llmsafe-no-such-corpus"), "--ledgers", "bench/held-out");
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /skipped, no corpus at .*llmsafe-no-such-corpus/);
});

test("without --ledgers, a missing corpus is still a usage error (the default behaviour)", () => {
  const r = run(join(tmpdir(), "llmsafe-no-such-corpus"));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no corpus at/);
});

test("--ledgers scores a corpus against that folder's triage and risks", () => {
  const { corpus, ledgers } = scratchCorpus("chat.js", [
    'const express = require("express");',
    'const OpenAI = require("openai");',
    "const openai = new OpenAI();",
    "const app = express();",
    'app.post("/chat", async (req, res) => {',
    '  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: req.body.persona }] });',
    "  res.json(r);",
    "});",
  ]);
  writeFileSync(join(ledgers, "triage.tsv"), "file\tline\trule\tverdict\treason\napp/chat.js\t6\tsystem-prompt-injection\ttrue\tthe caller writes the system message\n");
  writeFileSync(join(ledgers, "risks.tsv"), "file\tlines\trule\treason\napp/chat.js\t6\tsystem-prompt-injection\tpersona from the body is the system message\napp/chat.js\t7\tnone:no-auth\tanyone can call it\n");
  const r = run(corpus, "--ledgers", ledgers, "--json");
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.findings, 1);
  assert.equal(s.overall.true, 1);
  assert.equal(s.overall.precision, 1);
  assert.equal(s.overall.recall, 0.5);
  assert.deepEqual(s.silent.map((x) => x.rule), ["none:no-auth"]);
});

test("a row `N:text` triages the one finding at that line whose message contains text", () => {
  const { corpus, ledgers } = scratchCorpus("run.js", [
    'const { exec, execSync } = require("child_process");',
    'const OpenAI = require("openai");',
    "const openai = new OpenAI();",
    "async function main() {",
    '  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "a command" }] });',
    "  const out = r.choices[0].message.content;",
    "  exec(out); execSync(out);",
    "}",
    "main();",
  ]);
  const row = (line, verdict) => `app/run.js\t${line}\tllm-output-command-injection\t${verdict}\treason\n`;
  writeFileSync(join(ledgers, "risks.tsv"), "file\tlines\trule\treason\n");
  writeFileSync(join(ledgers, "triage.tsv"), "file\tline\trule\tverdict\treason\n" + row("7:`execSync(", "false") + row("7", "true"));
  let s = JSON.parse(run(corpus, "--ledgers", ledgers, "--json").stdout);
  assert.equal(s.findings, 2);
  assert.deepEqual([s.overall.true, s.overall.false, s.stale.length], [1, 1, 0]);
  // A text no finding's message holds is a stale row, and the line's own row then triages both.
  writeFileSync(join(ledgers, "triage.tsv"), "file\tline\trule\tverdict\treason\n" + row("7:`spawn(", "false") + row("7", "true"));
  s = JSON.parse(run(corpus, "--ledgers", ledgers, "--json").stdout);
  assert.deepEqual([s.overall.true, s.overall.false, s.stale.length], [2, 0, 1]);
});
