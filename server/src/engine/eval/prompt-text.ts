// Prompt text: strings built by concatenation and templates, and whether instruction text is
// spliced next to untrusted input without delimiters.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { wholeEnv } from "./environment";
import { type Evaluator, type Frame, MAX_PARAMS } from "./evaluator";
import { evalExpr } from "./expressions";
import { type Node, propName, unwrap } from "./syntax";
import { carriesInstructions, SLOT } from "./instruction-text";
import { hostFixedAt, programBaseAt } from "./url-hosts";
import { fixesHost } from "../sanitisers";
import { Taint } from "../types";
import { CLEAN, constant, derived, flatten, isTainted, join, PROGRAM_BASE, SINK_BITS, step, type Trail, type Val } from "../value";

/** Instruction text and untrusted input passed where a helper splices them together without delimiters. */
export function splicesUndelimited(pairs: [number, number][], args: Val[]): boolean {
  return pairs.some(([instr, value]) => {
    const text = args[instr] ? flatten(args[instr]) : CLEAN;
    const input = args[value] ? flatten(args[value]) : CLEAN;
    return text.str !== undefined && !isTainted(text) && carriesInstructions(text.str) && !!(input.t & (Taint.Untrusted | Taint.UntrustedLow));
  });
}

/** Does the text around `${expr}` delimit it (quotes, fences, XML-style tags)? */
export function isDelimited(before: string, after: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (/("""|```|'''|"|'|`|\[|\(|<[\w-]+[^>]*>|\{)$/.test(b) && /^("""|```|'''|"|'|`|\]|\)|<\/[\w-]+>|\})/.test(a)) return true;
  if (/<[\w-]+[^>]*>\s*$/.test(before) || /-{3,}\s*$|={3,}\s*$|#{3,}\s*$/.test(b)) return true;
  return false;
}

export function concat(ev: Evaluator, l: Val, r: Val, node: Node, _frame: Frame): Val {
  const lt = isTainted(l);
  const rt = isTainted(r);
  const prefix = l.str !== undefined ? l.str + (r.str ?? r.prefix ?? "") : l.prefix;
  if (!lt && !rt) return l.str !== undefined && r.str !== undefined ? constant(l.str + r.str) : prefix ? { ...CLEAN, prefix } : CLEAN;
  const out = derived(join(flatten(l), flatten(r)));
  if (prefix) out.prefix = prefix;
  // `"https://api.example.com/v1/" + id`: the host is fixed before the tainted part.
  if (!lt && fixesHost(l.str ?? l.prefix ?? "")) out.san |= SINK_BITS.url;
  // `baseUrl + path`, the base a value the program chose: the request's part only extends it.
  else if (!lt && l.str === undefined && !l.fn && !l.fields && !l.elems) out.san |= PROGRAM_BASE;
  // Instruction text glued to untrusted text with nothing to tell them apart.
  const constSide = !lt ? l.str : !rt ? r.str : undefined;
  const taintSide = lt ? l : r;
  if (constSide !== undefined && carriesInstructions(lt ? SLOT + constSide : constSide + SLOT)) {
    const delimited = lt ? isDelimited("", constSide) : isDelimited(constSide, "");
    if (!delimited && (taintSide.t & (Taint.Untrusted | Taint.UntrustedLow) || taintSide.p)) out.undelimited = true;
  }
  if (l.str !== undefined && !lt) out.str = undefined;
  return step(out, ev.file, node, "concatenated into a string");
}

export function evalTemplate(ev: Evaluator, e: TSESTree.TemplateLiteral, frame: Frame): Val {
  if (e.expressions.length === 0) return constant(e.quasis.map((q) => q.value.cooked ?? q.value.raw).join(""));
  const vals = e.expressions.map((x) => wholeEnv(ev, evalExpr(ev, x, frame), x));
  let t = 0, p = 0, san = -1;
  let trail: Trail | null = null;
  let undelimited = false;
  const statics = e.quasis.map((q) => q.value.cooked ?? q.value.raw);
  const instructionLike = carriesInstructions(statics.join(SLOT));
  const hostFixed = hostFixedAt(statics, vals);
  const programBase = programBaseAt(statics, vals);
  let allStr = true;
  let str = statics[0];
  let prefix: string | undefined;
  vals.forEach((v0, i) => {
    const v = flatten(v0);
    if (v.str !== undefined && !isTainted(v)) str += v.str + statics[i + 1];
    else if (allStr) { allStr = false; prefix = str + (v.prefix ?? ""); }
    if (!isTainted(v)) return;
    if (!trail) trail = v.trail;
    t |= v.t;
    p |= v.p;
    let s = v.san;
    if (hostFixed[i]) s |= SINK_BITS.url;
    else if (programBase[i]) s |= PROGRAM_BASE;
    san = san === -1 ? s : san & s;
    if (instructionLike && (v.t & (Taint.Untrusted | Taint.UntrustedLow) || v.p) && !isDelimited(statics[i], statics[i + 1]) && !isStringified(ev, e.expressions[i])) undelimited = true;
    if (v.undelimited) undelimited = true;
  });
  if (!(t | p)) return allStr ? constant(str) : prefix ? { ...CLEAN, prefix } : CLEAN;
  const out: Val = { t, p, san: san === -1 ? 0 : san, trail, undelimited: undelimited || undefined, prefix: prefix || undefined };
  const flat = vals.map(flatten);
  const pairs = undelimitedParamPairs(ev, e, flat, statics);
  // Pairs of a template spliced into this one still hold (`<task>${inner}</task>`).
  for (const v of vals) for (const pr of v.undelimitedWith ?? []) if (pairs.length < 16) pairs.push(pr);
  if (pairs.length) out.undelimitedWith = pairs;
  // Parameters that reach this string only between delimiters.
  let fenced = 0, bare = 0;
  flat.forEach((v, i) => {
    if (!v.p) return;
    if (isDelimited(statics[i], statics[i + 1]) || isStringified(ev, e.expressions[i])) fenced |= v.p;
    else { fenced |= v.p & (v.fenced ?? 0); bare |= v.p & ~(v.fenced ?? 0); }
  });
  if (fenced & ~bare) out.fenced = fenced & ~bare;
  return step(out, ev.file, e, "interpolated into a template string");
}

/**
 * Parameters spliced next to each other without delimiters (`${instruction}\n\n${text}` in a
 * helper): whether that is instruction text around untrusted input is the caller's to say.
 */
export function undelimitedParamPairs(ev: Evaluator, e: TSESTree.TemplateLiteral, vals: Val[], statics: string[]): [number, number][] {
  // Parameters and paths below them (`{ instructions, email }` are two).
  const params = (v: Val) => Array.from({ length: 30 }, (_, b) => b).filter((b) => v.p & (1 << b));
  const out: [number, number][] = [];
  vals.forEach((v, i) => {
    if (!v.p || isDelimited(statics[i], statics[i + 1]) || isStringified(ev, e.expressions[i])) return;
    vals.forEach((w, j) => {
      if (j === i || !w.p) return;
      // A parameter already fenced inside v (a `<document>${text}</document>` built earlier) is not bare here.
      for (const value of params(v)) if (!((v.fenced ?? 0) & (1 << value))) for (const instr of params(w)) if (instr !== value && out.length < 16) out.push([instr, value]);
    });
  });
  return out;
}

export function isStringified(ev: Evaluator, n: Node): boolean {
  n = unwrap(n);
  if (n.type !== "CallExpression") return false;
  const c = unwrap(n.callee);
  return c.type === "MemberExpression" && propName(c) === "stringify";
}
