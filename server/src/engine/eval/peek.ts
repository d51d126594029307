// Side-effect-free evaluation for guards and checks: the value, constant text, regex or model
// reference an expression stands for, read without recording facts or analysing calls.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { refOf } from "./expressions";
import { memberRef, type Node, propName, unwrap } from "./syntax";
import { CLEAN, constant, derived, isTainted, type Val } from "../value";

/** The text of a constant string expression (literal, constant, `a + b` of those), or null. */
export function knownText(ev: Evaluator, n: Node, frame: Frame): string | null {
  n = unwrap(n);
  if (n.type === "Literal") return typeof n.value === "string" ? n.value : null;
  if (n.type === "TemplateLiteral") {
    let out = n.quasis[0].value.cooked ?? "";
    for (let i = 0; i < n.expressions.length; i++) {
      const part = knownText(ev, n.expressions[i], frame);
      if (part === null) return null;
      out += part + (n.quasis[i + 1].value.cooked ?? "");
    }
    return out;
  }
  if (n.type === "MemberExpression" && propName(n) === "sep") return "/";
  if (n.type === "Identifier") { const v = peekValue(ev, n, frame); return v && !isTainted(v) && v.str !== undefined ? v.str : null; }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const l = knownText(ev, n.left, frame);
    const r = l === null ? null : knownText(ev, n.right, frame);
    return l !== null && r !== null ? l + r : null;
  }
  return null;
}

/** The model reference of a call's callee, without evaluating it (for guards). */
export function calleeRef(ev: Evaluator, call: TSESTree.CallExpression, frame: Frame): string | null {
  const c = unwrap(call.callee);
  if (c.type === "Identifier") return peekValue(ev, c, frame)?.ref ?? null;
  if (c.type !== "MemberExpression") return null;
  const name = propName(c);
  const base = peekValue(ev, c.object, frame);
  const r = name && base ? refOf(ev, base, c.object) : null;
  return r && name ? memberRef(r, name) : null;
}

/** Value of a simple expression without side effects on the facts (used by guards). */
export function peekValue(ev: Evaluator, e: Node, frame: Frame): Val | null {
  e = unwrap(e);
  if (e.type === "Identifier") {
    const b = frame.scope.lookup(e.name);
    return b ? ev.readBinding(b, frame, null) : CLEAN;
  }
  if (e.type === "ArrayExpression" || e.type === "Literal") return CLEAN;
  if (e.type === "MemberExpression") {
    const base = peekValue(ev, e.object, frame);
    if (!base) return null;
    const name = propName(e);
    return name && base.fields?.get(name) ? base.fields.get(name)! : derived(base);
  }
  if (e.type === "NewExpression" && e.callee.type === "Identifier" && e.callee.name === "Set") return e.arguments[0] ? peekValue(ev, e.arguments[0], frame) : CLEAN;
  return null;
}

export function peekConst(ev: Evaluator, e: Node, frame: Frame): Val | null {
  const v = peekValue(ev, e, frame);
  return v && !isTainted(v) ? (v.str !== undefined ? constant(v.str) : CLEAN) : null;
}

export function regexOf(ev: Evaluator, e: Node, frame: Frame): string | null {
  e = unwrap(e);
  if (e.type === "Literal" && "regex" in e && e.regex) return e.regex.pattern;
  if (e.type === "Identifier") {
    const b = frame.scope.lookup(e.name);
    if (b && b.init && b.kind === "const") return regexOf(ev, b.init, frame);
  }
  return null;
}

/** The model reference an expression chain stands for (`zod:z.enum().describe()`), without evaluating it. */
export function exprRef(ev: Evaluator, n: Node, frame: Frame): string | null {
  n = unwrap(n);
  if (n.type === "Identifier") {
    const b = frame.scope.lookup(n.name);
    return b?.kind === "import" ? ev.importValue(b).ref ?? null : null;
  }
  if (n.type === "MemberExpression") {
    const name = propName(n);
    const base = exprRef(ev, n.object, frame);
    return base && name ? memberRef(base, name) : null;
  }
  if (n.type === "CallExpression") {
    const base = exprRef(ev, n.callee, frame);
    const c = unwrap(n.callee);
    if (base && c.type === "MemberExpression" && ev.models.isSchemaNarrowingCall(base)) return exprRef(ev, c.object, frame);
    return base ? `${base}()` : null;
  }
  return null;
}
