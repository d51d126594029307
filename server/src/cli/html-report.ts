// `--format html`: one self-contained page for people (a security review, a CI artifact), opened
// from disk. The run and what was understood, counts by rule and severity, filters, and for each
// finding its code, its taint path across files, its links and how to fix it. Rendered here as
// static markup (the page works without its script; the script only filters and expands). Every
// piece of text from the linted project is escaped, and code lines are masked (html-source.ts).
import { createHash } from "node:crypto";
import { rulesById } from "../../../rules/index";
import { OWASP_AGENTIC_2026, OWASP_LIST_URLS, OWASP_LLM_2025, OWASP_LLM_2026 } from "../../../rules/owasp";
import type { FileNotice, FileResult, Finding, FlowStep, Location, Severity } from "../engine/types";
import { summariseUnderstanding, understoodLine, type UnderstoodSummary } from "../engine/understood";
import { relPath } from "./fingerprint";
import fixAdvice from "./fix-advice.json";
import { activeFindings, noticeRuleId, type FormatContext } from "./format";
import { adviceHtml } from "./html-advice";
import { REPORT_CSS, REPORT_JS } from "./html-report-assets";
import { escapeHtml as esc, excerpt, locationLine } from "./html-source";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** What the page shows of one problem: a finding, or a notice about a file or a directive. */
interface Item {
  id: string;
  rule: string;
  severity: Severity;
  loc: Location;
  message: string;
  finding?: Finding;
}

export interface HtmlContext extends FormatContext {
  version: string;
  /** When the run happened (the page says so); now by default. */
  generatedAt?: Date;
}

const NOTICE_TITLES: Record<FileNotice["kind"], string> = {
  "parse-error": "The file does not parse",
  skipped: "File skipped",
  "unknown-rule": "Unknown rule id in a suppression comment",
  "unused-suppression": "Suppression comment that silences nothing",
  "config-error": "Configuration error",
  "time-budget": "Analysis stopped at the time budget",
};

function ruleTitle(rule: string): string {
  const meta = rulesById.get(rule)?.meta;
  if (meta) return meta.description.replace(/^Report /, "").replace(/^./, (c) => c.toUpperCase());
  const kind = rule.replace(/^llmsafe\//, "") as FileNotice["kind"];
  return NOTICE_TITLES[kind] ?? rule;
}

function collectItems(results: FileResult[], ctx: FormatContext): Item[] {
  const out: Item[] = [];
  for (const r of results) {
    const items: Omit<Item, "id">[] = [
      ...r.notices.map((n) => ({ rule: noticeRuleId(n) ?? `llmsafe/${n.kind}`, severity: n.severity, loc: n, message: n.message })),
      ...activeFindings(r, ctx).map((f) => ({ rule: f.ruleId, severity: f.severity, loc: f as Location, message: f.message, finding: f })),
    ];
    items.sort((a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column);
    for (const it of items) out.push({ ...it, id: `finding-${out.length + 1}` });
  }
  return out;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** The whole page. */
export function formatHtml(results: FileResult[], ctx: HtmlContext): string {
  const items = collectItems(results, ctx);
  const rel = (file: string) => relPath(ctx.root, file) || file;
  const body = [
    runHeader(results, items, ctx),
    "<main>",
    summarySection(items),
    filtersSection(items),
    findingsSection(items, ctx, rel),
    "</main>",
  ].join("\n");
  const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  // Only the page's own style and script, by hash: no network, no other script, no plug-ins.
  const csp = `default-src 'none'; style-src ${hash(REPORT_CSS)}; script-src ${hash(REPORT_JS)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="llmsafe ${esc(ctx.version)}">
<title>llmsafe report: ${esc(summaryText(items))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function summaryText(items: Item[]): string {
  const n = (s: Severity) => items.filter((i) => i.severity === s).length;
  if (!items.length) return "no problems found";
  return `${plural(items.length, "problem")} (${plural(n("error"), "error")}, ${plural(n("warning"), "warning")}${n("info") ? `, ${n("info")} info` : ""})`;
}

function runHeader(results: FileResult[], items: Item[], ctx: HtmlContext): string {
  const u = summariseUnderstanding(results);
  const at = (ctx.generatedAt ?? new Date()).toISOString().replace(/\.\d+Z$/, "Z");
  return `<header class="run">
<h1>llmsafe report</h1>
<dl>
<dt>Root</dt><dd><code id="run-root">${esc(ctx.root)}</code></dd>
<dt>Files</dt><dd id="run-files">${results.length}</dd>
<dt>Time</dt><dd><time datetime="${at}">${at.replace("T", " ").replace("Z", " UTC")}</time></dd>
<dt>Version</dt><dd>llmsafe ${esc(ctx.version)}</dd>
<dt>Result</dt><dd id="run-summary">${esc(summaryText(items))}</dd>
<dt>Understood</dt><dd class="understood" id="run-understood">${esc(understoodLine(u).replace(/^understood: /, ""))}${understoodDetail(u)}</dd>
</dl>
</header>`;
}

/** Why silence means something: calls by SDK, and what no model describes. */
function understoodDetail(u: UnderstoodSummary): string {
  if (!u.unmodelled.length) return "";
  return `<br>Calls through ${u.unmodelled.map(([p]) => `<code>${esc(p)}</code>`).join(", ")} are not followed: no finding there means nothing.`;
}

/** Counts by rule and severity; each count (and each rule, each severity) filters the list. */
function summarySection(items: Item[]): string {
  const rules = [...new Set(items.map((i) => i.rule))].sort((a, b) => countOf(items, b) - countOf(items, a) || a.localeCompare(b));
  const totals = SEVERITIES.map((s) => {
    const n = items.filter((i) => i.severity === s).length;
    return `<button type="button" class="badge ${s}" data-show-severity="${s}"${n ? "" : " disabled"}>${n} ${s === "info" || n === 1 ? s : `${s}s`}</button>`;
  }).join("");
  const rows = rules.map((rule) => {
    const cells = SEVERITIES.map((s) => {
      const n = items.filter((i) => i.rule === rule && i.severity === s).length;
      return `<td class="num">${n ? `<button type="button" class="linkish count ${s}" data-show-rule="${esc(rule)}" data-show-severity="${s}">${n}</button>` : ""}</td>`;
    }).join("");
    return `<tr data-rule="${esc(rule)}"><td><button type="button" class="linkish rule-id" data-show-rule="${esc(rule)}">${esc(rule)}</button><br><span class="rule-title">${esc(ruleTitle(rule))}</span></td>${cells}<td class="num total">${countOf(items, rule)}</td></tr>`;
  });
  return `<section id="summary">
<h2>Summary</h2>
<div class="totals">${totals}</div>
${rules.length ? `<table class="by-rule">
<thead><tr><th>rule</th><th class="num">error</th><th class="num">warning</th><th class="num">info</th><th class="num">total</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>` : `<p>No problems found.</p>`}
</section>`;
}

const countOf = (items: Item[], rule: string) => items.filter((i) => i.rule === rule).length;

function filtersSection(items: Item[]): string {
  const rules = [...new Set(items.map((i) => i.rule))].sort();
  return `<section class="filters" id="filters" aria-label="Filters">
<span>${SEVERITIES.map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`).join(" ")}</span>
<label>rule <select id="rule-filter"><option value="">all rules</option>${rules.map((r) => `<option value="${esc(r)}">${esc(r)}</option>`).join("")}</select></label>
<label>file <input type="search" id="file-filter" placeholder="part of a path" autocomplete="off"></label>
<button type="button" id="reset-filters">show all</button>
<button type="button" id="expand-paths">expand paths</button>
<button type="button" id="collapse-paths">collapse paths</button>
<span><span id="shown-count">${items.length}</span> of ${items.length} shown</span>
</section>`;
}

function findingsSection(items: Item[], ctx: HtmlContext, rel: (file: string) => string): string {
  const byFile = new Map<string, Item[]>();
  for (const it of items) byFile.set(it.loc.file, [...(byFile.get(it.loc.file) ?? []), it]);
  const groups = [...byFile].map(([file, list]) => `<section class="file-group" data-file="${esc(rel(file))}">
<h3><code>${esc(rel(file))}</code> <span class="rule-title">${plural(list.length, "problem")}</span></h3>
${list.map((it) => findingCard(it, ctx, rel)).join("\n")}
</section>`);
  return `<section id="findings">
<h2>Findings</h2>
<p id="no-match" hidden>No finding matches these filters.</p>
${groups.join("\n")}
</section>`;
}

function findingCard(it: Item, ctx: HtmlContext, rel: (file: string) => string): string {
  const f = it.finding;
  const files = new Set([it.loc.file, ...(f?.path ?? []).map((p) => p.file), ...(f?.relatedLocations ?? []).map((p) => p.file)]);
  const where = `${rel(it.loc.file)}:${it.loc.start.line}:${it.loc.start.column}`;
  return `<article class="finding ${it.severity}" id="${it.id}" data-severity="${it.severity}" data-rule="${esc(it.rule)}" data-files="${esc([...files].map(rel).join("\n").toLowerCase())}">
<div class="finding-head"><span class="sev ${it.severity}">${it.severity}</span> <code class="rule-id">${esc(it.rule)}</code> <span class="rule-title">${esc(ruleTitle(it.rule))}</span> <span class="loc">${esc(where)}</span>${f ? ` <span class="confidence">confidence ${esc(f.confidence)}</span>` : ""}</div>
<p class="message">${esc(it.message)}</p>
${excerptHtml(ctx.textOf?.(it.loc.file), it.loc)}
${f ? [pathHtml(f, ctx, rel), relatedHtml(f, ctx, rel), linksHtml(f), fixHtml(f)].join("\n") : ""}
</article>`;
}

function excerptHtml(text: string | undefined, loc: Location): string {
  const lines = excerpt(text, loc);
  if (!lines.length) return "";
  const body = lines.map((l) => (l ? `<span class="ln${l.marked ? " marked" : ""}"><span class="n">${l.line}</span>${l.html}</span>` : `<span class="ln gap"><span class="n">…</span></span>`)).join("");
  return `<pre class="excerpt">${body}</pre>`;
}

/** The taint path, source to sink, one step per line of code, with a marker where it changes file. */
function pathHtml(f: Finding, ctx: HtmlContext, rel: (file: string) => string): string {
  if (!f.path.length) return "";
  const files = new Set(f.path.map((p) => p.file));
  const steps: string[] = [];
  f.path.forEach((p, i) => {
    if (i === 0 || p.file !== f.path[i - 1].file) steps.push(`<li class="file-change">in <code>${esc(rel(p.file))}</code></li>`);
    const role = f.path.length === 1 ? "" : i === 0 ? "source" : i === f.path.length - 1 ? "sink" : "";
    steps.push(stepHtml(p, role, ctx, rel));
  });
  const what = `${plural(f.path.length, "step")}${files.size > 1 ? ` across ${files.size} files` : ""}`;
  return `<details class="path"><summary>Taint path: ${what}</summary>
<ol class="steps">
${steps.join("\n")}
</ol>
</details>`;
}

function stepHtml(p: FlowStep, role: string, ctx: HtmlContext, rel: (file: string) => string): string {
  const line = locationLine(ctx.textOf?.(p.file), p);
  return `<li class="step${role ? ` ${role}` : ""}">${role ? `<span class="step-role">${role}</span>` : ""}<span class="loc">${esc(`${rel(p.file)}:${p.start.line}:${p.start.column}`)}</span> ${esc(p.description)}${line !== null ? `<code class="line">${line}</code>` : ""}</li>`;
}

/** The other calls of a grouped finding (one root cause, one finding). */
function relatedHtml(f: Finding, ctx: HtmlContext, rel: (file: string) => string): string {
  const related = f.relatedLocations ?? [];
  if (!related.length) return "";
  return `<details class="related"><summary>Also reached from ${plural(related.length, "other call")}</summary>
<ol class="steps">
${related.map((p) => stepHtml(p, "", ctx, rel)).join("\n")}
</ol>
</details>`;
}

/** Survey section, OWASP (2026 id, with the 2025 id where it was renumbered), CWE. */
function linksHtml(f: Finding): string {
  const meta = rulesById.get(f.ruleId)?.meta;
  const survey = `<a href="${esc(f.surveyUrl)}" rel="noreferrer">survey §${esc(f.surveySection)}${meta ? ` ${esc(meta.surveyTitle)}` : ""}</a>`;
  const llm = (meta?.owaspLlm2026 ?? []).map((id) => {
    const e = OWASP_LLM_2026[id as keyof typeof OWASP_LLM_2026];
    if (!e) return esc(id);
    const was = e.was === id ? "" : ` (${e.was}:2025 ${OWASP_LLM_2025[e.was as keyof typeof OWASP_LLM_2025]})`;
    return `<a href="${OWASP_LIST_URLS.llm}" rel="noreferrer">${esc(`${id}:2026 ${e.title}${was}`)}</a>`;
  });
  const agentic = (meta?.owaspAgentic ?? []).map((id) => `<a href="${OWASP_LIST_URLS.agentic}" rel="noreferrer">${esc(`${id}:2026 ${OWASP_AGENTIC_2026[id as keyof typeof OWASP_AGENTIC_2026] ?? ""}`.trim())}</a>`);
  const cwe = f.cwe.map((c) => `<a href="https://cwe.mitre.org/data/definitions/${encodeURIComponent(c.replace(/^CWE-/, ""))}.html" rel="noreferrer">${esc(c)}</a>`);
  const owasp = llm.length || agentic.length ? [...llm, ...agentic].join(", ") : esc(f.owasp);
  return `<p class="links">${survey} · OWASP ${owasp} · ${cwe.join(", ")}</p>`;
}

/** The finding's quick fixes and the rule's advice (its docs page's "Fixed" section). */
function fixHtml(f: Finding): string {
  const advice = (fixAdvice as Record<string, string>)[f.ruleId] ?? "";
  const fixes = f.fixes.filter((x) => x.edits.length);
  if (!advice && !fixes.length) return "";
  const list = fixes.length
    ? `<p>Quick fixes (<code>llmsafe --fix</code> applies the safe ones; the editor offers all):</p><ul>${fixes.map((x) => `<li>${esc(x.title)} (${x.suggestion ? "suggestion: changes behaviour, review it" : "safe fix"})</li>`).join("")}</ul>`
    : "";
  return `<details class="fix"><summary>How to fix</summary>
${list}${advice ? `<div class="advice">${adviceHtml(advice)}</div>` : ""}
<p class="rule-title">From <code>docs/rules/${esc(f.ruleId)}.md</code>.</p>
</details>`;
}
