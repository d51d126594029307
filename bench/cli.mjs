// CLI benchmark, in one run on the same files: bare typescript-estree parse (one thread),
// `llmsafe --jobs 1`, `llmsafe --jobs 2`, and a warm `--cache` rerun. Each is a fresh process
// timed by wall clock (startup and module loading included on both sides). Prints ratios;
// asserts nothing (timings belong in reports, not in tests).
//   node bench/cli.mjs [--runs N]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { CORPUS, corpusBytes, prepareCorpus, ROOT } from "./corpus.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 1;
const { files, versions } = prepareCorpus();
// The corpus is its own project (a git repo of its own), so the main repo's .gitignore, which
// ignores bench/.corpus/, does not apply to it, just as a user's project is linted.
if (!existsSync(join(CORPUS, ".git"))) spawnSync("git", ["init", "-q", "."], { cwd: CORPUS });
const bin = join(ROOT, "bin", "llmsafe.js");

const bareParse = `
const { parse } = require("node:module").createRequire(${JSON.stringify(join(ROOT, "package.json"))})("@typescript-eslint/typescript-estree");
// The engine's own parser options, so the comparison is like for like.
const { parserOptions } = require(${JSON.stringify(join(ROOT, "dist", "engine.js"))});
const { readFileSync } = require("node:fs");
const files = JSON.parse(readFileSync(0, "utf8"));
let failed = 0;
for (const f of files) {
  try {
    parse(readFileSync(f, "utf8"), parserOptions(f, false));
  } catch { failed++; }
}
process.stdout.write(String(failed));
`;

function timed(args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: CORPUS, encoding: "utf8", maxBuffer: 1 << 30, ...opts });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

const best = (fn) => {
  let out = null;
  for (let i = 0; i < runs; i++) {
    const r = fn();
    if (!out || r.ms < out.ms) out = r;
  }
  return out;
};

/**
 * The ceiling for any 2-thread split on this machine: the bare parse itself, the files divided
 * into two halves of equal bytes, run as two processes at once. Each V8 isolate warms up its own
 * copy of the parser's JIT code, and one parse process already keeps more than one core busy
 * (background compilation and GC), so this shows what parallelism can buy here at best.
 */
function splitBare() {
  const halves = [[], []];
  const load = [0, 0];
  for (const f of [...files].sort((a, b) => statSync(b).size - statSync(a).size || (a < b ? -1 : 1))) {
    const i = load[0] <= load[1] ? 0 : 1;
    halves[i].push(f);
    load[i] += statSync(f).size;
  }
  const t0 = performance.now();
  return Promise.all(halves.map((half) => new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-e", bareParse], { cwd: CORPUS, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 && /^\d+$/.test(out) ? done() : fail(new Error(`split bare parse exited ${code}`))));
    child.stdin.end(JSON.stringify(half));
  }))).then(() => ({ ms: performance.now() - t0 }));
}

async function bestAsync(fn) {
  let out = null;
  for (let i = 0; i < runs; i++) {
    const r = await fn();
    if (!out || r.ms < out.ms) out = r;
  }
  return out;
}

const cacheFile = join(CORPUS, "node_modules", ".cache", "llmsafe", "results.json");
const bare = best(() => timed(["-e", bareParse], { input: JSON.stringify(files) }));
if (!/^\d+$/.test(bare.stdout)) throw new Error(`bare parse failed: ${bare.stderr}`);
const split = await bestAsync(splitBare);
const jobs1 = best(() => timed([bin, "--jobs", "1", "-f", "json", "."]));
const jobs2 = best(() => timed([bin, "--jobs", "2", "-f", "json", "."]));
const cold = best(() => {
  rmSync(cacheFile, { force: true });
  return timed([bin, "--cache", "-f", "json", "."]);
});
const warm = best(() => timed([bin, "--cache", "-f", "json", "."]));

const linted = JSON.parse(jobs1.stdout);
const same = jobs1.stdout === jobs2.stdout;
const diffs = same ? [] : linted.filter((r, i) => JSON.stringify(r) !== JSON.stringify(JSON.parse(jobs2.stdout)[i])).map((r) => r.filePath);
const onlyBudget = diffs.length > 0 && diffs.every((f) => {
  const strip = (out) => JSON.stringify(JSON.parse(out).find((r) => r.filePath === f).messages.filter((m) => m.ruleId !== "llmsafe/time-budget"));
  return strip(jobs1.stdout) === strip(jobs2.stdout);
});

const cpu = cpus();
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const lines = [
  `llmsafe CLI benchmark (best of ${runs})`,
  `machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`,
  `corpus: ${files.length} files, ${(corpusBytes(files) / 1e6).toFixed(1)} MB (${versions.join(", ")}, test-fixtures/); llmsafe linted ${linted.length}`,
  "",
  `bare typescript-estree parse, 1 thread  ${s(bare.ms).padStart(9)}   1.00x   (${bare.stdout} files failed to parse)`,
  `bare parse split over 2 processes       ${s(split.ms).padStart(9)}   ${(split.ms / bare.ms).toFixed(2)}x   (the best any 2-way split can do here)`,
  `llmsafe --jobs 1                         ${s(jobs1.ms).padStart(9)}   ${(jobs1.ms / bare.ms).toFixed(2)}x of bare parse`,
  `llmsafe --jobs 2                         ${s(jobs2.ms).padStart(9)}   ${(jobs2.ms / bare.ms).toFixed(2)}x of bare parse   (bar: < 0.75x)  ${jobs2.ms / bare.ms < 0.75 ? "ok" : "MISSED"}`,
  `llmsafe --cache, cold                    ${s(cold.ms).padStart(9)}`,
  `llmsafe --cache, warm (nothing changed)  ${s(warm.ms).padStart(9)}   ${((warm.ms / cold.ms) * 100).toFixed(1)}% of cold   (bar: < 10%)  ${warm.ms / cold.ms < 0.1 ? "ok" : "MISSED"}`,
  "",
  `--jobs 1 and --jobs 2 output: ${same ? "identical" : `${diffs.length} files differ${onlyBudget ? " (only in time-budget notices: timeBudgetMs is wall-clock)" : ""}: ${diffs.slice(0, 5).join(", ")}`}`,
  `warm cache output identical to cold: ${warm.stdout === cold.stdout ? "yes" : "NO"}`,
];
console.log(lines.join("\n"));
const results = join(ROOT, "bench", "results");
if (existsSync(results)) writeFileSync(join(results, "cli.txt"), lines.join("\n") + "\n");
