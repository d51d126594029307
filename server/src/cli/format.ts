// Output formats: ESLint's JSON results shape (plus path and links), and stylish for people.
import { relative } from "node:path";
import type { FileResult } from "../engine/types";

const SEVERITY_NUM = { error: 2, warning: 1, info: 1 } as const;

export function toEslintJson(results: FileResult[]) {
  return results.map((r) => {
    const messages = [
      ...r.notices.map((n) => ({
        ruleId: n.kind === "parse-error" || n.kind === "skipped" ? null : `llmsafe/${n.kind}`, severity: SEVERITY_NUM[n.severity],
        message: n.message, line: n.start.line, column: n.start.column, endLine: n.end.line, endColumn: n.end.column,
        ...(n.kind === "parse-error" ? { fatal: true } : {}),
      })),
      ...r.findings.filter((f) => !f.suppressed).map((f) => ({
        ruleId: f.ruleId, severity: SEVERITY_NUM[f.severity], message: f.message,
        line: f.start.line, column: f.start.column, endLine: f.end.line, endColumn: f.end.column,
        confidence: f.confidence, surveyUrl: f.surveyUrl, surveySection: f.surveySection, owasp: f.owasp, cwe: f.cwe,
        path: f.path.map((p) => ({ file: p.file, line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column, description: p.description })),
      })),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    const suppressedMessages = r.findings.filter((f) => f.suppressed).map((f) => ({
      ruleId: f.ruleId, severity: SEVERITY_NUM[f.severity], message: f.message, line: f.start.line, column: f.start.column,
      endLine: f.end.line, endColumn: f.end.column, suppressions: [{ kind: "directive", justification: f.suppressed!.reason }],
    }));
    const count = (sev: number) => messages.filter((m) => m.severity === sev).length;
    return {
      filePath: r.file, messages, suppressedMessages,
      errorCount: count(2), fatalErrorCount: messages.filter((m) => "fatal" in m).length, warningCount: count(1),
      fixableErrorCount: 0, fixableWarningCount: 0,
    };
  });
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(toEslintJson(results)) + "\n";
}

export function formatStylish(results: FileResult[], opts: { cwd: string; color: boolean }): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let out = "";
  let errors = 0, warnings = 0;
  for (const r of results) {
    const items = [
      ...r.notices.map((n) => ({ line: n.start.line, col: n.start.column, sev: n.severity, msg: n.message, rule: n.kind, extra: [] as string[] })),
      ...r.findings.filter((f) => !f.suppressed).map((f) => ({
        line: f.start.line, col: f.start.column, sev: f.severity, msg: f.message, rule: f.ruleId,
        extra: [
          ...f.path.map((p, i) => `${i === 0 ? "path:" : "     "} ${relative(opts.cwd, p.file)}:${p.start.line}:${p.start.column} ${p.description}`),
          `survey §${f.surveySection}: ${f.surveyUrl}`,
        ],
      })),
    ].sort((a, b) => a.line - b.line || a.col - b.col);
    if (!items.length) continue;
    out += `\n${c("4", relative(opts.cwd, r.file) || r.file)}\n`;
    for (const it of items) {
      if (it.sev === "error") errors++;
      else warnings++;
      const sev = it.sev === "error" ? c("31", "error") : it.sev === "warning" ? c("33", "warning") : c("36", "info");
      out += `  ${`${it.line}:${it.col}`.padEnd(8)} ${sev.padEnd(opts.color ? 16 : 7)} ${it.msg}  ${c("2", it.rule)}\n`;
      for (const x of it.extra) out += `             ${c("2", x)}\n`;
    }
  }
  const total = errors + warnings;
  if (total) out += `\n${c(errors ? "31;1" : "33;1", `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`)}\n`;
  else out += `${c("32", "✔ no problems found")} in ${results.length} file${results.length === 1 ? "" : "s"}\n`;
  return out;
}
