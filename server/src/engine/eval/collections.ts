// Built-in collections and object copies: Sets and Maps the code fills (`add`, `set`) and reads
// (`get`, spread, `for...of`, `forEach`, `values()`), the `Object.*` functions that turn objects
// into entries and back, `Object.assign`, `structuredClone` and object spreads.
//
// A Map keeps its keys apart from its values: iterating it yields one [keys, values] pair (so
// `for (const [k, v] of m)` gives `v` only the values' taint), and a value stored under a constant
// key is read back by that key alone (`m.set("system", x)` / `m.get("system")`). Collections are
// changed in place, like object fields (eval/assignment.ts): whoever holds the value sees the write.
import type { Evaluator, Frame } from "./evaluator";
import { analyseConcrete } from "./functions";
import { isFunction, type Node } from "./syntax";
import { asArray, CLEAN, type Collection, constant, derived, flatten, isTainted, join, joinAll, step, type Val } from "../value";

const MAX_ITEMS = 64;
const COLLECTION_REFS: Record<string, "set" | "map"> = { "global:Set": "set", "global:WeakSet": "set", "global:Map": "map", "global:WeakMap": "map" };

/** Calls the module answers: constructors, methods of collections built here, the `Object.*` helpers. Null: not one of them. */
export function collectionCall(ev: Evaluator, ref: string | null, recv: Val | null, method: string | null, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, isNew: boolean): Val | null {
  if (recv?.coll && method) return collectionMethod(ev, recv, recv.coll, method, args, argNodes, call, frame);
  if (!ref) return null;
  const kind = COLLECTION_REFS[ref];
  if (kind && isNew) return kind === "set" ? newSet(ev, args[0], ref) : newMap(ev, args[0], ref);
  switch (ref) {
    case "global:Object.entries": return args[0] ? objectEntries(args[0]) : null;
    case "global:Object.values": return args[0] ? objectValues(args[0]) : null;
    case "global:Object.keys": return args[0] ? objectKeys(args[0]) : null;
    case "global:Object.fromEntries": return args[0] ? fromEntries(ev, args[0]) : null;
    case "global:Object.assign": return args[0] ? objectAssign(ev, args, argNodes, call) : null;
    case "global:structuredClone": return args[0] ? copyOf(args[0]) : null;
    case "global:Array.from": return args[0] ? arrayFrom(ev, args, argNodes, frame) : null;
    default: return null;
  }
}

/**
 * `{ ...sv }` in an object literal: its known fields overwrite the ones written before it; a spread
 * whose keys are not all known (tainted data without a shape) may overwrite any earlier field too,
 * except the keys taken out of it (`omits`): those are added to `over` (Val.spreadOver). Returns
 * what the object gets besides named fields.
 */
export function spreadInto(fields: Map<string, Val>, sv: Val, over: Set<string>): Val {
  if (sv.coll) return CLEAN; // `{ ...map }` copies no entries
  const open = isTainted(sv) ? derived(sv) : null;
  if (open) for (const k of fields.keys()) if (!sv.omits?.includes(k) && !sv.fields?.has(k)) over.add(k);
  if (sv.fields) for (const [k, v] of sv.fields) { fields.set(k, v); if (!sv.spreadOver?.includes(k)) over.delete(k); }
  for (const k of sv.spreadOver ?? []) over.add(k);
  return open ?? CLEAN;
}

/** A field written by name after the spreads is the code's own again. */
export function overwritten(over: Set<string>, name: string): void {
  over.delete(name);
}

/** Reading a field a spread may have replaced: what the code wrote, or the spread's data. */
export function spreadField(base: Val, name: string, field: Val): Val {
  return base.spreadOver?.includes(name) && isTainted(base) ? join(field, derived(base)) : field;
}

/**
 * The element of an array whose elements are all tuples (`[["a", x], ["b", y]]`, a Map's entries,
 * `Object.entries(o)`): joined position by position, so a destructured `[key, value]` keeps keys
 * and values apart. Null when the elements are not all tuples.
 */
export function tupleElement(elems: Val[]): Val | null {
  if (elems.length < 2 || !elems.every((e) => e.elems && e.elems.length && !e.fields && !e.coll && !(e as { spread?: boolean }).spread)) return null;
  const width = Math.max(...elems.map((e) => e.elems!.length));
  const positions: Val[] = [];
  for (let i = 0; i < width; i++) positions.push(joinAll(elems.map((e) => e.elems![i] ?? CLEAN)));
  const own = joinAll(elems.map((e) => derived(e)));
  return { ...own, elems: positions };
}

function newSet(ev: Evaluator, init: Val | undefined, ref: string): Val {
  const items = init ? itemsOf(init) : [];
  return { ...CLEAN, ref: `${ref}()`, elems: items.slice(0, MAX_ITEMS), coll: { kind: "set", byKey: new Map(), unkeyed: CLEAN } };
}

function newMap(ev: Evaluator, init: Val | undefined, ref: string): Val {
  const coll: Collection = { kind: "map", byKey: new Map(), unkeyed: CLEAN };
  const out: Val = { ...CLEAN, ref: `${ref}()`, elems: [pair(CLEAN, CLEAN)], coll };
  if (init?.coll?.kind === "map") {
    for (const [k, v] of init.coll.byKey) coll.byKey.set(k, v);
    coll.unkeyed = init.coll.unkeyed;
    out.elems = [pair(keysOf(init), valuesOf(init))];
  } else if (init) for (const entry of itemsOf(init)) mapSet(out, coll, entry.elems?.[0] ?? derived(entry), entry.elems?.[1] ?? derived(entry));
  return out;
}

function pair(k: Val, v: Val): Val {
  return { ...CLEAN, elems: [k, v] };
}

/** What iterating a value yields, one by one where known. */
function itemsOf(v: Val): Val[] {
  if (v.coll?.kind === "map") return [pair(keysOf(v), valuesOf(v))];
  const items = v.elems ? v.elems.map((e) => ((e as { spread?: boolean }).spread ? derived(e) : e)) : [];
  if (isTainted(v) || (!v.elems && isTainted(flatten(v)))) items.push(derived(flatten(v)));
  return items;
}

/** A Map's keys, joined (from its entries pair, or from every pair a join left). */
function keysOf(m: Val): Val {
  return joinAll((m.elems ?? []).map((e) => e.elems?.[0] ?? derived(e)));
}

function valuesOf(m: Val): Val {
  return joinAll((m.elems ?? []).map((e) => e.elems?.[1] ?? derived(e)));
}

function mapSet(m: Val, coll: Collection, k: Val, v: Val): void {
  if (k.str !== undefined && !isTainted(k)) coll.byKey.set(k.str, v);
  else coll.unkeyed = join(coll.unkeyed, v);
  const [keys, values] = m.elems?.length === 1 && m.elems[0].elems?.length === 2 ? m.elems[0].elems : [keysOf(m), valuesOf(m)];
  // The entries pair holds every value ever stored (a constant key's overwritten value is gone
  // from `get`, but a loop over the map before the overwrite still saw it).
  m.elems = [pair(join(keys, k), join(values, v))];
}

function mapGet(m: Val, key: Val): Val {
  const coll = m.coll;
  if (!coll) return valuesOf(m);
  if (key.str !== undefined && !isTainted(key)) {
    const known = coll.byKey.get(key.str);
    return known ? join(known, coll.unkeyed) : coll.unkeyed;
  }
  return valuesOf(m);
}

function collectionMethod(ev: Evaluator, recv: Val, coll: Collection, method: string, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val | null {
  const arg = (i: number) => step(args[i] ?? CLEAN, ev.file, argNodes[i] ?? call, coll.kind === "set" ? "added to a Set" : i === 0 ? "used as a Map key" : "stored in a Map");
  switch (method) {
    case "add":
      if (coll.kind !== "set") return null;
      recv.elems = [...(recv.elems ?? []), arg(0)].slice(0, MAX_ITEMS);
      return recv;
    case "set":
      if (coll.kind !== "map") return null;
      mapSet(recv, coll, arg(0), arg(1));
      return recv;
    case "get":
      return coll.kind === "map" ? mapGet(recv, args[0] ?? CLEAN) : null;
    case "has": case "delete": case "clear":
      return CLEAN;
    case "values":
      return coll.kind === "map" ? { ...CLEAN, elems: [valuesOf(recv)] } : { ...CLEAN, elems: [...(recv.elems ?? [])] };
    case "keys":
      return coll.kind === "map" ? { ...CLEAN, elems: [keysOf(recv)] } : { ...CLEAN, elems: [...(recv.elems ?? [])] };
    case "entries":
      return coll.kind === "map" ? { ...CLEAN, elems: [pair(keysOf(recv), valuesOf(recv))] } : { ...CLEAN, elems: (recv.elems ?? []).map((e) => pair(e, e)) };
    case "forEach": {
      const fn = args[0]?.fn;
      if (fn && isFunction(argNodes[0])) {
        const value = coll.kind === "map" ? valuesOf(recv) : joinAll(recv.elems ?? []);
        const key = coll.kind === "map" ? keysOf(recv) : value;
        analyseConcrete(ev, fn, [step(value, ev.file, argNodes[0], "iterated here"), key, recv], "forEach callback", frame);
      }
      return CLEAN;
    }
    default:
      return null;
  }
}

function objectEntries(o: Val): Val {
  if (o.coll) return { ...CLEAN, elems: [] };
  const elems: Val[] = [];
  for (const [k, v] of o.fields ?? []) if (elems.length < MAX_ITEMS) elems.push(pair(constant(k), v));
  // Keys nothing lists (request data, parsed JSON): the caller chose them, as it chose the values.
  if (isTainted(o)) elems.push(pair(derived(o), derived(o)));
  else if (!o.fields && o.elems) o.elems.forEach((e, i) => elems.push(pair(constant(String(i)), e)));
  return { ...CLEAN, elems, array: true };
}

function objectValues(o: Val): Val {
  if (o.coll) return { ...CLEAN, elems: [] };
  const elems = o.fields ? [...o.fields.values()].slice(0, MAX_ITEMS) : [...(o.elems ?? [])];
  if (isTainted(o)) elems.push(derived(o));
  return { ...CLEAN, elems, array: true };
}

function objectKeys(o: Val): Val {
  if (o.coll) return { ...CLEAN, elems: [] };
  const elems = o.fields ? [...o.fields.keys()].slice(0, MAX_ITEMS).map(constant) : o.elems ? o.elems.map((_, i) => constant(String(i))) : [];
  if (isTainted(o)) elems.push(derived(o));
  return { ...CLEAN, elems, array: true };
}

/** `Object.fromEntries(map)` / `(entries)`: constant keys become fields; values under other keys may be any field. */
function fromEntries(ev: Evaluator, src: Val): Val {
  const m = src.coll?.kind === "map" ? src : newMap(ev, src, "global:Map");
  const fields = new Map(m.coll!.byKey);
  const out: Val = { ...CLEAN, fields };
  const other = m.coll!.unkeyed;
  return isTainted(other) ? { ...out, t: other.t, p: other.p, san: other.san, trail: other.trail } : out;
}

/** `Object.assign(target, ...sources)`: the sources spread onto the target, which changes in place. */
function objectAssign(ev: Evaluator, args: Val[], argNodes: readonly Node[], call: Node): Val {
  const target = args[0];
  const fields = new Map(target.fields ?? []);
  const over = new Set(target.spreadOver ?? []);
  let extra: Val = derived(target);
  for (let i = 1; i < args.length; i++) {
    const src = step(args[i], ev.file, argNodes[i] ?? call, "merged by `Object.assign`");
    extra = join(extra, spreadInto(fields, src, over));
  }
  const out: Val = { ...target, fields, spreadOver: over.size ? [...over] : undefined };
  if (isTainted(extra)) { out.t = extra.t; out.p = extra.p; out.san = extra.san; out.trail = extra.trail; out.omits = undefined; }
  // An object literal the code holds (not a frozen constant) is the one changed.
  if (target.fields && !Object.isFrozen(target)) {
    target.fields.clear();
    for (const [k, v] of fields) target.fields.set(k, v);
    Object.assign(target, { t: out.t, p: out.p, san: out.san, trail: out.trail, spreadOver: out.spreadOver });
  }
  return out;
}

/** A deep copy has the same shape (structuredClone). */
function copyOf(v: Val): Val {
  if (v.coll) {
    const coll: Collection = { kind: v.coll.kind, byKey: new Map(v.coll.byKey), unkeyed: v.coll.unkeyed };
    return { ...v, elems: [...(v.elems ?? [])], coll };
  }
  return v.fields ? { ...v, fields: new Map(v.fields) } : v;
}

/** `Array.from(iterable, mapFn?)`: the iterable's elements, each through `mapFn` when given. */
function arrayFrom(ev: Evaluator, args: Val[], argNodes: readonly Node[], frame: Frame): Val | null {
  const src = args[0];
  const fn = args[1]?.fn;
  if (fn && isFunction(argNodes[1])) {
    const s = analyseConcrete(ev, fn, [joinAll(itemsOf(src)), CLEAN], "Array.from callback", frame);
    return asArray(derived(flatten(s.ret)));
  }
  if (!src.elems && !src.coll) return null;
  return { ...CLEAN, elems: itemsOf(src).slice(0, MAX_ITEMS) };
}
