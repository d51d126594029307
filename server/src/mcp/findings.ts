// The scan tool's answer, built from the programmatic API's ESLint-shaped results: each finding
// with its rule, place, taint path step by step, fixes, survey/OWASP/CWE links; the files' notices
// (parse errors, skipped files); and what was understood, so "no findings" means something.
// Once as data (structuredContent) and once as text for the agent to read.
import { relative } from "node:path";
import type { LintResult } from "../api/index";
import { maskSecrets } from "../engine/keys";
import type { FileUnderstanding } from "../engine/types";
import { UnderstoodTally, understoodLine, type UnderstoodSummary } from "../engine/understood";
import { links, rulesById } from "./rule-docs";
import { isWithin } from "../engine/within";

type Message = LintResult["messages"][number];
type EslintFix = { range: [number, number]; text: string };

interface Place { line: number; column: number }

/** Line and column (1-based) of an offset in a text. */
function placeOf(text: string | undefined, offset: number): Place | undefined {
  if (text === undefined || offset > text.length) return undefined;
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - nl };
}

function fixOf(fix: EslintFix, text: string | undefined) {
  return { range: fix.range, text: fix.text, start: placeOf(text, fix.range[0]), end: placeOf(text, fix.range[1]), replaces: text?.slice(fix.range[0], fix.range[1]) };
}

const SEVERITY = { 2: "error", 1: "warning" } as const;

function findingOf(file: string, m: Message, textOf: (f: string) => string | undefined) {
  const rule = rulesById.get(m.ruleId ?? "");
  const text = textOf(file);
  const x = m as Message & { path?: { file: string; line: number; column: number; description: string }[]; fix?: EslintFix; suggestions?: { desc: string; fix: EslintFix }[]; relatedLocations?: { file: string; line: number; column: number; description: string }[]; confidence?: string };
  return {
    rule: m.ruleId ?? "",
    severity: SEVERITY[m.severity as 1 | 2] ?? "warning",
    message: m.message,
    file,
    line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column,
    confidence: x.confidence ?? "high",
    path: (x.path ?? []).map((s) => ({ file: s.file, line: s.line, column: s.column, description: s.description })),
    relatedLocations: (x.relatedLocations ?? []).map((s) => ({ file: s.file, line: s.line, column: s.column, description: s.description })),
    ...(x.fix ? { fix: fixOf(x.fix, text) } : {}),
    suggestions: (x.suggestions ?? []).map((s) => ({ title: s.desc, ...fixOf(s.fix, text) })),
    ...(rule ? links(rule) : {}),
  };
}

export type ScanFinding = ReturnType<typeof findingOf>;

/** Results as the scan tool's structured answer (paths absolute; secrets masked everywhere). */
export function scanAnswer(results: LintResult[], roots: string[], textOf: (f: string) => string | undefined) {
  const findings: ScanFinding[] = [];
  const notices: { file: string; line: number; column: number; severity: string; message: string }[] = [];
  const tally = new UnderstoodTally();
  for (const r of results) {
    tally.add((r as LintResult & { llmsafe?: { understood: FileUnderstanding } }).llmsafe?.understood);
    for (const m of r.messages) {
      if (m.ruleId && rulesById.has(m.ruleId)) findings.push(findingOf(r.filePath, m, textOf));
      else notices.push({ file: r.filePath, line: m.line, column: m.column, severity: SEVERITY[m.severity as 1 | 2] ?? "warning", message: m.message });
    }
  }
  const understood = tally.summary();
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const answer = {
    roots,
    filesScanned: results.length,
    findingCount: findings.length,
    errors: count("error"),
    warnings: count("warning"),
    findings,
    notices,
    understood: { ...understood, byProvider: understood.byProvider.map(([sdk, calls]) => ({ sdk, calls })), unmodelled: understood.unmodelled.map(([pkg, files]) => ({ package: pkg, files })), line: understoodLine(understood) },
  };
  return masked(answer);
}

export type ScanAnswer = ReturnType<typeof scanAnswer>;

/** Every string in a value with key-shaped text masked: the engine masks its messages, this covers excerpts and fix text too. */
function masked<T>(v: T): T {
  if (typeof v === "string") return maskSecrets(v) as T;
  if (Array.isArray(v)) return v.map(masked) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, masked(x)])) as T;
  return v;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** The same answer for people and agents that read text: one line per finding, then its path, fixes and links. */
export function scanText(a: ScanAnswer): string {
  // Relative to the root that holds the file (one root: what the agent named); absolute when none does.
  const rel = (f: string) => {
    const root = a.roots.filter((r) => f !== r && isWithin(r, f)).sort((x, y) => y.length - x.length)[0];
    return root ? relative(root, f) : f;
  };
  const lines: string[] = [];
  for (const f of a.findings) {
    lines.push(`${rel(f.file)}:${f.line}:${f.column}  ${f.severity}  ${f.message}  [${f.rule}]`);
    if (f.path.length) {
      lines.push("  path:");
      for (const s of f.path) lines.push(`    ${rel(s.file)}:${s.line}:${s.column} ${s.description}`);
    }
    for (const s of f.relatedLocations) lines.push(`  also from ${rel(s.file)}:${s.line}:${s.column} ${s.description}`);
    if (f.fix) lines.push(`  fix (safe): ${editText(f.fix)}`);
    for (const s of f.suggestions) lines.push(`  suggestion: ${s.title}: ${editText(s)}`);
    if ("survey" in f && f.survey) lines.push(`  survey §${f.survey.section} ${f.survey.title}: ${f.survey.url}`);
    if ("owasp" in f && f.owasp) lines.push(`  OWASP: ${f.owasp.text}; ${f.cwe!.map((c) => c.id).join(", ")}; explain_rule ${f.rule} for how to fix`);
  }
  for (const n of a.notices) lines.push(`${rel(n.file)}:${n.line}:${n.column}  ${n.severity}  ${n.message}`);
  const head = a.findingCount
    ? `${plural(a.findingCount, "finding")} (${plural(a.errors, "error")}, ${plural(a.warnings, "warning")}) in ${plural(a.filesScanned, "file")} scanned.`
    : `No findings in ${plural(a.filesScanned, "file")} scanned.`;
  lines.push("", head, understoodSentence(a.understood), `roots: ${a.roots.join(", ")}`);
  return lines.join("\n") + "\n";
}

/** `replace "x" with "y" at 3:5-3:8`, or `insert "y" at 3:5`. */
function editText(e: ReturnType<typeof fixOf>): string {
  const at = e.start ? ` at ${e.start.line}:${e.start.column}` : "";
  if (!e.replaces) return `insert ${JSON.stringify(e.text)}${at}`;
  return `replace ${JSON.stringify(e.replaces)} with ${JSON.stringify(e.text)}${at}${e.end ? `-${e.end.line}:${e.end.column}` : ""}`;
}

/** What "no findings" rests on. */
function understoodSentence(u: Pick<UnderstoodSummary, "llmCalls" | "tools" | "handlers"> & { line: string }): string {
  const none = !u.llmCalls && !u.tools && !u.handlers;
  return none ? `${u.line} (nothing LLM-related was recognised: an empty result says little here)` : u.line;
}
