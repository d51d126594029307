// Access paths in summaries: which field of an argument, or of `this`, a symbolic value stands
// for (`#0.filename`, `ctx.agentFile`, `this.config.storage`), the bits they are given, and what
// each path holds at a call. Also the role filters of messages arrays (`find((m) => m.role ===
// "system")`), which are paths of their own inside a helper.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Evaluator, FIELD_BASE, type Frame } from "./evaluator";
import { elementOf, readMember } from "./expressions";
import { keyName, type Node, propName, short, unwrap } from "./syntax";
import { CLEAN, derived, type FunctionRef, isTainted, type PathTable, type Val } from "../value";

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

/** The bit of a path in its table, allocated on first use; -1 when full. Paths below a field of `this` leave some slots to fields of `this`. */
export function slotBit(table: PathTable, path: string): number {
  let k = table.names.indexOf(path);
  if (k < 0) {
    const limit = !path.startsWith("#") && path.includes(".") ? table.size - SELF_FIELD_RESERVE : table.size;
    if (table.names.length >= limit) return -1;
    k = table.names.push(path) - 1;
  }
  return table.base + k;
}

/**
 * `ctx.agent`, `{ filename }` or `this.config.storage` in a summary, read off a value that stands
 * for an access path: a narrower path with its own bit, so the caller's other fields stay apart.
 * Null when the path is too deep or the table is full (the read then takes the whole value).
 */
export function subPath(ev: Evaluator, base: Val, step: string, node: Node): Val | null {
  const at = base.slot;
  if (!at || base.t || base.san || !/^[\w$#]+$|^(find|filter|known)\(role!?=[\w-]+\)$/.test(step)) return null;
  const path = `${at.path}.${step}`;
  if (path.split(".").length - 1 > MAX_PATH_DEPTH) return null;
  const bit = slotBit(at.table, path);
  if (bit < 0) return null;
  const what = path.startsWith("#") ? `parameter \`${short(ev.src(node))}\`` : `field \`this.${path}\``;
  return { t: 0, p: 1 << bit, san: 0, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: what, prev: null }, slot: { table: at.table, path } };
}

/** What access path `path` of the callee's table holds at this call: a field of an argument, or of the receiver. */
export function pathValue(ev: Evaluator, path: string, table: PathTable, args: Val[], recv: Val | null, fn: FunctionRef, call: Node, frame: Frame): Val {
  const [root, ...steps] = path.split(".");
  let v: Val;
  if (root.startsWith("#")) v = args[Number(root.slice(1))] ?? CLEAN;
  // A method called on `this` from another method of the class: the same path of the caller.
  else if (recv && recv === fn.self) return { ...CLEAN, p: 1 << slotBit(table, path), slot: { table, path } };
  else v = recv?.fields?.get(root) ?? CLEAN;
  for (const s of steps) {
    const role = /^(find|filter|known)\(role(!?)=([\w-]+)\)$/.exec(s);
    if (role?.[1] === "known") v = knownRole(v, role[3]);
    else v = role ? byRole(ev, v, role[1] as "find" | "filter", role[3], role[2] === "!", call, frame) : readMember(ev, v, s, call, frame, null);
  }
  return v;
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
  const sub = frame.symbolic ? subPath(ev, v, `${method}(role${negated ? "!" : ""}=${role})`, node) : null;
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
