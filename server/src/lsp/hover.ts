// Hover on a flagged range: why the rule exists, the taint path that was found, the OWASP /
// CWE ids and the survey link. Pure: findings in, MarkupContent out.
import { basename } from "node:path";
import { MarkupKind, type Hover, type MarkupContent } from "vscode-languageserver";
import { rulesById } from "../../../rules/index";
import type { Finding } from "../engine/types";
import { toRange } from "./diagnostics";
import { pathToUri } from "./uri";

function cweLink(id: string): string {
  const n = /^CWE-(\d+)$/.exec(id)?.[1];
  return n ? `[${id}](https://cwe.mitre.org/data/definitions/${n}.html)` : id;
}

/** Inline code that survives backticks in the described source text. */
function code(s: string): string {
  return s.replace(/`/g, "'");
}

export function describeFinding(f: Finding, markdown: boolean, docsUri: string | null): string {
  const rule = rulesById.get(f.ruleId);
  const lines: string[] = [];
  const title = rule ? `${f.ruleId}: ${rule.meta.description}` : f.ruleId;
  lines.push(markdown ? `**llmsafe** \`${f.ruleId}\` (${f.severity}, ${f.confidence} confidence)` : `llmsafe ${title} (${f.severity})`);
  if (rule) lines.push("", rule.meta.why);
  if (f.path.length) {
    lines.push("", markdown ? "**Taint path**" : "Taint path:");
    f.path.forEach((step, i) => {
      const where = `${basename(step.file)}:${step.start.line}:${step.start.column}`;
      const link = `${pathToUri(step.file)}#L${step.start.line},${step.start.column}`;
      lines.push(markdown ? `${i + 1}. ${code(step.description)} ([${where}](${link}))` : `  ${i + 1}. ${step.description} (${where})`);
    });
  }
  if (f.relatedLocations?.length) {
    // One root cause, one finding: the other calls that reach the same sink.
    lines.push("", markdown ? "**Also reached from**" : "Also reached from:");
    for (const r of f.relatedLocations) {
      const where = `${basename(r.file)}:${r.start.line}:${r.start.column}`;
      lines.push(markdown ? `- ${code(r.description)} ([${where}](${pathToUri(r.file)}#L${r.start.line},${r.start.column}))` : `  - ${r.description} (${where})`);
    }
  }
  lines.push("", `OWASP: ${f.owasp}; ${markdown ? f.cwe.map(cweLink).join(", ") : f.cwe.join(", ")}`);
  const surveyTitle = rule?.meta.surveyTitle ?? "";
  if (markdown) lines.push("");
  lines.push(markdown ? `Survey: [§${f.surveySection} ${surveyTitle}](${f.surveyUrl})` : `Survey: §${f.surveySection} ${surveyTitle} ${f.surveyUrl}`);
  if (docsUri && markdown) lines.push("");
  if (docsUri) lines.push(markdown ? `[Rule documentation](${docsUri})` : `Rule documentation: ${docsUri}`);
  return lines.join("\n");
}

/** One hover for all active findings under the cursor (offset into the current text). */
export function hoverAt(findings: readonly Finding[], offset: number, markdown: boolean, docsUriOf: (ruleId: string) => string | null): Hover | null {
  const here = findings.filter((f) => !f.suppressed && f.range.start <= offset && offset <= f.range.end);
  if (!here.length) return null;
  const contents: MarkupContent = {
    kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
    value: here.map((f) => describeFinding(f, markdown, docsUriOf(f.ruleId))).join(markdown ? "\n\n---\n\n" : "\n\n"),
  };
  return { contents, range: toRange(here[0]) };
}
