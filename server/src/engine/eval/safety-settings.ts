// Provider safety settings: a threshold that switches a filter off (BLOCK_NONE, OFF), directly or
// through a fallback or branch.
import type { Evaluator, Frame } from "./evaluator";
import { exprRef, peekValue } from "./peek";
import { type Node, unwrap } from "./syntax";
import { CLEAN, constant, type Val } from "../value";

export function checkSafetyThreshold(ev: Evaluator, v: Val, node: Node, hasCategory: boolean, frame: Frame): void {
  // A fallback or a branch (`env ?? "BLOCK_NONE"`, `strict ? X : "OFF"`) switches the filter off whenever it is taken.
  const alts = alternatives(ev, node, frame);
  for (const alt of alts.length > 1 ? alts : [v]) {
    const ref = alt.ref ?? "";
    const s = alt.str;
    const none = (s === "BLOCK_NONE" && hasCategory) || /\.BLOCK_NONE$/.test(ref);
    const off = (s === "OFF" && hasCategory) || (/Threshold\.OFF$/.test(ref)) || (/\.OFF$/.test(ref) && hasCategory);
    if (none || off) {
      ev.facts.push({ type: "safety-setting", file: ev.file, start: node.range[0], end: node.range[1], value: none ? "BLOCK_NONE" : "OFF" });
      return;
    }
  }
}

/**
 * Cohere's chat `safetyMode` / `safety_mode`: `NONE` (also written `OFF`) turns its safety preamble off
 * for the whole call, where Gemini's thresholds go per category. A string, or a variable or branch
 * that can hold one.
 */
export function checkSafetyMode(ev: Evaluator, node: Node, frame: Frame): void {
  for (const alt of alternatives(ev, node, frame)) {
    const s = alt.str?.toUpperCase();
    if (s === "NONE" || s === "OFF") {
      ev.facts.push({ type: "safety-setting", file: ev.file, start: node.range[0], end: node.range[1], value: alt.str as string, setting: "safetyMode" });
      return;
    }
  }
}

/** The values an expression can take through `??`, `||` and `?:`, each peeked without side effects. */
export function alternatives(ev: Evaluator, n: Node, frame: Frame, depth = 0): Val[] {
  n = unwrap(n);
  if (depth < 4 && n.type === "LogicalExpression" && (n.operator === "??" || n.operator === "||")) return [...alternatives(ev, n.left, frame, depth + 1), ...alternatives(ev, n.right, frame, depth + 1)];
  if (depth < 4 && n.type === "ConditionalExpression") return [...alternatives(ev, n.consequent, frame, depth + 1), ...alternatives(ev, n.alternate, frame, depth + 1)];
  if (n.type === "Literal") return [typeof n.value === "string" ? constant(n.value) : CLEAN];
  const pv = peekValue(ev, n, frame) ?? CLEAN;
  const ref = exprRef(ev, n, frame) ?? pv.ref;
  return [{ ...pv, ref }];
}
