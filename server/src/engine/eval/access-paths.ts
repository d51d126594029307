// Access paths in summaries: which field of an argument, or of `this`, a symbolic value stands
// for (`#0.filename`, `ctx.agentFile`, `this.config.storage`), the bits they are given, and what
// each path holds at a call. Also the role filters of messages arrays (`find((m) => m.role ===
// "system")`), which are paths of their own inside a helper.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Evaluator, FIELD_BASE, type Frame } from "./evaluator";
import { elementOf, readMember } from "./expressions";
import { applyFunction } from "./functions";
import { keyName, type Node, propName, short, unwrap } from "./syntax";
import { CLEAN, derived, flatten, type FunctionRef, isTainted, joinAll, type PathTable, type Val } from "../value";

/** Bits 12..23 are the class's paths below `this` (shared by its methods), 24..29 a method's own paths below its parameters. */
const CLASS_PATHS = 12;
/** Paths below a parameter or a field of `this` are followed this many fields deep. */
const MAX_PATH_DEPTH = 2;
/** Slots a class keeps for fields of `this` itself, which paths below them may not take. */
const SELF_FIELD_RESERVE = 4;

/** The paths below `this` of a class: one table for all its methods, kept on its field store. */
export function fieldNames(self: Val): PathTable {
  return ((self as Val & { fieldBits?: PathTable }).fieldBits ??= { names: [], base: FIELD_BASE, size: CLASS_PATHS });
}

/** Paths below a function's parameters, by function node: the bits after the class's for a method, all path bits otherwise. */
const paramTables = new WeakMap<Node, PathTable>();

export function paramPaths(fn: FunctionRef): PathTable {
  let t = paramTables.get(fn.node);
  if (!t) paramTables.set(fn.node, (t = fn.self ? { names: [], base: FIELD_BASE + CLASS_PATHS, size: 30 - FIELD_BASE - CLASS_PATHS } : { names: [], base: FIELD_BASE, size: 30 - FIELD_BASE }));
  return t;
}

/**
 * Paths that did not fit in their table share its last bit. At a call that bit stands for the
 * shared paths the callee's summary read (the summary is known by its records, `Frame.paramSinks`,
 * which its inline callbacks share), joined: a full table costs precision only between paths one
 * summary reads, never the whole object (`this.storage` of a class with a hundred fields used to
 * take all of `this`, a model's chat history included).
 */
interface SharedPaths {
  /** Every path that shares the last bit. */
  all: string[];
  /** The shared paths each summary read. */
  byReader: WeakMap<object, Set<string>>;
  /** A value holding the shared bit was stored on `this`, where another method may read it: each summary answers for all. */
  escaped: boolean;
}
const sharedPaths = new WeakMap<PathTable, SharedPaths>();

/** Paths with a bit of their own: the table's slots before its last, filled in order. */
function ownSlots(table: PathTable): number {
  let n = 0;
  while (n < table.size - 1 && table.names[n] !== undefined) n++;
  return n;
}

/**
 * The bit of a path in its table, allocated on first use, for the summary whose records are
 * `reader`. Paths below a field of `this` leave some slots to fields of `this`; a path that finds
 * no slot of its own shares the table's last bit.
 */
export function slotBit(table: PathTable, path: string, reader: object): number {
  const k = table.names.indexOf(path);
  const shared = sharedPaths.get(table);
  if (k >= 0 && !(shared && k === table.size - 1)) return table.base + k;
  const own = ownSlots(table);
  const limit = !path.startsWith("#") && path.includes(".") ? table.size - 1 - SELF_FIELD_RESERVE : table.size - 1;
  if (k < 0 && own < limit) {
    table.names[own] = path;
    return table.base + own;
  }
  let sp = shared;
  if (!sp) {
    sharedPaths.set(table, (sp = { all: [], byReader: new WeakMap(), escaped: false }));
    // The last slot is named after its first path, so a call knows whose argument it is.
    table.names[table.size - 1] = path;
  }
  if (!sp.all.includes(path)) sp.all.push(path);
  let read = sp.byReader.get(reader);
  if (!read) sp.byReader.set(reader, (read = new Set()));
  read.add(path);
  return table.base + table.size - 1;
}

/** A value stored on `this` in a summary: if it holds the class's shared bit, later summaries may read it without reading the paths. */
export function storedOnSelf(self: Val, v: Val): void {
  const table = fieldNames(self);
  const sp = sharedPaths.get(table);
  if (sp && flatten(v).p & (1 << (table.base + table.size - 1))) sp.escaped = true;
}

/**
 * `ctx.agent`, `{ filename }` or `this.config.storage` in a summary, read off a value that stands
 * for an access path: a narrower path with its own bit, so the caller's other fields stay apart.
 * Null when the path is too deep (the read then takes the whole value).
 */
export function subPath(ev: Evaluator, base: Val, step: string, node: Node, frame: Frame): Val | null {
  const at = base.slot;
  if (!at || base.t || base.san || !/^[\w$#]+$|^[\w$]+\(\)$|^(find|filter|known)\(role!?=[\w-]+\)$/.test(step)) return null;
  const path = `${at.path}.${step}`;
  if (path.split(".").length - 1 > MAX_PATH_DEPTH) return null;
  const bit = slotBit(at.table, path, frame.paramSinks);
  const what = path.startsWith("#") ? `parameter \`${short(ev.src(node))}\`` : step.endsWith("()") ? `\`this.${path}\`` : `field \`this.${path}\``;
  return { t: 0, p: 1 << bit, san: 0, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: what, prev: null }, slot: { table: at.table, path } };
}

/**
 * What access path `path` of the callee's table holds at this call: a field of an argument, or of
 * the receiver. `callee` is the callee summary's records (whose shared paths the last bit stands for).
 */
export function pathValue(ev: Evaluator, path: string, table: PathTable, args: Val[], recv: Val | null, fn: FunctionRef, call: Node, frame: Frame, callee: object): Val {
  const sp = sharedPaths.get(table);
  if (sp && table.names[table.size - 1] === path) {
    const read = sp.escaped ? sp.all : [...(sp.byReader.get(callee) ?? [])];
    return joinAll(read.map((p) => onePathValue(ev, p, table, args, recv, fn, call, frame)));
  }
  return onePathValue(ev, path, table, args, recv, fn, call, frame);
}

function onePathValue(ev: Evaluator, path: string, table: PathTable, args: Val[], recv: Val | null, fn: FunctionRef, call: Node, frame: Frame): Val {
  const [root, ...steps] = path.split(".");
  let v: Val;
  if (root.startsWith("#")) v = args[Number(root.slice(1))] ?? CLEAN;
  // A method called on `this` from another method of the class: the same path of the caller.
  else if (recv && recv === fn.self) return { ...CLEAN, p: 1 << slotBit(table, path, frame.paramSinks), slot: { table, path } };
  else v = recv?.fields?.get(root) ?? CLEAN;
  for (const s of steps) {
    const role = /^(find|filter|known)\(role(!?)=([\w-]+)\)$/.exec(s);
    if (role?.[1] === "known") v = knownRole(v, role[3]);
    else if (role) v = byRole(ev, v, role[1] as "find" | "filter", role[3], role[2] === "!", call, frame);
    else if (s.endsWith("()")) v = getterResult(ev, v, s.slice(0, -2), call, frame);
    else v = readMember(ev, v, s, call, frame, null);
  }
  return v;
}

/**
 * `config.getExtensionLoader()` in a summary, at a call: the method of the object passed here,
 * called with no arguments. A method we cannot see returns what its receiver holds, as any unknown
 * call does.
 */
function getterResult(ev: Evaluator, recv: Val, method: string, call: Node, frame: Frame): Val {
  const fn = readMember(ev, recv, method, call, frame, null, undefined, true).fn;
  return fn ? applyFunction(ev, fn, [], [], call, frame, recv) : derived(recv);
}

/**
 * A call with no arguments of a method on an access path in a summary (`this.config.getModel()`):
 * a path of its own, so the caller's object answers it with the method it has, instead of the
 * call taking all that the object holds. Null when the receiver is no access path.
 */
export function getterPath(ev: Evaluator, recv: Val | null, method: string | null, args: Val[], node: Node, frame: Frame): Val | null {
  if (!frame.symbolic || !recv?.slot || !method || args.length || node.type !== "CallExpression") return null;
  return subPath(ev, recv, `${method}()`, node, frame);
}

/** An argument that comes back out whole (a constructor storing it): what it holds was passed in here. */
export function passedThrough(ev: Evaluator, a: Val, at: Node, fnName: string, crossFile: boolean, depth = 0): Val {
  const out: Val = isTainted(a) ? { ...a, trail: { file: ev.file, start: at.range[0], end: at.range[1], description: `passed to \`${fnName}()\``, prev: a.trail, anchor: crossFile } } : { ...a };
  if (depth < 4 && a.fields) out.fields = new Map([...a.fields].map(([k, f]) => [k, passedThrough(ev, f, at, fnName, crossFile, depth + 1)]));
  if (depth < 4 && a.elems) out.elems = a.elems.map((e) => passedThrough(ev, e, at, fnName, crossFile, depth + 1));
  return out;
}

/**
 * Only the elements known to have this role (`known(role=system)`): what a caller's own list holds
 * as system messages when a helper sends it. A list of unknown shape has none known (a client-held
 * list is eval/client-roles.ts's business, at its own confidence).
 */
function knownRole(v: Val, role: string): Val {
  const picked = v.elems?.filter((m) => m.fields?.get("role")?.str === role) ?? [];
  return picked.length ? { ...CLEAN, elems: picked } : CLEAN;
}

/** The elements of a messages array whose role is (or, negated, is not) `role`; unknown roles may be either. */
export function byRole(ev: Evaluator, v: Val, method: "find" | "filter", role: string, negated: boolean, node: Node, frame: Frame): Val {
  if (v.elems) {
    const picked = v.elems.filter((m) => {
      const r = m.fields?.get("role")?.str;
      return r === undefined || (r === role) !== negated;
    });
    if (method === "filter") return { ...v, elems: picked };
    return elementOf(ev, { ...v, elems: picked.length ? picked : [CLEAN] });
  }
  const sub = frame.symbolic ? subPath(ev, v, `${method}(role${negated ? "!" : ""}=${role})`, node, frame) : null;
  if (sub) return sub;
  // `role !== "system"`, `role === "user"`: what is left has no instruction turn the client chose.
  const dropsInstructions = negated ? role === "system" || role === "developer" : role !== "system" && role !== "developer";
  if (method === "filter") return dropsInstructions && isTainted(v) ? { ...derived(v), rolesChecked: true } : derived(v);
  return elementOf(ev, v);
}

/**
 * `(m) => ["user", "assistant"].includes(m.role)`: a filter that keeps only roles listed in an
 * array of constants with no instruction role among them.
 */
export function keepsListedRoles(fn: Node | undefined): boolean {
  if (!fn || (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") || fn.params.length !== 1) return false;
  let body: Node = fn.body;
  if (body.type === "BlockStatement") {
    const only = body.body.length === 1 ? body.body[0] : null;
    if (!only || only.type !== "ReturnStatement" || !only.argument) return false;
    body = only.argument;
  }
  body = unwrap(body);
  if (body.type !== "CallExpression" || body.callee.type !== "MemberExpression" || propName(body.callee) !== "includes" || body.arguments.length !== 1) return false;
  const list = unwrap(body.callee.object);
  if (list.type !== "ArrayExpression" || !list.elements.length) return false;
  const roles = list.elements.map((e) => (e && e.type === "Literal" && typeof e.value === "string" ? e.value : null));
  if (roles.some((r) => r === null || r === "system" || r === "developer")) return false;
  const param = fn.params[0];
  const arg = unwrap(body.arguments[0] as Node);
  if (param.type === "Identifier") return arg.type === "MemberExpression" && unwrap(arg.object).type === "Identifier" && (unwrap(arg.object) as TSESTree.Identifier).name === param.name && propName(arg) === "role";
  return param.type === "ObjectPattern" && arg.type === "Identifier" && arg.name === "role";
}

/** `(m) => m.role === "system"`, `({ role }) => role !== "system"`: the role a find/filter callback selects. */
export function rolePredicate(fn: Node | undefined): { role: string; negated: boolean } | null {
  if (!fn || (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") || fn.params.length !== 1) return null;
  let body: Node = fn.body;
  if (body.type === "BlockStatement") {
    const only = body.body.length === 1 ? body.body[0] : null;
    if (!only || only.type !== "ReturnStatement" || !only.argument) return null;
    body = only.argument;
  }
  body = unwrap(body);
  if (body.type !== "BinaryExpression" || !/^[!=]==?$/.test(body.operator)) return null;
  const param = fn.params[0];
  const isRole = (n: Node): boolean => {
    n = unwrap(n);
    if (param.type === "Identifier") return n.type === "MemberExpression" && unwrap(n.object).type === "Identifier" && (unwrap(n.object) as TSESTree.Identifier).name === param.name && propName(n) === "role";
    return param.type === "ObjectPattern" && n.type === "Identifier" && n.name === "role" && param.properties.some((p) => p.type === "Property" && keyName(p) === "role" && p.value.type === "Identifier" && p.value.name === "role");
  };
  const lit = (n: Node): string | null => (n.type === "Literal" && typeof n.value === "string" && /^[\w-]+$/.test(n.value) ? n.value : null);
  const role = isRole(body.left) ? lit(body.right) : isRole(body.right) ? lit(body.left) : null;
  return role ? { role, negated: body.operator.startsWith("!") } : null;
}
