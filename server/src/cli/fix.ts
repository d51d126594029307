// --fix and --fix-dry-run: the safe fixes only (a fix marked `suggestion` changes behaviour and
// is never applied here), non-overlapping ones per pass like ESLint, and unified diffs.
import type { Finding, FixEdit } from "../engine/types";

/** Applies each finding's first safe fix whose edits overlap no fix already taken; returns the new text or null. */
export function applySafeFixes(text: string, findings: Finding[]): { text: string; applied: number } | null {
  const taken: FixEdit[] = [];
  let applied = 0;
  const overlaps = (a: FixEdit, b: FixEdit) => a.range.start < b.range.end && b.range.start < a.range.end || a.range.start === b.range.start;
  for (const f of [...findings].sort((a, b) => a.range.start - b.range.start)) {
    if (f.suppressed) continue;
    const fix = f.fixes.find((x) => !x.suggestion && x.edits.length);
    if (!fix) continue;
    if (fix.edits.some((e) => e.range.start < 0 || e.range.end > text.length || e.range.end < e.range.start)) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  if (!applied) return null;
  let out = text;
  for (const e of [...taken].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end)) {
    out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  }
  return out === text ? null : { text: out, applied };
}

/** Merges a fix's edits into one replacement (ESLint's `fix: { range, text }` shape). */
export function mergeEdits(text: string, edits: FixEdit[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0].range.start;
  const end = Math.max(...sorted.map((e) => e.range.end));
  let out = "";
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range.start) + e.text;
    at = Math.max(at, e.range.end);
  }
  out += text.slice(at, end);
  return { range: [start, end], text: out };
}

/** A unified diff (3 lines of context) between two versions of a file. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  // Common prefix and suffix, then an LCS table over the (small) changed middle.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  type Op = { kind: " " | "-" | "+"; line: string };
  const ops: Op[] = a.slice(0, pre).map((line) => ({ kind: " ", line }));
  if (am.length * bm.length > 4_000_000) {
    for (const line of am) ops.push({ kind: "-", line });
    for (const line of bm) ops.push({ kind: "+", line });
  } else {
    const lcs: number[][] = Array.from({ length: am.length + 1 }, () => new Array(bm.length + 1).fill(0));
    for (let i = am.length - 1; i >= 0; i--) for (let j = bm.length - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0, j = 0;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) { ops.push({ kind: " ", line: am[i] }); i++; j++; }
      else if (i < am.length && (j >= bm.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: "-", line: am[i++] });
      else ops.push({ kind: "+", line: bm[j++] });
    }
  }
  for (const line of a.slice(a.length - suf)) ops.push({ kind: " ", line });
  // Group into hunks with 3 lines of context.
  let out = `--- a/${path}\n+++ b/${path}\n`;
  const changed = ops.map((o, k) => (o.kind !== " " ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    let startOp = Math.max(0, changed[k] - 3);
    let endOp = Math.min(ops.length, changed[k] + 4);
    while (k + 1 < changed.length && changed[k + 1] - 3 <= endOp) endOp = Math.min(ops.length, changed[++k] + 4);
    k++;
    let aLine = 1, bLine = 1;
    for (let x = 0; x < startOp; x++) { if (ops[x].kind !== "+") aLine++; if (ops[x].kind !== "-") bLine++; }
    const hunk = ops.slice(startOp, endOp);
    const aCount = hunk.filter((o) => o.kind !== "+").length;
    const bCount = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@\n`;
    for (const o of hunk) out += `${o.kind}${o.line}\n`;
    startOp = endOp;
  }
  return out;
}
