// Functions picked by name: a call whose function is read from a table with a computed key
// (`handlers[call.name](args)`, `this[fn](args)`, `ns[name].call(null, args)`, or
// `const run = tools[name]; run(args)`). The key is a `dispatch` sink: a name the model chose
// reaches every property of the table, the inherited ones too (`constructor`, `toString`,
// `valueOf`, every method of a class through `this`, every export of a module namespace), not
// only the tools it was offered. What keeps the name in bounds: an own-property test on a table
// (`Object.hasOwn`, `hasOwnProperty`, `Object.keys(t).includes`), which marks the name safe for
// this sink only; an allow-list or equality or a `switch` case (barrier-guards.ts, which clear
// it); a constant prefix (`this["tool_" + name]`); a table made without a prototype
// (`Object.create(null)`, `{ __proto__: null, ... }`). A `Map` looked up with `get` is no computed
// read, so it never comes here; neither is a fixed method read on the entry (`tools[name].execute`:
// no inherited member has one, a wrong name throws before anything runs). Not a check of the name:
// `name in table` and `if (!table[name])`, both true for `constructor`.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame, Narrowing } from "./evaluator";
import { definitionOf } from "./guard-wrappers";
import { peekValue } from "./peek";
import { checkSink } from "./sinks";
import { type Node, propName, short, unwrap } from "./syntax";
import { targetOf } from "./barrier-guards";
import { CLEAN, sanitised, SINK_BITS } from "../value";

type Member = TSESTree.MemberExpression;

/** At a call, before it runs: when its function was read with a computed key, the key is a `dispatch` sink. */
export function checkDispatch(ev: Evaluator, call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): void {
  const read = computedRead(unwrap(call.callee), frame);
  if (!read) return;
  // Read without side effects (the call evaluates it again): names, fields, constants.
  const k = peekValue(ev, read.property, frame);
  if (!k || k.str !== undefined || k.prefix || !(k.t | k.p)) return;
  if (withoutPrototype(read.object, frame)) return;
  const table = unwrap(read.object);
  checkSink(ev, k, "dispatch", read.property, frame, {
    api: table.type === "ThisExpression" ? "this" : short(ev.src(table)),
    channel: "name that picks the function",
    container: { start: call.range[0], end: call.range[1] },
  });
}

/** The computed member read that gives a call its function, if there is one. */
function computedRead(callee: Node, frame: Frame): Member | null {
  if (callee.type === "MemberExpression") {
    if (isComputed(callee)) return callee;
    // table[name].call(self, args), .apply(self, [args]): the entry itself is called.
    const method = propName(callee);
    const inner = unwrap(callee.object);
    if ((method === "call" || method === "apply") && inner.type === "MemberExpression" && isComputed(inner)) return inner;
    return null;
  }
  if (callee.type === "Identifier") {
    // const run = tools[name]; ... run(args)
    const b = frame.scope.lookup(callee.name);
    const init = b ? definitionOf(b) : null;
    return init && init.type === "MemberExpression" && isComputed(init) ? init : null;
  }
  return null;
}

function isComputed(m: Member): boolean {
  return m.computed && propName(m) === null;
}

/** A table made with no prototype: `Object.create(null)`, `{ __proto__: null, ... }` (directly or as a named constant). */
function withoutPrototype(table: Node, frame: Frame): boolean {
  let n = unwrap(table);
  if (n.type === "Identifier") {
    const b = frame.scope.lookup(n.name);
    const init = b ? definitionOf(b) : null;
    if (!init) return false;
    n = init;
  }
  if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && isGlobalObject(n.callee.object, frame)) {
    const method = propName(n.callee);
    const arg0 = n.arguments[0] ? unwrap(n.arguments[0]) : null;
    if (method === "create") return arg0?.type === "Literal" && arg0.value === null;
    if (method === "assign" || method === "freeze") return !!arg0 && withoutPrototype(arg0, frame);
    return false;
  }
  if (n.type === "ObjectExpression") {
    return n.properties.some((p) => p.type === "Property" && !p.computed && propKey(p) === "__proto__" && p.value.type === "Literal" && p.value.value === null);
  }
  return false;
}

function propKey(p: TSESTree.Property): string | null {
  return p.key.type === "Identifier" ? p.key.name : p.key.type === "Literal" ? String(p.key.value) : null;
}

function isGlobalObject(n: Node, frame: Frame): boolean {
  const u = unwrap(n);
  return u.type === "Identifier" && u.name === "Object" && !frame.scope.lookup("Object");
}

/**
 * A condition that proves a name is an own key of a table: `Object.hasOwn(t, name)`,
 * `t.hasOwnProperty(name)`, `Object.prototype.hasOwnProperty.call(t, name)`,
 * `Object.keys(t).includes(name)` (or `getOwnPropertyNames`, `Reflect.ownKeys`). When it holds,
 * the name cannot reach an inherited member: safe for the dispatch sink, nothing else.
 */
export function ownKeyGuard(ev: Evaluator, test: TSESTree.CallExpression, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } | null {
  const callee = unwrap(test.callee);
  if (callee.type !== "MemberExpression") return null;
  const method = propName(callee);
  let keyNode: Node | undefined;
  if (method === "hasOwn" && isGlobalObject(callee.object, frame)) keyNode = test.arguments[1];
  else if (method === "hasOwnProperty") keyNode = test.arguments[0];
  else if (method === "call" && unwrap(callee.object).type === "MemberExpression" && propName(unwrap(callee.object) as Member) === "hasOwnProperty") keyNode = test.arguments[1];
  else if ((method === "includes" || method === "has") && ownKeysCall(callee.object, frame)) keyNode = test.arguments[0];
  if (!keyNode || keyNode.type === "SpreadElement") return null;
  const target = targetOf(keyNode, frame);
  if (!target) return null;
  const cur = peekValue(ev, keyNode, frame) ?? CLEAN;
  return { whenTrue: [{ ...target, value: sanitised(cur, SINK_BITS.dispatch) }], whenFalse: [] };
}

/** `Object.keys(t)`, `Object.getOwnPropertyNames(t)`, `Reflect.ownKeys(t)`. */
function ownKeysCall(n: Node, frame: Frame): boolean {
  const c = unwrap(n);
  if (c.type !== "CallExpression" || c.callee.type !== "MemberExpression") return false;
  const method = propName(c.callee);
  const on = unwrap(c.callee.object);
  if (on.type !== "Identifier" || frame.scope.lookup(on.name)) return false;
  return (on.name === "Object" && (method === "keys" || method === "getOwnPropertyNames")) || (on.name === "Reflect" && method === "ownKeys");
}
