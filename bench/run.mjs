// Engine benchmark: our full analysis vs a bare typescript-estree parse of the same files, in
// one process, single-threaded, files read into memory first so I/O is not measured.
// Prints lines/s, the ratio, and peak memory. Never asserted in tests: figures are for people.
import { cpus, totalmem } from "node:os";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "@typescript-eslint/typescript-estree";
import { prepareCorpus, ROOT, CORPUS } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const { createProject, parserOptions } = require("../dist/engine.js");

const { files, versions } = prepareCorpus();
const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const lines = [...texts.values()].reduce((n, t) => n + t.split("\n").length, 0);
const bytes = [...texts.values()].reduce((n, t) => n + t.length, 0);
const host = { readFile: (p) => texts.get(p), fileExists: (p) => texts.has(p) };

function bareParse() {
  let errors = 0;
  for (const [f, t] of texts) {
    try { parse(t, parserOptions(f, false)); } catch { errors++; }
  }
  return errors;
}

function fullAnalysis(noPrefilter) {
  const project = createProject({ root: CORPUS, host, noPrefilter });
  let findings = 0;
  for (const r of project.analyzeAll(files)) findings += r.findings.length;
  return findings;
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out };
}

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
sampler.unref();
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

// Warm up the JIT on both code paths, then take the best of three runs of each, interleaved.
bareParse(); fullAnalysis(false);
const runs = { parse: [], full: [], fullNoPrefilter: [] };
let parseErrors = 0, findings = 0, findingsAll = 0;
for (let i = 0; i < 3; i++) {
  const p = time(bareParse); runs.parse.push(p.ms); parseErrors = p.out; sample();
  const a = time(() => fullAnalysis(false)); runs.full.push(a.ms); findings = a.out; sample();
  const b = time(() => fullAnalysis(true)); runs.fullNoPrefilter.push(b.ms); findingsAll = b.out; sample();
}
clearInterval(sampler);
const best = (xs) => Math.min(...xs);
const lps = (ms) => Math.round(lines / (ms / 1000)).toLocaleString("en-US");
const parseMs = best(runs.parse), fullMs = best(runs.full), allMs = best(runs.fullNoPrefilter);

console.log(`llmsafe engine benchmark (${new Date().toISOString()})`);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`corpus: ${files.length} files, ${lines.toLocaleString("en-US")} lines, ${(bytes / 2 ** 20).toFixed(1)} MiB (${versions.join(", ")} + test-fixtures)`);
console.log(`bare typescript-estree parse     ${parseMs.toFixed(0).padStart(7)} ms  ${lps(parseMs).padStart(10)} lines/s  (${parseErrors} files did not parse)`);
console.log(`llmsafe full analysis            ${fullMs.toFixed(0).padStart(7)} ms  ${lps(fullMs).padStart(10)} lines/s  ratio ${(fullMs / parseMs).toFixed(2)}x the bare parse (issue 10's bar: <= 1.25x), ${findings} findings`);
console.log(`  same, every file fully analysed ${allMs.toFixed(0).padStart(6)} ms  ${lps(allMs).padStart(10)} lines/s  ratio ${(allMs / parseMs).toFixed(2)}x (no relevance prefilter), ${findingsAll} findings`);
console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (best of 3 runs each, interleaved, after one warm-up run)`);
void ROOT; void join;
