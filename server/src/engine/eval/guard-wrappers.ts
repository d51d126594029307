// Guard wrappers (CodeQL's name): a project function that returns true only when a parameter is
// inside a root (`isWithin(p, roots)`) is a guard at its callers, like the inline check it holds.
// Each `return` of a summarised function notes which of its parameters are proven contained when
// that return is true; a parameter is guarded when every return that can be true proves it. At a
// call site the narrowing reaches the argument and, when the argument is a normalisation of an
// absolute, normalised path, that path too (`if (!within(normalize(abs))) throw; use(abs)`).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { forEachChild } from "../ast-children";
import type { Binding } from "../scope";
import { CLEAN, flatten, isTainted, sanitised, SINK_BITS, type FunctionRef, type Val } from "../value";
import { applyNarrowing, guard, targetOf } from "./barrier-guards";
import { type Closure, Env, type Evaluator, type Frame, type Narrowing } from "./evaluator";
import { summaryOf } from "./functions";
import { bareSeparator, isPathFn, normalisedPath, refutedEscapeTests } from "./path-containment";
import { calleeRef, peekValue } from "./peek";
import { isFunction, type Node, propName, unwrap } from "./syntax";

/**
 * "contained": the parameter itself was checked. "resolved": `path.resolve(path.normalize(p))` was,
 * which says the same of `p` only when `p` is already an absolute, normalised path (checked at the call).
 */
export type GuardKind = "contained" | "resolved";

/** What one `return` proves when its value is true: the variables it proves contained. */
interface ReturnNote { proven: Map<Binding, GuardKind>; requires: number }
interface GuardSummary { params: Map<number, GuardKind>; requires: number; absNormalised: boolean }

/**
 * One walk of a function (made with its frame, shared by the frame's copies for blocks): what each
 * return proves, and whether some return (true or false) was not an absolute, normalised path.
 */
export interface ReturnWalk { notes: ReturnNote[]; notAbsolute: boolean }
export const newReturnWalk = (): ReturnWalk => ({ notes: [], notAbsolute: false });
/** The latest walk per function that reached a return. */
const latestWalk = new WeakMap<Node, ReturnWalk>();
// Per analyser of the function's module: a re-analysis (an edit in the editor) starts afresh.
const guardSummaries = new WeakMap<Evaluator, WeakMap<Node, GuardSummary>>();
const PATH = SINK_BITS.path;

/** Called for each `return` of a summarised function's walk (eval/statements.ts). */
export function noteReturn(ev: Evaluator, ret: Node, argument: Node, frame: Frame): void {
  if (!frame.symbolic) return;
  const walk = frame.walk;
  if (latestWalk.get(frame.fn) !== walk) latestWalk.set(frame.fn, walk);
  const arg = unwrap(argument);
  if (!isAbsNormalised(ev, arg, frame, 0)) walk.notAbsolute = true;
  // A constant false never makes the guard true; a Windows-only branch is not taken on POSIX.
  if (arg.type === "Literal" && !arg.value) return;
  const conds = conditionsOf(frame.fn, ret);
  if (conds.some((c) => c.outcome && windowsOnly(ev, c.test, frame))) return;
  walk.notes.push(proofOf(ev, arg, conds, frame));
}

function proofOf(ev: Evaluator, arg: Node, conds: Cond[], frame: Frame): ReturnNote {
  const note: ReturnNote = { proven: new Map(), requires: 0 };
  const env = new Env(frame.env);
  for (const n of guard(ev, arg, frame).whenTrue) applyNarrowing(ev, env, n, frame);
  // Variables narrowed here or earlier on this path (`if (!ok) return false; return true;`).
  for (let e: Env | null = env; e; e = e.parent) {
    for (const [b, v] of e.vars) {
      if (note.proven.has(b)) continue;
      const before = e.parent?.get(b);
      if (v.san & PATH) note.proven.set(b, "contained");
      // Equal to another value (`p === root`): p is that value, which must itself be clean at the call.
      else if (before && isTainted(before) && !(v.t & before.t) && !(v.p & before.p) && !v.t) { note.proven.set(b, "contained"); note.requires |= v.p; }
    }
  }
  if (arg.type === "CallExpression") someOverRoots(ev, arg, frame, note);
  relativeChecks(ev, arg, frame, note);
  // `if (root === path.sep) return p.startsWith(path.sep)`: a root that is "/" holds every absolute path.
  if (arg.type === "CallExpression" && arg.callee.type === "MemberExpression" && propName(arg.callee) === "startsWith" && arg.arguments[0] && bareSeparator(ev, arg.arguments[0], frame)) {
    const rootIsSep = conds.map((c) => (c.outcome ? equalsSeparator(ev, c.test, frame) : null)).find((x) => x);
    const b = identBinding(arg.callee.object, frame);
    if (rootIsSep && b) { note.proven.set(b, "contained"); note.requires |= rootIsSep.rootBits; }
  }
  return note;
}

/** `roots.some(dir => ...)` over a clean array: what every true return of the callback proves. */
function someOverRoots(ev: Evaluator, call: TSESTree.CallExpression, frame: Frame, note: ReturnNote): void {
  const c = unwrap(call.callee);
  const cb = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  if (c.type !== "MemberExpression" || !cb || !isFunction(cb)) return;
  const method = propName(c);
  // every() over an empty array is true without any check: only over a literal, non-empty list.
  if (method !== "some" && !(method === "every" && nonEmptyLiteral(c.object, frame))) return;
  const roots = peekValue(ev, c.object, frame);
  if (!roots || roots.t) return;
  const notes = latestWalk.get(cb)?.notes;
  if (!notes?.length) return;
  for (const [b, k0] of notes[0].proven) {
    let k: GuardKind | null = k0;
    for (const n of notes) k = !n.proven.has(b) ? null : n.proven.get(b) === "resolved" ? "resolved" : k;
    if (k && !note.proven.has(b)) note.proven.set(b, k);
  }
  for (const n of notes) note.requires |= n.requires;
  note.requires |= roots.p;
}

/**
 * `const rel = path.relative(root, p); return !rel.startsWith("..")`: in a summary `p` and `root` are
 * parameters, which the inline check (path-containment.ts) cannot judge. path.relative resolves `p`,
 * so this proves `p` contained only as an absolute, normalised path; the root must be clean at the call.
 */
function relativeChecks(ev: Evaluator, arg: Node, frame: Frame, note: ReturnNote): void {
  for (const [rel, tests] of refutedEscapeTests(ev, arg, true, frame, new Map())) {
    if (!tests.has("dotdot") && !(tests.has("dotdot-sep") && tests.has("is-parent"))) continue;
    if (rel.type !== "CallExpression" || rel.arguments.length !== 2 || !isPathFn(calleeRef(ev, rel, frame), "relative")) continue;
    const [root, checked] = rel.arguments;
    const rv = peekValue(ev, root, frame);
    const b = identBinding(checked, frame);
    if (!rv || rv.t || !b || note.proven.has(b)) continue;
    note.proven.set(b, "resolved");
    note.requires |= rv.p;
  }
}

function nonEmptyLiteral(n: Node, frame: Frame): boolean {
  n = unwrap(n);
  const b = identBinding(n, frame);
  const init = b?.kind === "const" && b.init ? unwrap(b.init) : n;
  return init.type === "ArrayExpression" && init.elements.length > 0 && init.elements.every((e) => e && e.type !== "SpreadElement");
}

// ---------------------------------------------------------------- conditions on the way to a return

interface Cond { test: Node; outcome: boolean }
const condCache = new WeakMap<Node, Map<Node, Cond[]>>();
/** Functions whose returns the statement walk did not all reach (a `return` in a class static block). */
const condCacheFull = new WeakMap<Node, Map<Node, Cond[]>>();

/**
 * The `if` tests (and their outcomes) that enclose a return, within its own function. Asked for
 * every return of every summarised walk, so the function is walked once, through its statements
 * only (a return sits in a statement list, never in an expression outside a nested function);
 * a return that walk did not reach gets the walk of every node.
 */
function conditionsOf(fn: Node, ret: Node): Cond[] {
  let map = condCache.get(fn);
  if (!map) {
    map = new Map();
    if (isFunction(fn)) returnsInStatement(fn.body, [], map);
    else returnsInAnyNode(fn, fn, [], map);
    condCache.set(fn, map);
  }
  const conds = map.get(ret);
  if (conds || ret.type !== "ReturnStatement" || !isFunction(fn)) return conds ?? [];
  let full = condCacheFull.get(fn);
  if (!full) {
    full = new Map();
    returnsInAnyNode(fn, fn, [], full);
    condCacheFull.set(fn, full);
  }
  return full.get(ret) ?? [];
}

function returnsInStatement(n: Node | null | undefined, conds: Cond[], m: Map<Node, Cond[]>): void {
  if (!n) return;
  switch (n.type) {
    case "ReturnStatement": m.set(n, conds); return;
    case "IfStatement":
      returnsInStatement(n.consequent, [...conds, { test: n.test, outcome: true }], m);
      if (n.alternate) returnsInStatement(n.alternate, [...conds, { test: n.test, outcome: false }], m);
      return;
    case "BlockStatement": for (const s of n.body) returnsInStatement(s, conds, m); return;
    case "SwitchStatement": for (const c of n.cases) for (const s of c.consequent) returnsInStatement(s, conds, m); return;
    case "TryStatement":
      returnsInStatement(n.block, conds, m);
      returnsInStatement(n.handler?.body, conds, m);
      returnsInStatement(n.finalizer, conds, m);
      return;
    case "ForStatement": case "ForInStatement": case "ForOfStatement": case "WhileStatement": case "DoWhileStatement":
    case "LabeledStatement": case "WithStatement":
      returnsInStatement(n.body, conds, m);
      return;
  }
}

/** The same over every node (not into nested functions): what the statement walk may miss. */
function returnsInAnyNode(fn: Node, n: Node, conds: Cond[], m: Map<Node, Cond[]>): void {
  if (n !== fn && isFunction(n)) return;
  if (n.type === "ReturnStatement") m.set(n, conds);
  if (n.type === "IfStatement") {
    returnsInAnyNode(fn, n.consequent, [...conds, { test: n.test, outcome: true }], m);
    if (n.alternate) returnsInAnyNode(fn, n.alternate, [...conds, { test: n.test, outcome: false }], m);
    return;
  }
  forEachChild(n, (ch) => returnsInAnyNode(fn, ch, conds, m));
}

/** The conjuncts a true test asserts. */
function conjuncts(n: Node): Node[] {
  n = unwrap(n);
  return n.type === "LogicalExpression" && n.operator === "&&" ? [...conjuncts(n.left), ...conjuncts(n.right)] : [n];
}

/** `path.sep === "\\"` or `process.platform === "win32"` among a true test's conjuncts. */
function windowsOnly(ev: Evaluator, test: Node, frame: Frame): boolean {
  return conjuncts(test).some((c) => {
    if (c.type !== "BinaryExpression" || c.operator !== "===") return false;
    const sides = [unwrap(c.left), unwrap(c.right)];
    const texts = sides.map((s) => s.type === "Literal" ? s.value : null);
    const isSep = sides.some((s) => s.type === "MemberExpression" && propName(s) === "sep" && /^path/.test(peekRef(ev, s.object, frame)));
    const isPlatform = sides.some((s) => s.type === "MemberExpression" && propName(s) === "platform" && unwrap(s.object).type === "Identifier" && (unwrap(s.object) as TSESTree.Identifier).name === "process");
    return (isSep && texts.includes("\\")) || (isPlatform && texts.includes("win32"));
  });
}

function peekRef(ev: Evaluator, n: Node, frame: Frame): string {
  return peekValue(ev, n, frame)?.ref ?? "";
}

/** `root === path.sep` (a root variable equal to the separator): the bits the root carries. */
function equalsSeparator(ev: Evaluator, test: Node, frame: Frame): { rootBits: number } | null {
  for (const c of conjuncts(test)) {
    if (c.type !== "BinaryExpression" || c.operator !== "===") continue;
    for (const [root, sep] of [[c.left, c.right], [c.right, c.left]] as const) {
      if (!bareSeparator(ev, sep, frame) || !identBinding(root, frame)) continue;
      const v = peekValue(ev, root, frame);
      if (v && !v.t) return { rootBits: v.p };
    }
  }
  return null;
}

// ---------------------------------------------------------------- the summary and its use at a call

function identBinding(n: Node, frame: Frame): Binding | undefined {
  n = unwrap(n);
  return n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
}

/** The one expression a variable is given: a const's initialiser, or the only assignment of a `let`. */
export function definitionOf(b: Binding): Node | null {
  if (b.kind === "const") return b.init ? unwrap(b.init) : null;
  if (b.kind !== "let" && b.kind !== "var") return null;
  const decl = b.init ? [unwrap(b.init)] : [];
  // Any other write (or a shadowing name written) makes the variable's value unknown.
  const all = [...decl, ...writesTo(b)];
  return all.length === 1 && all[0].type !== "AssignmentExpression" && all[0].type !== "UpdateExpression" ? all[0] : null;
}

/** Writes to a variable's name anywhere in its function: `x = e` gives `e`, other writes themselves. */
function writesTo(b: Binding): Node[] {
  return writesIn(b.owner).get(b.name) ?? [];
}

/** Every write to a plain name inside a scope's owner, by name, in source order: one walk per owner
 * (bindings are made afresh for each analysis of a function, and a module's `var`s share one owner,
 * so a walk per binding read whole programs again and again). */
const writesByOwner = new WeakMap<Node, { byName: Map<string, Node[]>; body: readonly Node[] | null }>();
function writesIn(owner: Node): Map<string, Node[]> {
  // An incremental re-parse splices new statements into the same Program node: its entry holds
  // while the top-level statements are the same nodes (every other owner is replaced when edited).
  const body = owner.type === "Program" ? owner.body : null;
  const cached = writesByOwner.get(owner);
  if (cached && (!body || (cached.body!.length === body.length && cached.body!.every((s, i) => s === body[i])))) return cached.byName;
  const found = new Map<string, Node[]>();
  writesByOwner.set(owner, { byName: found, body: body && [...body] });
  const add = (name: string, n: Node) => {
    const list = found.get(name);
    if (list) list.push(n);
    else found.set(name, [n]);
  };
  const visit = (n: Node) => {
    if (n.type === "AssignmentExpression" && n.left.type === "Identifier") add(n.left.name, n.operator === "=" ? unwrap(n.right) : n);
    if (n.type === "UpdateExpression" && n.argument.type === "Identifier") add(n.argument.name, n);
    forEachChild(n, visit);
  };
  visit(owner);
  return found;
}

/** The variable a normalisation was taken of: `path.resolve(x)`, `path.normalize(x)`, `normalizePath(x)`. */
function normalisationOf(ev: Evaluator, n: Node, frame: Frame, depth = 0): Node | null {
  n = unwrap(n);
  if (n.type === "AwaitExpression") return normalisationOf(ev, n.argument, frame, depth);
  if (n.type !== "CallExpression" || n.arguments.length !== 1 || n.arguments[0].type === "SpreadElement" || depth > 3) return null;
  const ref = calleeRef(ev, n, frame);
  const arg = unwrap(n.arguments[0]);
  const inner = normalisationOf(ev, arg, frame, depth + 1) ?? arg;
  if (isPathFn(ref, "resolve") || isPathFn(ref, "normalize")) return inner;
  // A project function named as a path normaliser whose result comes from its argument.
  const fn = peekValue(ev, n.callee, frame)?.fn;
  if (fn && /normali[sz]e\w*path|canonical\w*path|^normali[sz]e$/i.test(calleeName(n) ?? "")) {
    if (summaryOf(ev, fn).ret.p & 1) return inner;
  }
  return null;
}

function calleeName(n: TSESTree.CallExpression): string | null {
  const c = unwrap(n.callee);
  return c.type === "Identifier" ? c.name : c.type === "MemberExpression" ? propName(c) : null;
}

/**
 * A path with no `..` left: `path.resolve(...)`, a join/normalize of an absolute base, `fs.realpath`
 * (canonical), a choice between such paths, or a project function all of whose returns are such.
 */
export function isAbsNormalised(ev: Evaluator, n: Node, frame: Frame, depth: number): boolean {
  n = unwrap(n);
  if (depth > 5) return false;
  switch (n.type) {
    case "AwaitExpression": return isAbsNormalised(ev, n.argument, frame, depth + 1);
    case "ConditionalExpression": return isAbsNormalised(ev, n.consequent, frame, depth + 1) && isAbsNormalised(ev, n.alternate, frame, depth + 1);
    case "Identifier": {
      const b = frame.scope.lookup(n.name);
      const def = b ? definitionOf(b) : null;
      return !!def && isAbsNormalised(ev, def, frame, depth + 1);
    }
    case "CallExpression": {
      const ref = calleeRef(ev, n, frame) ?? "";
      if (/^fs(\/promises)?:(promises\.)?realpath(Sync)?(\.native)?$/.test(ref) || normalisedPath(ev, n, null, frame)) return true;
      // The same path written canonically (`normalizePath(abs)`) of an absolute, normalised one.
      const origin = normalisationOf(ev, n, frame);
      if (origin && isAbsNormalised(ev, origin, frame, depth + 1)) return true;
      const fn = peekValue(ev, n.callee, frame)?.fn;
      return !!fn && !!guardSummaryOf(ev, fn)?.absNormalised;
    }
    default: return false;
  }
}

function guardSummaryOf(ev: Evaluator, fn: FunctionRef): GuardSummary | null {
  const owner = (fn.closure as Closure).module;
  const cache = guardSummaries.get(owner) ?? new WeakMap<Node, GuardSummary>();
  guardSummaries.set(owner, cache);
  const cached = cache.get(fn.node);
  if (cached) return cached;
  summaryOf(ev, fn);
  const walk = latestWalk.get(fn.node);
  const notes = walk?.notes;
  if (!notes) return null; // still being walked (recursion), or never walked symbolically
  const params = new Map<number, GuardKind>();
  fn.node.params.forEach((p, i) => {
    if (p.type !== "Identifier" || !notes.length) return;
    let kind: GuardKind | null = "contained";
    for (const note of notes) {
      const k = strongestFor(p, note);
      if (!k) { kind = null; break; }
      if (k === "resolved") kind = "resolved";
    }
    if (kind) params.set(i, kind);
  });
  const s = { params, requires: notes.reduce((r, n) => r | n.requires, 0), absNormalised: !walk!.notAbsolute };
  cache.set(fn.node, s);
  return s;
}

/** How a return's proven variables reach parameter `p`: itself, or a normalisation of it. */
function strongestFor(p: TSESTree.Identifier, note: ReturnNote): GuardKind | null {
  let best: GuardKind | null = null;
  for (const [b, checked] of note.proven) {
    const o = originKind(b, p, 0);
    const k = o && checked === "resolved" ? "resolved" : o;
    if (k === "contained") return k;
    if (k) best = k;
  }
  return best;
}

/** `b` is parameter `p`, or a variable defined as `path.resolve`/`path.normalize` of it (syntactically). */
function originKind(b: Binding, p: TSESTree.Identifier, depth: number): GuardKind | null {
  // A parameter given another value in the function no longer says anything about the argument.
  if (b.kind === "param") return b.node === p && writesTo(b).length === 0 ? "contained" : null;
  const def = definitionOf(b);
  if (!def || depth > 3) return null;
  let n: Node = def;
  for (let i = 0; i < 3 && n.type === "CallExpression"; i++) {
    const c = unwrap(n.callee);
    const name = c.type === "MemberExpression" && unwrap(c.object).type === "Identifier" ? propName(c) : null;
    if ((name !== "resolve" && name !== "normalize") || n.arguments.length !== 1) return null;
    n = unwrap(n.arguments[0]);
  }
  return n.type === "Identifier" && n.name === p.name && n !== def ? "resolved" : null;
}

/**
 * At a call of a guard wrapper: the arguments its true result proves contained, as narrowings (and
 * the absolute, normalised paths those arguments normalise). Roots it requires clean must be.
 */
export function wrapperGuard(ev: Evaluator, call: TSESTree.CallExpression, frame: Frame): Narrowing[] {
  const fn = peekValue(ev, call.callee, frame)?.fn;
  if (!fn) return [];
  const s = guardSummaryOf(ev, fn);
  if (!s || !s.params.size) return [];
  for (let i = 0; i < call.arguments.length; i++) {
    if (!(s.requires & (1 << i))) continue;
    if (!cleanArgument(ev, call.arguments[i], frame)) return [];
  }
  if (s.requires >> call.arguments.length) return [];
  const out: Narrowing[] = [];
  for (const [i, kind] of s.params) {
    const arg = call.arguments[i];
    if (!arg || arg.type === "SpreadElement") continue;
    if (kind === "resolved" && !isAbsNormalised(ev, arg, frame, 0)) continue;
    narrowWithOrigins(ev, arg, frame, out, 0);
  }
  return out;
}

/**
 * Roots the caller passes: no taint in the array or its elements (`[args.root]` is tainted). Parameter
 * bits are not refused: inside a summary they may stand for the enclosing function's own roots.
 */
function cleanArgument(ev: Evaluator, n: Node, frame: Frame): boolean {
  n = unwrap(n);
  if (n.type === "SpreadElement") return false;
  if (n.type === "ArrayExpression") return n.elements.every((e) => !e || cleanArgument(ev, e, frame));
  const v = peekValue(ev, n, frame);
  return !!v && !flatten(v).t;
}

function narrowWithOrigins(ev: Evaluator, n: Node, frame: Frame, out: Narrowing[], depth: number): void {
  const target = unwrap(n).type === "MemberExpression" ? targetOf(n, frame) : undefined;
  if (target?.path) {
    // `isOneOfRoots(args.dir, ROOTS)`: that field of the argument.
    const cur = peekValue(ev, n, frame);
    if (cur) out.push({ ...target, value: sanitised(cur, PATH) });
    return;
  }
  const b = identBinding(n, frame);
  if (!b || depth > 3 || out.some((x) => x.binding === b)) return;
  const cur = frame.env.get(b) ?? ev.readBinding(b, frame, null) ?? CLEAN;
  out.push({ binding: b, value: sanitised(cur, PATH) });
  // `const n = normalizePath(abs)` checked: `abs` is the same path when it was already absolute and normalised.
  const def = definitionOf(b);
  const origin = def ? normalisationOf(ev, def, frame) : null;
  if (origin && isAbsNormalised(ev, origin, frame, 0)) narrowWithOrigins(ev, origin, frame, out, depth + 1);
}
