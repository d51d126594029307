// Path containment: checks that keep a file path inside a root (path.resolve + startsWith(root
// + path.sep), path.relative(root, full) tested for leaving it), and what counts as an
// absolute, normalised or program-chosen path for them.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame, Narrowing } from "./evaluator";
import { calleeRef, knownText, peekValue } from "./peek";
import { type Node, propName, unwrap } from "./syntax";
import { CLEAN, flatten, isTainted, sanitised, SINK_BITS } from "../value";

/** `path.<name>` under any of its spellings (`path:resolve`, `path/posix:resolve`, `path:win32.resolve`). */
export function isPathFn(ref: string | null, name: string): boolean {
  if (!ref) return false;
  const m = /^path(?:\/posix|\/win32)?:(?:posix\.|win32\.)?(\w+)$/.exec(ref);
  return !!m && m[1] === name;
}

/**
 * Paths known to be inside a root when `test` has this outcome: `const rel = path.relative(root,
 * full)` was tested for leaving the root. Leaving it is `rel.startsWith("..")` (which also refuses
 * a name such as "..notes" inside the root: cautious, never unsafe), or `rel === ".."` together
 * with `rel.startsWith(".." + path.sep)`: the second alone lets the root's parent, exactly "..",
 * through.
 */
export function containedWhen(ev: Evaluator, test: Node, outcome: boolean, frame: Frame): Narrowing[] {
  const out: Narrowing[] = [];
  for (const [relCall, tests] of refutedEscapeTests(ev, test, outcome, frame, new Map())) {
    if (!tests.has("dotdot") && !(tests.has("dotdot-sep") && tests.has("is-parent"))) continue;
    const n = relativeContainment(ev, relCall, frame);
    if (n) out.push(n);
  }
  return out;
}

/** The tests of a path.relative() result for leaving the root that are false when `test` has this outcome. */
export function refutedEscapeTests(ev: Evaluator, test: Node, outcome: boolean, frame: Frame, out: Map<Node, Set<"dotdot" | "dotdot-sep" | "is-parent">>): typeof out {
  test = unwrap(test);
  // Keyed by the path.relative() call: the initialiser of `rel`, or the call itself when inline.
  const refute = (n: Node, kind: "dotdot" | "dotdot-sep" | "is-parent") => {
    n = unwrap(n);
    const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
    const call = b ? (b.kind === "const" && b.init ? unwrap(b.init) : null) : n.type === "CallExpression" ? n : null;
    if (call) out.set(call, (out.get(call) ?? new Set()).add(kind));
  };
  if (test.type === "UnaryExpression" && test.operator === "!") return refutedEscapeTests(ev, test.argument, !outcome, frame, out);
  if (test.type === "LogicalExpression") {
    // `a || b` false, or `a && b` true: both sides have that outcome.
    if ((test.operator === "||" && !outcome) || (test.operator === "&&" && outcome)) {
      refutedEscapeTests(ev, test.left, outcome, frame, out);
      refutedEscapeTests(ev, test.right, outcome, frame, out);
    }
  } else if (test.type === "CallExpression" && !outcome) {
    const c = unwrap(test.callee);
    const arg = test.arguments[0];
    if (c.type === "MemberExpression" && propName(c) === "startsWith" && arg) {
      if (isDotDot(ev, arg)) refute(c.object, "dotdot");
      else if (isDotDotSep(ev, arg)) refute(c.object, "dotdot-sep");
    }
  } else if (test.type === "BinaryExpression") {
    const eq = test.operator === "===" || test.operator === "==";
    const ne = test.operator === "!==" || test.operator === "!=";
    if ((eq && !outcome) || (ne && outcome)) {
      if (isDotDot(ev, test.right)) refute(test.left, "is-parent");
      else if (isDotDot(ev, test.left)) refute(test.right, "is-parent");
    }
  }
  return out;
}

/**
 * `const rel = path.relative(root, full)` with rel known not to leave root: `full` is then safe as a
 * path. path.relative() resolves both against the process's cwd, so this holds for `full` itself,
 * but the narrowing is of the variable, which may later be joined under another base: `full` must
 * be a value whose own `..` segments are already resolved. path.resolve() and a join or normalize
 * of an absolute base give an absolute, normalised path. A join of a relative base is accepted
 * only under the same root: the check then places it under that root, and its result is
 * normalised (a leading ".." survives only if it climbs back into the root through the cwd's own
 * ancestors). A raw value is not: "../x" can be inside root as seen from a cwd below it, yet
 * path.join(root, "../x") is outside.
 */
export function relativeContainment(ev: Evaluator, init: Node, frame: Frame): Narrowing | null {
  if (init.type !== "CallExpression" || init.arguments.length !== 2 || !isPathFn(calleeRef(ev, init, frame), "relative")) return null;
  const [rootNode, checkedNode] = init.arguments;
  // Inside a root the model chose proves nothing. In a helper, a root its caller passes in
  // (`safePath(baseDir, modelPath)`) is as safe as what each caller passes: the checked path then
  // stands for that root alone, so a caller's own root is judged there and the contained rest is not.
  const root = isProgramPath(ev, rootNode, frame, 0) ? null : flatten(peekValue(ev, rootNode, frame) ?? CLEAN);
  if (root && (!frame.symbolic || root.t || !root.p)) return null;
  const checked = unwrap(checkedNode);
  const cb = checked.type === "Identifier" ? frame.scope.lookup(checked.name) : undefined;
  const made = cb?.kind === "const" && cb.init ? unwrap(cb.init) : null;
  if (!cb || !made || made.type !== "CallExpression") return null;
  if (!normalisedPath(ev, made, rootNode, frame)) return null;
  const cur = peekValue(ev, checked, frame) ?? CLEAN;
  return { binding: cb, value: root ? { ...CLEAN, p: root.p, trail: root.trail } : sanitised(cur, SINK_BITS.path) };
}

/**
 * A call whose result has no `..` left to climb with: `path.resolve(...)`, or a
 * `path.join`/`path.normalize` under an absolute base, or a join under `root` itself (the
 * root a `path.relative` check compares with).
 */
export function normalisedPath(ev: Evaluator, made: TSESTree.CallExpression, root: Node | null, frame: Frame): boolean {
  const ref = calleeRef(ev, made, frame);
  const base = made.arguments[0];
  return isPathFn(ref, "resolve")
    || ((isPathFn(ref, "join") || isPathFn(ref, "normalize")) && !!base && base.type !== "SpreadElement"
      && (isAbsolutePath(ev, base, frame, 0) || (!!root && isPathFn(ref, "join") && sameBase(ev, base, root, frame))));
}

/** `"/"` or `path.sep` alone: a check that a path is absolute, not that it is inside anything. */
export function bareSeparator(ev: Evaluator, n: Node, frame: Frame): boolean {
  const text = knownText(ev, n, frame);
  return text === "/" || text === "\\";
}

/** An expression that is an absolute path whatever its variable parts (`__dirname`, `path.resolve(...)`, `"/srv/" + x`). */
export function isAbsolutePath(ev: Evaluator, n: Node, frame: Frame, depth: number): boolean {
  n = unwrap(n);
  if (depth > 4) return false;
  // POSIX: "C:\\x" and "\\x" are relative names there.
  const absolute = (s: string) => s.startsWith("/");
  switch (n.type) {
    case "Literal": return typeof n.value === "string" && absolute(n.value);
    case "TemplateLiteral": {
      const head = n.quasis[0].value.cooked ?? "";
      return head ? absolute(head) : n.expressions.length > 0 && isAbsolutePath(ev, n.expressions[0], frame, depth + 1);
    }
    case "BinaryExpression": return n.operator === "+" && isAbsolutePath(ev, n.left, frame, depth + 1);
    case "Identifier": {
      const b = frame.scope.lookup(n.name);
      if (!b) return n.name === "__dirname" || n.name === "__filename";
      if (b.kind === "const" && b.init) return isAbsolutePath(ev, b.init, frame, depth + 1);
      const v = peekValue(ev, n, frame);
      return !!v && v.str !== undefined && absolute(v.str);
    }
    case "MemberExpression": {
      const o = unwrap(n.object);
      return o.type === "MetaProperty" && /^(dirname|filename)$/.test(propName(n) ?? "");
    }
    case "CallExpression": {
      const ref = calleeRef(ev, n, frame) ?? "";
      if (isPathFn(ref, "resolve") || /^((global|\?):process\.cwd|os:(homedir|tmpdir)|url:fileURLToPath)$/.test(ref)) return true;
      const base = n.arguments[0];
      return (isPathFn(ref, "join") || isPathFn(ref, "normalize") || isPathFn(ref, "dirname")) && !!base && base.type !== "SpreadElement" && isAbsolutePath(ev, base, frame, depth + 1);
    }
    default: return false;
  }
}

/**
 * A path inside the project whatever the run: a relative constant, or constant parts under
 * `__dirname`, `import.meta.dirname`/`url` or `process.cwd()`. Not an absolute constant, a
 * home or temp folder, nor anything with a part the program did not fix.
 */
export function isProjectPath(ev: Evaluator, n: Node | null, frame: Frame, depth: number): boolean {
  if (!n || depth > 6) return false;
  n = unwrap(n);
  const text = knownText(ev, n, frame);
  if (text !== null) return text !== "" && !/^([/\\~]|[A-Za-z]:)/.test(text);
  const relativeConstants = (parts: readonly Node[]) => parts.every((p) => p.type !== "SpreadElement" && isProjectPath(ev, p, frame, depth + 1) && knownText(ev, p, frame) !== null);
  switch (n.type) {
    case "Identifier": {
      const b = frame.scope.lookup(n.name);
      if (!b) return n.name === "__dirname" || n.name === "__filename";
      return b.kind === "const" && !!b.init && isProjectPath(ev, b.init, frame, depth + 1);
    }
    case "MemberExpression":
      return unwrap(n.object).type === "MetaProperty" && /^(dirname|filename|url)$/.test(propName(n) ?? "");
    case "TemplateLiteral":
      return n.quasis[0].value.cooked === "" && isProjectPath(ev, n.expressions[0], frame, depth + 1)
        && n.expressions.slice(1).every((x) => knownText(ev, x, frame) !== null);
    case "BinaryExpression":
      return n.operator === "+" && isProjectPath(ev, n.left, frame, depth + 1) && knownText(ev, n.right, frame) !== null;
    case "NewExpression":
      // new URL("./prompt.md", import.meta.url)
      return n.callee.type === "Identifier" && n.callee.name === "URL" && n.arguments.length === 2
        && relativeConstants([n.arguments[0]]) && isProjectPath(ev, n.arguments[1], frame, depth + 1);
    case "CallExpression": {
      const ref = calleeRef(ev, n, frame) ?? "";
      if (/^(global|\?):process\.cwd$/.test(ref)) return true;
      const [first, ...rest] = n.arguments;
      if (!first || first.type === "SpreadElement") return false;
      if (ref === "url:fileURLToPath" || isPathFn(ref, "dirname") || isPathFn(ref, "normalize")) return isProjectPath(ev, first, frame, depth + 1);
      return (isPathFn(ref, "join") || isPathFn(ref, "resolve")) && isProjectPath(ev, first, frame, depth + 1) && relativeConstants(rest);
    }
    default: return false;
  }
}

/** A path the program chose: untainted, or built by path functions from untainted parts. */
export function isProgramPath(ev: Evaluator, n: Node, frame: Frame, depth: number): boolean {
  n = unwrap(n);
  const ref = n.type === "CallExpression" ? calleeRef(ev, n, frame) : null;
  if (n.type === "CallExpression" && depth < 4 && ["resolve", "join", "normalize", "dirname"].some((f) => isPathFn(ref, f))) {
    return n.arguments.every((a) => a.type !== "SpreadElement" && isProgramPath(ev, a, frame, depth + 1));
  }
  const v = peekValue(ev, n, frame);
  return !!v && !isTainted(flatten(v));
}

/** The same root on both sides: one constant or import binding, or equal constant strings. */
export function sameBase(ev: Evaluator, a: Node, b: Node, frame: Frame): boolean {
  a = unwrap(a);
  b = unwrap(b);
  if (a.type === "Identifier" && b.type === "Identifier") {
    const ba = frame.scope.lookup(a.name);
    return !!ba && ba === frame.scope.lookup(b.name) && (ba.kind === "const" || ba.kind === "import");
  }
  const sa = peekValue(ev, a, frame)?.str;
  return sa !== undefined && a.type !== "Identifier" && b.type !== "Identifier" && sa === peekValue(ev, b, frame)?.str;
}

/** `".."`: the start of every path.relative() result that leaves the root. */
export function isDotDot(ev: Evaluator, n: Node): boolean {
  n = unwrap(n);
  if (n.type === "Literal") return n.value === "..";
  if (n.type === "TemplateLiteral") return n.expressions.length === 0 && (n.quasis[0].value.cooked ?? "") === "..";
  return false;
}

/**
 * `".." + path.sep`, `\`..${sep}\``, `"../"`: the start of a result that leaves the root by more than
 * one level. Not `"..\\"`: on POSIX that is a file name.
 */
export function isDotDotSep(ev: Evaluator, n: Node): boolean {
  n = unwrap(n);
  const isSep = (x: Node) => { x = unwrap(x); return (x.type === "MemberExpression" && propName(x) === "sep") || (x.type === "Identifier" && x.name === "sep"); };
  if (n.type === "Literal") return n.value === "../";
  if (n.type === "TemplateLiteral") {
    const q = n.quasis.map((x) => x.value.cooked ?? "");
    return n.expressions.length === 0 ? q[0] === "../" : n.expressions.length === 1 && q[0] === ".." && q[1] === "" && isSep(n.expressions[0]);
  }
  return n.type === "BinaryExpression" && n.operator === "+" && isDotDot(ev, n.left) && isSep(n.right);
}

export function endsWithSeparator(ev: Evaluator, n: Node, frame: Frame): boolean {
  n = unwrap(n);
  if (n.type === "Literal") return typeof n.value === "string" && /[/\\]$/.test(n.value);
  if (n.type === "TemplateLiteral") return /[/\\]$/.test(n.quasis[n.quasis.length - 1].value.cooked ?? "");
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const r = unwrap(n.right);
    if (r.type === "MemberExpression" && propName(r) === "sep") return true;
    if (r.type === "Identifier" && r.name === "sep") return true;
    return endsWithSeparator(ev, r, frame);
  }
  if (n.type === "Identifier") {
    const v = peekValue(ev, n, frame);
    return !!v && v.str !== undefined && /[/\\]$/.test(v.str);
  }
  return false;
}
