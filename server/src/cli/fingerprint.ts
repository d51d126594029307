// Stable identities for findings, shared by the baseline and SARIF partialFingerprints: the rule,
// the file (relative to the project root), the flagged code and the code where the flow starts,
// with whitespace collapsed. Line numbers are left out, so code moving up or down keeps its
// identity; identical findings in one file are told apart by their order.
import { createHash } from "node:crypto";
import { relative, sep } from "node:path";
import type { FileResult, Finding } from "../engine/types";

const norm = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 500);

export function relPath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

/** Fingerprints of every finding (suppressed ones included), keyed by the finding object. */
export function fingerprintFindings(results: FileResult[], root: string, textOf: (file: string) => string | undefined): Map<Finding, string> {
  const out = new Map<Finding, string>();
  for (const r of results) {
    const text = textOf(r.file) ?? "";
    const seen = new Map<string, number>();
    for (const f of [...r.findings].sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId))) {
      const source = f.path[0];
      const sourceText = source ? (source.file === r.file ? text : textOf(source.file) ?? "").slice(source.range.start, source.range.end) : "";
      const base = createHash("sha256")
        .update(`${f.ruleId}\0${relPath(root, r.file)}\0${norm(text.slice(f.range.start, f.range.end))}\0${source ? relPath(root, source.file) : ""}\0${norm(sourceText)}`)
        .digest("hex")
        .slice(0, 32);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      out.set(f, `${base}:${n}`);
    }
  }
  return out;
}
