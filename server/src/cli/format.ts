// Output formats for people and tools: stylish (default), compact, ESLint's JSON results shape
// (plus the taint path and links), GitHub workflow annotations. SARIF lives in sarif.ts.
import { relative } from "node:path";
import { rulesById } from "../../../rules/index";
import type { FileNotice, FileResult, Finding, FlowStep, Severity } from "../engine/types";
import { summariseUnderstanding, understoodLine } from "../engine/understood";
import { mergeEdits } from "./fix";

const SEVERITY_NUM = { error: 2, warning: 1, info: 1 } as const;

/** What the formatters need beyond the engine's results. */
export interface FormatContext {
  cwd: string;
  root: string;
  /** File text, for ESLint-style fix ranges. */
  textOf?: (file: string) => string | undefined;
  fingerprints?: Map<Finding, string>;
  /** Findings hidden because the baseline has them (kept in JSON's suppressedMessages). */
  baselined?: Set<Finding>;
}

/** Findings shown (not suppressed, not in the baseline). */
export function activeFindings(r: FileResult, ctx?: Pick<FormatContext, "baselined">): Finding[] {
  return r.findings.filter((f) => !f.suppressed && !ctx?.baselined?.has(f));
}

export function noticeRuleId(n: FileNotice): string | null {
  return n.kind === "parse-error" || n.kind === "skipped" ? null : `llmsafe/${n.kind}`;
}

function fixInfo(f: Finding, ctx?: FormatContext) {
  const text = ctx?.textOf?.(f.file);
  if (text === undefined) return {};
  const safe = f.fixes.find((x) => !x.suggestion && x.edits.length);
  const suggestions = f.fixes.filter((x) => x.suggestion && x.edits.length).map((x) => ({ desc: x.title, fix: mergeEdits(text, x.edits) }));
  return { ...(safe ? { fix: mergeEdits(text, safe.edits) } : {}), ...(suggestions.length ? { suggestions } : {}) };
}

const jsonStep = (p: FlowStep) => ({ file: p.file, line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column, description: p.description });

/**
 * ESLint's results shape: [{ filePath, messages: [{ ruleId, severity, message, line, column, endLine, endColumn }] }].
 * What llmsafe adds is in extra properties, which ESLint's own consumers ignore: on a message its
 * taint `path`, the other calls of a grouped finding (`relatedLocations`), the survey and OWASP
 * links; on a result `llmsafe.understood`, what was recognised in the file (docs/cli.md).
 */
export function toEslintJson(results: FileResult[], ctx?: FormatContext) {
  return results.map((r) => {
    const messages = [
      ...r.notices.map((n) => ({
        ruleId: noticeRuleId(n), severity: SEVERITY_NUM[n.severity],
        message: n.message, line: n.start.line, column: n.start.column, endLine: n.end.line, endColumn: n.end.column,
        ...(n.kind === "parse-error" ? { fatal: true } : {}),
      })),
      ...activeFindings(r, ctx).map((f) => ({
        ruleId: f.ruleId, severity: SEVERITY_NUM[f.severity], message: f.message,
        line: f.start.line, column: f.start.column, endLine: f.end.line, endColumn: f.end.column,
        ...fixInfo(f, ctx),
        confidence: f.confidence, surveyUrl: f.surveyUrl, surveySection: f.surveySection,
        surveyTitle: rulesById.get(f.ruleId)?.meta.surveyTitle, owasp: f.owasp, cwe: f.cwe,
        ...(ctx?.fingerprints ? { fingerprint: ctx.fingerprints.get(f) } : {}),
        path: f.path.map(jsonStep),
        ...(f.relatedLocations?.length ? { relatedLocations: f.relatedLocations.map(jsonStep) } : {}),
      })),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    const suppressedMessages = r.findings.filter((f) => f.suppressed || ctx?.baselined?.has(f)).map((f) => ({
      ruleId: f.ruleId, severity: SEVERITY_NUM[f.severity], message: f.message, line: f.start.line, column: f.start.column,
      endLine: f.end.line, endColumn: f.end.column,
      suppressions: f.suppressed ? [{ kind: "directive" as const, justification: f.suppressed.reason }] : [{ kind: "external" as const, justification: "in the llmsafe baseline" }],
      ...(ctx?.fingerprints ? { fingerprint: ctx.fingerprints.get(f) } : {}),
    }));
    const count = (sev: number) => messages.filter((m) => m.severity === sev).length;
    return {
      filePath: r.file, messages, suppressedMessages,
      errorCount: count(2), fatalErrorCount: messages.filter((m) => "fatal" in m).length, warningCount: count(1),
      fixableErrorCount: messages.filter((m) => m.severity === 2 && "fix" in m).length,
      fixableWarningCount: messages.filter((m) => m.severity === 1 && "fix" in m).length,
      ...(r.understood ? { llmsafe: { understood: r.understood } } : {}),
    };
  });
}

export function formatJson(results: FileResult[], ctx: FormatContext): string {
  return JSON.stringify(toEslintJson(results, ctx)) + "\n";
}

interface Item {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  sev: Severity;
  msg: string;
  rule: string;
  finding?: Finding;
}

function items(r: FileResult, ctx: FormatContext): Item[] {
  return [
    ...r.notices.map((n) => ({ line: n.start.line, col: n.start.column, endLine: n.end.line, endCol: n.end.column, sev: n.severity, msg: n.message, rule: noticeRuleId(n) ?? n.kind })),
    ...activeFindings(r, ctx).map((f) => ({ line: f.start.line, col: f.start.column, endLine: f.end.line, endCol: f.end.column, sev: f.severity, msg: f.message, rule: f.ruleId, finding: f })),
  ].sort((a, b) => a.line - b.line || a.col - b.col);
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

export function summaryCounts(results: FileResult[], ctx: FormatContext) {
  let errors = 0, warnings = 0, infos = 0, fixable = 0;
  for (const r of results) {
    for (const it of items(r, ctx)) {
      if (it.sev === "error") errors++;
      else if (it.sev === "warning") warnings++;
      else infos++;
      if (it.finding?.fixes.some((x) => !x.suggestion)) fixable++;
    }
  }
  return { errors, warnings, infos, fixable };
}

/** Text from the linted project (file names, code in messages) never reaches a terminal raw. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function formatStylish(results: FileResult[], ctx: FormatContext & { color: boolean; baselinedCount?: number }): string {
  const c = (code: string, s: string) => (ctx.color ? `\u001b[${code}m${printable(s)}\u001b[0m` : printable(s));
  let out = "";
  for (const r of results) {
    const list = items(r, ctx);
    if (!list.length) continue;
    out += `\n${c("4", relative(ctx.cwd, r.file) || r.file)}\n`;
    for (const it of list) {
      const sevWord = it.sev === "error" ? "error" : it.sev === "warning" ? "warning" : "info";
      const sev = c(it.sev === "error" ? "31" : it.sev === "warning" ? "33" : "36", sevWord);
      out += `  ${`${it.line}:${it.col}`.padEnd(8)} ${sev}${" ".repeat(Math.max(1, 8 - sevWord.length))}${printable(it.msg)}  ${c("2", it.rule)}\n`;
      const f = it.finding;
      if (!f) continue;
      f.path.forEach((p, i) => {
        out += `             ${c("2", `${i === 0 ? "path:" : "     "} ${relative(ctx.cwd, p.file)}:${p.start.line}:${p.start.column} ${p.description}`)}\n`;
      });
      f.relatedLocations?.forEach((p, i) => {
        out += `             ${c("2", `${i === 0 ? "also:" : "     "} ${relative(ctx.cwd, p.file)}:${p.start.line}:${p.start.column} ${p.description}`)}\n`;
      });
      const title = rulesById.get(f.ruleId)?.meta.surveyTitle;
      out += `             ${c("2", `survey §${f.surveySection}${title ? ` ${title}` : ""}: ${f.surveyUrl}`)}\n`;
    }
  }
  const { errors, warnings, infos, fixable } = summaryCounts(results, ctx);
  const total = errors + warnings + infos;
  const base = ctx.baselinedCount ? ` (${ctx.baselinedCount} more in the baseline)` : "";
  if (total) {
    out += `\n${c(errors ? "31;1" : "33;1", `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}${infos ? `, ${infos} info` : ""})`)}${base}\n`;
    if (fixable) out += `  ${plural(fixable, "problem")} fixable with the \`--fix\` option.\n`;
  } else out += `${c("32", "✔ no problems found")} in ${plural(results.length, "file")}${base}\n`;
  // What the silence (or the findings) rest on: what llmsafe recognised, and what it could not.
  out += `${c("2", understoodLine(summariseUnderstanding(results)))}\n`;
  return out;
}

/** ESLint's compact format: one line per problem. */
export function formatCompact(results: FileResult[], ctx: FormatContext): string {
  let out = "";
  let total = 0;
  for (const r of results) {
    for (const it of items(r, ctx)) {
      total++;
      const sev = it.sev === "error" ? "Error" : it.sev === "warning" ? "Warning" : "Info";
      out += `${printable(r.file)}: line ${it.line}, col ${it.col}, ${sev} - ${printable(it.msg)} (${it.rule})\n`;
    }
  }
  if (total) out += `\n${plural(total, "problem")}\n`;
  return out;
}

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=...,line=...::message` lines that GitHub Actions turns into annotations. */
export function formatGithub(results: FileResult[], ctx: FormatContext): string {
  let out = "";
  for (const r of results) {
    const file = relative(ctx.cwd, r.file).split("\\").join("/");
    for (const it of items(r, ctx)) {
      const level = it.sev === "error" ? "error" : it.sev === "warning" ? "warning" : "notice";
      const props: [string, string | number][] = [["file", file], ["line", it.line], ["col", it.col], ["endLine", it.endLine], ...(it.endLine === it.line ? [["endColumn", it.endCol] as [string, number]] : []), ["title", `llmsafe ${it.rule}`]];
      const also = it.finding?.relatedLocations?.length ? `also: ${it.finding.relatedLocations.map((p) => `${relative(ctx.cwd, p.file)}:${p.start.line}`).join(", ")}\n` : "";
      const more = it.finding ? `\n${it.finding.path.length ? `path: ${it.finding.path.map((p) => `${relative(ctx.cwd, p.file)}:${p.start.line} ${p.description}`).join(" → ")}\n` : ""}${also}survey §${it.finding.surveySection}: ${it.finding.surveyUrl}` : "";
      out += `::${level} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(it.msg + more)}\n`;
    }
  }
  return out;
}
