// The job summary (markdown appended to $GITHUB_STEP_SUMMARY): what was compared, a table of the
// reported findings by rule and severity, the findings themselves, and what llmsafe understood,
// so "no findings" says what it rests on. Text from the linted code is escaped: it cannot add
// links, images or HTML to the summary.
import { workspacePath } from "./annotations.mjs";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Findings listed one by one: GitHub takes at most 1 MiB of summary per step, and the table counts them all. */
export const LISTED = 200;
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** Markdown-inert text: every character markdown or HTML could act on is escaped, lines joined. */
export const mdText = (s) => String(s).replace(/\s*\n\s*/g, " ").replace(/[\\`*_{}[\]()<>#+!|~&-]/g, (ch) => `\\${ch}`);
/** A code span of any text: markdown and HTML are inert inside one; only its own delimiters and line breaks must go. */
const codeSpan = (s) => `\`${String(s).replace(/[`\r\n]/g, "")}\``;

/** Rows of (rule, severity) with their count and survey link, errors first, then by count. */
export function tableRows(findings) {
  const rows = new Map();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.severity}`;
    const row = rows.get(key) ?? { ruleId: f.ruleId, severity: f.severity, count: 0, surveySection: f.surveySection, surveyUrl: f.surveyUrl };
    row.count++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

function scopeLine(scope) {
  if (!scope.base) return "in the scanned files";
  return `on the lines changed since ${codeSpan(scope.base.slice(0, 12))} (${scope.baseFrom})`;
}

/**
 * The summary. `reported` are the findings and notices shown (those on changed lines when a base
 * is known), `elsewhere` the number of findings the change does not touch.
 */
export function summaryMarkdown({ reported, elsewhere, understood, scope, workspace, sarifFile }) {
  const findings = reported.filter((i) => i.kind === "finding");
  const notices = reported.filter((i) => i.kind === "notice");
  const by = (sev) => findings.filter((f) => f.severity === sev).length;
  let out = "## llmsafe\n\n";
  if (findings.length) {
    const counts = ["error", "warning", "info"].filter((s) => by(s)).map((s) => (s === "info" ? `${by(s)} info` : plural(by(s), s)));
    out += `**${plural(findings.length, "finding")}** (${counts.join(", ")}) ${scopeLine(scope)}.`;
  } else out += `**No findings** ${scopeLine(scope)}.`;
  if (elsewhere) out += ` ${plural(elsewhere, "other finding")} in the scanned files ${elsewhere === 1 ? "is" : "are"} on lines this change does not touch${sarifFile ? ` (all are in ${codeSpan(sarifFile)})` : ""}.`;
  out += "\n\n";
  if (findings.length) {
    out += "| rule | severity | findings | survey section |\n|---|---|---:|---|\n";
    for (const r of tableRows(findings)) out += `| \`${r.ruleId}\` | ${r.severity} | ${r.count} | ${r.surveyUrl ? `[§${r.surveySection}](${r.surveyUrl})` : ""} |\n`;
    out += "\n<details><summary>Findings</summary>\n\n";
    for (const f of findings.slice(0, LISTED)) out += `- ${mdText(`${workspacePath(workspace, f.file)}:${f.line}`)} **${f.ruleId}** (${f.severity}): ${mdText(f.message)}\n`;
    if (findings.length > LISTED) out += `- ... and ${findings.length - LISTED} more${sarifFile ? ` (all are in ${codeSpan(sarifFile)})` : ""}\n`;
    out += "\n</details>\n\n";
  }
  if (notices.length) {
    out += `${plural(notices.length, "notice")} (files llmsafe could not fully analyse, unused suppressions):\n\n`;
    for (const n of notices) out += `- ${mdText(`${workspacePath(workspace, n.file)}:${n.line}`)} ${mdText(n.ruleId)}: ${mdText(n.message)}\n`;
    out += "\n";
  }
  if (understood) out += `${mdText(understood)}\n`;
  return out;
}
