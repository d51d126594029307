// Real code as the measure: runs the built CLI on the real-code corpus (public LLM apps, agents
// and SDK examples, read-only, outside this project) and scores its findings against two
// ledgers kept by hand in bench/real-code/:
//   triage.tsv  file line rule verdict reason   one row per finding: true, false or debatable
//               (when several findings of one rule share a line, as a grouped call reaching several sinks
//               does, `line` may be `N:text`: that row is for the findings whose message contains text)
//   risks.tsv   file lines rule reason          one row per real risk found by reading the code
//               (reported when a finding of that rule starts in those lines, or a step of its path is there)
// Prints precision (true / (true + false)) and recall (risks reported / risks listed), overall,
// per rule and per repository; the untriaged findings, the listed risks still silent, and the
// triage rows that match no finding any more (stale). A file whose analysis stopped at the time
// budget (llmsafe/time-budget, e.g. on a loaded machine) is not a finding: such files are listed
// apart, need no triage and are left out of precision, and the figures are then marked as possibly
// incomplete (the stopped files may hide findings). Exit 1 if any finding is untriaged (CI
// fails until someone reads it), 2 on a usage or ledger error, 0 otherwise.
//   node bench/real-code.mjs [corpus] [--json] [--ledgers dir]     (npm run bench:real builds first)
// The corpus defaults to ../shared/real-code/corpus from the project root. Not part of npm test.
// --ledgers reads triage.tsv and risks.tsv from another folder (bench/held-out for the held-out apps,
// node bench/real-code.mjs /work/heldout/apps --ledgers bench/held-out); with it, a missing corpus is
// skipped with a notice and exit 0, since only the machine that holds that corpus can measure it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const VERDICTS = new Set(["true", "false", "debatable"]);

function fail(message) {
  process.stderr.write(`bench:real: ${message}\n`);
  process.exit(2);
}

const USAGE = "usage: node bench/real-code.mjs [corpus] [--json] [--ledgers dir]";
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const ledgersAt = args.indexOf("--ledgers");
if (ledgersAt >= 0 && (!args[ledgersAt + 1] || args[ledgersAt + 1].startsWith("-"))) fail(`--ledgers needs a folder; ${USAGE}`);
const LEDGERS = resolve(ROOT, ledgersAt >= 0 ? args[ledgersAt + 1] : join(ROOT, "bench", "real-code"));
if (!existsSync(LEDGERS)) fail(`no ledger folder at ${LEDGERS}`);
const rest = args.filter((a, i) => a !== "--json" && (ledgersAt < 0 || (i !== ledgersAt && i !== ledgersAt + 1)));
if (rest.some((a) => a.startsWith("-")) || rest.length > 1) fail(USAGE);
const corpus = resolve(ROOT, rest[0] ?? join("..", "shared", "real-code", "corpus"));
if (!existsSync(corpus)) {
  if (ledgersAt < 0) fail(`no corpus at ${corpus}`);
  process.stdout.write(`bench:real: skipped, no corpus at ${corpus}\n`);
  process.exit(0);
}
const bin = join(ROOT, "bin", "llmsafe.js");
if (!existsSync(join(ROOT, "dist"))) fail("dist/ is missing: run npm run build first (npm run bench:real does)");

/** Reads a tab-separated ledger with a header line into objects keyed by the header's names. */
function readLedger(name, columns) {
  const file = join(LEDGERS, name);
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const header = lines[0].split("\t");
  if (header.join("\t") !== columns.join("\t")) fail(`${name}: header must be ${columns.join(" <tab> ")}`);
  const rows = [];
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === "") return;
    const cells = text.split("\t");
    if (cells.length !== columns.length) fail(`${name}:${i + 2}: ${cells.length} fields, want ${columns.length}`);
    rows.push({ ...Object.fromEntries(columns.map((c, j) => [c, cells[j].trim()])), at: `${name}:${i + 2}` });
  });
  return rows;
}

const triage = readLedger("triage.tsv", ["file", "line", "rule", "verdict", "reason"]);
for (const t of triage) {
  const m = /^(\d+)(?::(.+))?$/.exec(t.line);
  if (!m) fail(`${t.at}: line must be a number, or N:text, not "${t.line}"`);
  t.line = m[1];
  t.text = m[2];
  if (!VERDICTS.has(t.verdict)) fail(`${t.at}: verdict must be true, false or debatable, not "${t.verdict}"`);
  if (!t.reason) fail(`${t.at}: a verdict needs a reason`);
}
const risks = readLedger("risks.tsv", ["file", "lines", "rule", "reason"]).map((r) => {
  const m = /^(\d+)(?:-(\d+))?$/.exec(r.lines);
  if (!m) fail(`${r.at}: lines must be N or N-M, not "${r.lines}"`);
  return { ...r, from: Number(m[1]), to: Number(m[2] ?? m[1]) };
});

// The CLI as a user runs it, in its own process, from the corpus (so no config of this project applies).
const run = spawnSync(process.execPath, [bin, corpus, "--format", "json"], { cwd: corpus, encoding: "utf8", maxBuffer: 1 << 30 });
if (run.status !== 0 && run.status !== 1) fail(`llmsafe exited ${run.status}: ${run.stderr}`);
const findings = [];
/** Files whose analysis stopped at the time budget: not findings, but their findings may be missing. */
const timeBudget = [];
for (const result of JSON.parse(run.stdout)) {
  const file = (isAbsolute(result.filePath) ? relative(corpus, result.filePath) : result.filePath).split("\\").join("/");
  for (const m of result.messages) {
    if (!m.ruleId) continue; // a parse error, not a finding
    if (m.ruleId === "llmsafe/time-budget") {
      timeBudget.push({ file, line: m.line, message: m.message.split("\n")[0] });
      continue;
    }
    // A flow through a helper in another file is reported at the call site, and a reviewer may list the risk at
    // the sink inside the helper: a step of the finding's path in the risk's lines counts as reporting it too.
    // A grouped finding's other calls (relatedLocations) are where it is reported too.
    const steps = [...(m.path ?? []), ...(m.relatedLocations ?? [])].map((p) => ({ file: (isAbsolute(p.file) ? relative(corpus, p.file) : p.file).split("\\").join("/"), line: p.line }));
    findings.push({ file, line: m.line, rule: m.ruleId, message: m.message.split("\n")[0], steps });
  }
}

const key = (file, line, rule) => `${file}\t${line}\t${rule}`;
const repoOf = (file) => file.split("/")[0];
const byKey = new Map();
const duplicates = [];
/** Rows for one finding among several at a line (`N:text`), by key. */
const byText = new Map();
for (const t of triage) {
  const k = key(t.file, t.line, t.rule);
  const texts = byText.get(k) ?? [];
  if (t.text) {
    if (texts.some((u) => u.text === t.text)) duplicates.push(t);
    else byText.set(k, [...texts, t]);
  } else if (byKey.has(k)) duplicates.push(t);
  else byKey.set(k, t);
}
/** The row that triages finding f: one naming text in its message first, else the line's row. */
const rowOf = (f) => byText.get(key(f.file, f.line, f.rule))?.find((t) => f.message.includes(t.text)) ?? byKey.get(key(f.file, f.line, f.rule));
const findingKeys = new Set(findings.map((f) => key(f.file, f.line, f.rule)));
const isStale = (t) => t.text ? !findings.some((f) => key(f.file, f.line, f.rule) === key(t.file, t.line, t.rule) && f.message.includes(t.text)) : !findingKeys.has(key(t.file, t.line, t.rule));
const untriaged = [];
const counts = { true: 0, false: 0, debatable: 0 };
const precision = { rule: new Map(), repo: new Map() };
const tally = (map, name, field) => {
  if (!map.has(name)) map.set(name, { true: 0, false: 0, debatable: 0, untriaged: 0, listed: 0, reported: 0 });
  map.get(name)[field]++;
};
for (const f of findings) {
  const t = rowOf(f);
  const verdict = t ? t.verdict : "untriaged";
  if (!t) untriaged.push(f);
  else counts[verdict]++;
  tally(precision.rule, f.rule, verdict);
  tally(precision.repo, repoOf(f.file), verdict);
}
const stale = triage.filter(isStale);
const silent = [];
for (const r of risks) {
  const at = (file, line) => file === r.file && line >= r.from && line <= r.to;
  // A finding triaged false (its flow is not the real one) does not report the risk, even on the right line.
  const reported = findings.some((f) => f.rule === r.rule && rowOf(f)?.verdict !== "false" && (at(f.file, f.line) || f.steps.some((p) => at(p.file, p.line))));
  if (!reported) silent.push(r);
  for (const [map, name] of [[precision.rule, r.rule], [precision.repo, repoOf(r.file)]]) {
    tally(map, name, "listed");
    if (reported) tally(map, name, "reported");
  }
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const score = (c) => ({
  true: c.true, false: c.false, debatable: c.debatable, untriaged: c.untriaged,
  precision: ratio(c.true, c.true + c.false), listed: c.listed, reported: c.reported, recall: ratio(c.reported, c.listed),
});
const overall = score({ ...counts, untriaged: untriaged.length, listed: risks.length, reported: risks.length - silent.length });
const table = (map) => Object.fromEntries([...map.keys()].sort().map((k) => [k, score(map.get(k))]));
const summary = {
  corpus, findings: findings.length, overall, byRule: table(precision.rule), byRepository: table(precision.repo),
  untriaged, silent: silent.map(({ file, lines, rule, reason }) => ({ file, lines, rule, reason })),
  stale: stale.map(({ file, line, rule, verdict, reason }) => ({ file, line: Number(line), rule, verdict, reason })),
  duplicateTriageRows: duplicates.map((t) => t.at),
  timeBudget, incomplete: timeBudget.length > 0,
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else {
  const pct = (x) => (x === null ? "n/a" : `${(100 * x).toFixed(1)}%`);
  const out = [];
  const section = (title, map) => {
    out.push("", `${title.padEnd(40)} precision  (true/false/debatable/untriaged)   recall  (reported/listed)`);
    for (const [name, s] of Object.entries(map)) {
      out.push(`  ${name.padEnd(38)} ${pct(s.precision).padStart(7)}    ${`${s.true}/${s.false}/${s.debatable}/${s.untriaged}`.padEnd(28)} ${pct(s.recall).padStart(7)}  ${s.reported}/${s.listed}`);
    }
  };
  out.push(`llmsafe on ${relative(ROOT, corpus) || corpus}: ${findings.length} findings; ${triage.length} triage rows, ${risks.length} listed risks`);
  out.push(`precision ${pct(overall.precision)} (true ${counts.true}, false ${counts.false}, debatable ${counts.debatable}, untriaged ${untriaged.length})`);
  out.push(`recall    ${pct(overall.recall)} (${overall.reported} of ${risks.length} listed risks reported)`);
  if (timeBudget.length > 0) out.push(`INCOMPLETE: analysis stopped at the time budget in ${timeBudget.length} place(s) (listed below); findings there may be missing, so these figures may be incomplete`);
  section("per rule", summary.byRule);
  section("per repository", summary.byRepository);
  const list = (title, items, line) => {
    if (items.length === 0) return;
    out.push("", `${title} (${items.length}):`);
    for (const i of items) out.push(`  ${line(i)}`);
  };
  list(`UNTRIAGED findings: add a row to ${relative(ROOT, join(LEDGERS, "triage.tsv"))}`, untriaged, (f) => `${f.file}:${f.line} ${f.rule} ${f.message}`);
  list("time-budget notices (not findings, no triage needed; findings in these files may be missing)", timeBudget, (n) => `${n.file}:${n.line} ${n.message}`);
  list("listed risks still silent", silent, (r) => `${r.file}:${r.lines} ${r.rule} ${r.reason}`);
  list("stale triage rows (no finding at that file, line and rule any more)", stale, (t) => `${t.file}:${t.line} ${t.rule} [${t.verdict}] ${t.reason}`);
  list("duplicate triage rows (the first one counts)", duplicates, (t) => `${t.at} ${t.file}:${t.line} ${t.rule}`);
  process.stdout.write(`${out.join("\n")}\n`);
}
process.exit(untriaged.length > 0 ? 1 : 0);
