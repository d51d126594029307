// Barrier guards: what a condition proves about a variable in each branch (equality with a
// constant, allow-list lookups, anchored regex tests, type predicates, prefix checks), as
// narrowings that the statement walk applies to the branch's environment.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { subPath } from "./access-paths";
import { Env, type Evaluator, type Frame, type Narrowing, type Target } from "./evaluator";
import { definitionOf, wrapperGuard } from "./guard-wrappers";
import { bareSeparator, containedWhen, endsWithSeparator, normalisedPath } from "./path-containment";
import { knownText, peekConst, peekValue, regexOf } from "./peek";
import { type Node, propName, unwrap } from "./syntax";
import { ownKeyGuard } from "./tool-dispatch";
import { urlHostCheck } from "./url-hosts";
import { Binding } from "../scope";
import { CLEAN, constant, derived, flatten, isTainted, join, sanitised, SINK_BITS, type Val } from "../value";

/** The variable an expression names, if it is one. */
export function bindingOf(n: Node, frame: Frame): Binding | undefined {
  n = unwrap(n);
  return n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
}

/** What a guard can narrow: a variable, or a property path on one (`geo.region`). */
export function targetOf(n: Node, frame: Frame): Target | undefined {
  n = unwrap(n);
  const path: string[] = [];
  while (n.type === "MemberExpression" && path.length < 4) {
    const name = propName(n);
    if (name === null) return undefined;
    path.unshift(name);
    n = unwrap(n.object);
  }
  const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
  return b ? { binding: b, path: path.length ? path : undefined } : undefined;
}

export function cleaned(t: Target): Narrowing {
  return { ...t, value: CLEAN };
}

/** A copy of `base` whose property at `path` holds `v` (what a guard on `geo.region` learned). */
export function withField(base: Val, path: string[], v: Val, subPath?: (base: Val, key: string) => Val | null): Val {
  const [k, ...rest] = path;
  const cur = base.fields?.get(k) ?? subPath?.(base, k) ?? (isTainted(base) ? derived(base) : CLEAN);
  const fields = new Map(base.fields ?? []);
  fields.set(k, rest.length ? withField(cur, rest, v, subPath) : v);
  return { ...base, fields };
}

export function guard(ev: Evaluator, test: Node, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } {
  const g = barrierGuard(ev, test, frame);
  // A path.relative() containment check can span conditions (`rel === ".." || rel.startsWith("../")`).
  const t = containedWhen(ev, test, true, frame);
  const f = containedWhen(ev, test, false, frame);
  return t.length || f.length ? { whenTrue: [...g.whenTrue, ...t], whenFalse: [...g.whenFalse, ...f] } : g;
}

export function barrierGuard(ev: Evaluator, test: Node, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } {
  const none = { whenTrue: [] as Narrowing[], whenFalse: [] as Narrowing[] };
  test = unwrap(test);
  switch (test.type) {
    case "UnaryExpression":
      if (test.operator === "!") {
        const g = guard(ev, test.argument, frame);
        return { whenTrue: g.whenFalse, whenFalse: g.whenTrue };
      }
      return none;
    case "LogicalExpression": {
      const l = guard(ev, test.left, frame);
      const r = guard(ev, test.right, frame);
      // Either side may be the one that held: a binding is narrowed only if both sides narrow it.
      const either = (a: Narrowing[], b: Narrowing[]) => a.flatMap((x) => b.filter((y) => y.binding === x.binding && y.path?.join(".") === x.path?.join(".")).map((y) => ({ ...x, value: join(x.value, y.value) })));
      if (test.operator === "&&") return { whenTrue: [...l.whenTrue, ...r.whenTrue], whenFalse: either(l.whenFalse, r.whenFalse) };
      if (test.operator === "||") return { whenTrue: either(l.whenTrue, r.whenTrue), whenFalse: [...l.whenFalse, ...r.whenFalse] };
      return none;
    }
    case "BinaryExpression": {
      const eq = test.operator === "===" || test.operator === "==";
      const ne = test.operator === "!==" || test.operator === "!=";
      if (!eq && !ne) return none;
      let b = targetOf(test.left, frame);
      let other = unwrap(test.right);
      if (!b) { b = targetOf(test.right, frame); other = unwrap(test.left); }
      // typeof x === "number"
      const l = unwrap(test.left);
      if (l.type === "UnaryExpression" && l.operator === "typeof") {
        const tb = targetOf(l.argument, frame);
        const r = unwrap(test.right);
        if (tb && r.type === "Literal" && (r.value === "number" || r.value === "boolean")) {
          return eq ? { whenTrue: [cleaned(tb)], whenFalse: [] } : { whenTrue: [], whenFalse: [cleaned(tb)] };
        }
        return none;
      }
      // u.hostname === "api.openai.com", new URL(raw).host !== "api.openai.com": a URL whose host
      // is one fixed name is safe to request (eval/url-hosts.ts).
      const host = hostEquals(ev, test, frame);
      if (host.length) return eq ? { whenTrue: host, whenFalse: [] } : { whenTrue: [], whenFalse: host };
      if (!b) return none;
      const ov = other.type === "Literal" ? (typeof other.value === "string" ? constant(other.value) : other.value === null ? null : CLEAN) : peekConst(ev, other, frame);
      // x === y with y clean: x is y (strict equality only; in a summary y may be another parameter).
      const same = !ov && (test.operator === "===" || test.operator === "!==") ? peekValue(ev, other, frame) : null;
      const value = ov ?? (same && !same.t ? same : null);
      if (!value) return none;
      const n = [{ ...b, value }];
      return eq ? { whenTrue: n, whenFalse: [] } : { whenTrue: [], whenFalse: n };
    }
    case "CallExpression":
      return callGuard(ev, test, frame);
    case "Identifier": {
      // const ok = isWithin(p, roots); if (!ok) throw ...: the call's guard, if what it checked cannot change.
      const b = frame.scope.lookup(test.name);
      const init = b?.kind === "const" && b.init ? unwrap(b.init) : null;
      if (!init || init.type !== "CallExpression") return none;
      const fixed = wrapperGuard(ev, init, frame).filter((n) => !n.path && definitionOf(n.binding));
      return { whenTrue: fixed, whenFalse: [] };
    }
    default:
      return none;
  }
}

function hostEquals(ev: Evaluator, test: TSESTree.BinaryExpression, frame: Frame): Narrowing[] {
  for (const [side, other] of [[test.left, test.right], [test.right, test.left]] as const) {
    const o = unwrap(other);
    const fixed = o.type === "Literal" ? typeof o.value === "string" && o.value !== "" : !!peekConst(ev, o, frame)?.str;
    if (!fixed) continue;
    const n = urlHostCheck(ev, unwrap(side), frame);
    if (n.length) return n;
  }
  return [];
}

/** A call as a guard: type predicates, allow-list lookups, anchored regex tests, prefix checks, `isAllowed(x)`. */
export function callGuard(ev: Evaluator, test: TSESTree.CallExpression, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } {
  const none = { whenTrue: [] as Narrowing[], whenFalse: [] as Narrowing[] };
  const callee = unwrap(test.callee);
  // A user-written type guard (`isTone(x): x is Tone`) is the developer's validation of x.
  const fnVal = peekValue(ev, callee, frame);
  const fnNode = fnVal?.fn?.node;
  const pred = fnNode && "returnType" in fnNode ? fnNode.returnType?.typeAnnotation : undefined;
  if (fnNode && pred && pred.type === "TSTypePredicate" && !pred.asserts && pred.parameterName.type === "Identifier") {
    const name = (pred.parameterName as TSESTree.Identifier).name;
    const idx = fnNode.params.findIndex((p) => p.type === "Identifier" && p.name === name);
    const b = idx >= 0 && test.arguments[idx] ? targetOf(test.arguments[idx], frame) : undefined;
    if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
  }
  const wrapped = wrapperGuard(ev, test, frame);
  if (wrapped.length) return { whenTrue: wrapped, whenFalse: [] };
  const ownKey = ownKeyGuard(ev, test, frame);
  if (ownKey) return ownKey;
  if (callee.type === "MemberExpression") {
    const method = propName(callee);
    const arg0 = test.arguments[0];
    if (!arg0) return none;
    if ((method === "includes" || method === "has") && test.arguments.length === 1) {
      const recv = peekValue(ev, callee.object, frame);
      if (!recv || isTainted(flatten(recv))) return none;
      // ALLOWED_HOSTS.has(url.hostname): the URL object is safe to request.
      const a = unwrap(arg0);
      const host = urlHostCheck(ev, a, frame);
      if (host.length) return { whenTrue: host, whenFalse: [] };
      const b = targetOf(arg0, frame);
      if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
    }
    if (method === "test") {
      const b = targetOf(arg0, frame);
      const re = regexOf(ev, callee.object, frame)?.pattern;
      if (b && re && /^\^/.test(re) && /\$$/.test(re)) return { whenTrue: [cleaned(b)], whenFalse: [] };
    }
    if (method === "startsWith" && endsWithSeparator(ev, arg0, frame) && !bareSeparator(ev, arg0, frame)) {
      // full.startsWith(root + path.sep): without the separator "/root-evil" would pass.
      // Only for a normalised path: "ROOT/../../etc/passwd" starts with "ROOT/" too.
      // A URL under a fixed scheme://host/ cannot reach another host.
      const b = bindingOf(callee.object, frame);
      // A const, or a `let` given its value once (`let n; try { n = path.resolve(p) } catch { return false }`).
      const made = b ? definitionOf(b) : null;
      const bits = (made?.type === "CallExpression" && normalisedPath(ev, made, null, frame) ? SINK_BITS.path : 0)
        | (/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+\//i.test(knownText(ev, arg0, frame) ?? "") ? SINK_BITS.url : 0);
      if (b && bits) {
        const cur = frame.env.get(b) ?? CLEAN;
        return { whenTrue: [{ binding: b, value: sanitised(cur, bits) }], whenFalse: [] };
      }
    }
    if (method && /^(is|has)?(Allowed|Valid|Safe|Whitelisted|Permitted|Allowlisted|Known)/i.test(method)) {
      const b = targetOf(arg0, frame);
      if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
    }
  } else if (callee.type === "Identifier" && /^(is|has)?(Allowed|Valid|Safe|Whitelisted|Permitted|Allowlisted|Known)/i.test(callee.name) && test.arguments[0]) {
    const b = targetOf(test.arguments[0], frame);
    if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
  }
  return none;
}

/** Sets a narrowed value in `env`: the whole variable, or one property path inside it. */
export function applyNarrowing(ev: Evaluator, env: Env, n: Narrowing, frame: Frame): void {
  if (!n.path) { env.vars.set(n.binding, n.value); return; }
  const base = env.get(n.binding) ?? ev.readBinding(n.binding, frame, null);
  // A guard on `history[0].role` in a summary narrows that path of the argument, not all of it.
  env.vars.set(n.binding, withField(base, n.path, n.value, (b, k) => (frame.symbolic ? subPath(ev, b, k, frame.fn, frame) : null)));
}
