// `// llmsafe-disable-next-line <ids> -- reason`, `// llmsafe-disable-line <ids> -- reason`,
// `/* llmsafe-disable <ids> */` (whole file). Unknown ids and unused suppressions are reported.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { SourceText } from "./source-text";
import { maskSecrets } from "./keys";
import type { FileNotice, Finding } from "./types";

interface Directive {
  kind: "line" | "next-line" | "file";
  rules: string[] | null; // null: every rule
  reason: string;
  line: number; // the line it applies to (0 for file)
  start: number;
  end: number;
  used: boolean;
}

const DIRECTIVE_RE = /^\s*llmsafe-(disable-next-line|disable-line|disable)(?:\s+([^]*?))?\s*$/;

export function parseDirectives(comments: readonly TSESTree.Comment[], src: SourceText): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE_RE.exec(c.value.replace(/^\*+/, ""));
    if (!m) continue;
    const [body, reason = ""] = (m[2] ?? "").split(/\s+--\s*/);
    const ids = body.split(/[\s,]+/).filter(Boolean);
    const kind = m[1] === "disable-next-line" ? "next-line" : m[1] === "disable-line" ? "line" : "file";
    const line = src.position(c.range[0]).line;
    out.push({ kind, rules: ids.length ? ids : null, reason: maskSecrets(reason.trim()), line: kind === "next-line" ? src.position(c.range[1]).line + 1 : kind === "line" ? line : 0, start: c.range[0], end: c.range[1], used: false });
  }
  return out;
}

/** Marks suppressed findings (kept for audits) and returns notices about the directives themselves. */
export function applySuppressions(findings: Finding[], directives: Directive[], src: SourceText, knownRules: ReadonlySet<string>): FileNotice[] {
  const notices: FileNotice[] = [];
  for (const f of findings) {
    for (const d of directives) {
      if (d.rules && !d.rules.includes(f.ruleId)) continue;
      if (d.kind !== "file" && d.line !== f.start.line) continue;
      d.used = true;
      f.suppressed = { kind: d.kind, reason: d.reason };
      break;
    }
  }
  for (const d of directives) {
    const loc = src.location({ start: d.start, end: d.end });
    for (const id of d.rules ?? []) {
      if (!knownRules.has(id)) notices.push({ ...loc, kind: "unknown-rule", severity: "warning", message: maskSecrets(`Unknown rule id "${id}" in llmsafe suppression comment.`) });
    }
    if (!d.used && (d.rules ?? []).every((id) => knownRules.has(id))) {
      notices.push({ ...loc, kind: "unused-suppression", severity: "warning", message: `Unused llmsafe suppression${d.rules ? ` for ${d.rules.join(", ")}` : ""}: nothing is reported here any more. Remove the comment.` });
    }
  }
  return notices;
}
