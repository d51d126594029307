// Engine results as LSP diagnostics: one per active finding (suppressed ones stay audit-only)
// and one per file notice, so parse errors, skipped files and stale suppressions are visible
// where the user looks. Pure: positions come from the engine's 1-based line/column.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from "vscode-languageserver";
import type { FileNotice, FileResult, Finding, Location, Severity } from "../engine/types";
import { pathToUri } from "./uri";

export const DIAGNOSTIC_SOURCE = "llmsafe";

/** What a diagnostic carries back to code actions and hovers, so they can find their finding. */
export interface DiagnosticData {
  ruleId: string;
  start: number;
  end: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(loc: Pick<Location, "start" | "end">): Range {
  return {
    start: { line: loc.start.line - 1, character: loc.start.column - 1 },
    end: { line: loc.end.line - 1, character: loc.end.column - 1 },
  };
}

export function findingToDiagnostic(f: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = f.path.map((step, i) => ({
    location: { uri: pathToUri(step.file), range: toRange(step) },
    message: `${i + 1}/${f.path.length}: ${step.description}`,
  }));
  // The other calls that reach the same sink (one root cause, one diagnostic).
  for (const r of f.relatedLocations ?? []) related.push({ location: { uri: pathToUri(r.file), range: toRange(r) }, message: r.description });
  const data: DiagnosticData = { ruleId: f.ruleId, start: f.range.start, end: f.range.end };
  return {
    range: toRange(f),
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: f.surveyUrl },
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

export function noticeToDiagnostic(n: FileNotice): Diagnostic {
  return {
    range: toRange(n),
    severity: SEVERITY[n.severity],
    source: DIAGNOSTIC_SOURCE,
    code: n.kind,
    message: n.message,
    // Editors grey out an unused suppression comment, as they do unused code.
    ...(n.kind === "unused-suppression" ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

export function toDiagnostics(result: FileResult): Diagnostic[] {
  return [
    ...result.notices.map(noticeToDiagnostic),
    ...result.findings.filter((f) => !f.suppressed).map(findingToDiagnostic),
  ];
}

/** A problem with a workspace's .llmsaferc.json, shown on that file. */
export function configProblemDiagnostics(problems: { keyPath: string; message: string }[]): Diagnostic[] {
  return problems.map((p) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: "config-error",
    message: `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`,
  }));
}
