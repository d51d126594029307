// Callbacks registered on an object and run later by a call on it (`registered-callback` rows): a
// LangGraph StateGraph's nodes (`graph.addNode("name", fn)`) receive the state and config given to
// `graph.compile().invoke(input, config)`, the same higher-order pattern as a tool handler receiving
// the model's arguments. The registering object carries its callbacks (Val.registered) through the
// builder calls made on it (`addEdge`, `compile`) to the call that runs them.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { analyseConcrete } from "./functions";
import { argAt } from "./model-rows";
import type { Node } from "./syntax";
import type { ModelRow } from "../model";
import { CLEAN, derived, isTainted, join, type RegisteredCallback, step, type Val } from "../value";

type Row = Extract<ModelRow, { kind: "registered-callback" }>;

/** The registration call: the callback joins the receiver's list (in place: `workflow.addNode(...)` as a statement). */
export function registerCallback(ev: Evaluator, row: Row, args: Val[], argNodes: readonly Node[], recv: Val | null): Val {
  const fn = argAt(ev, args, argNodes, row.handler)?.val.fn;
  const list: RegisteredCallback[] = [...(recv?.registered ?? [])];
  if (fn) list.push({ fn, runBy: row.runBy, params: row.params });
  if (recv && !Object.isFrozen(recv)) recv.registered = list;
  return { ...CLEAN, registered: list };
}

/**
 * A call on an object carrying callbacks: one of their `runBy` methods runs them (in registration
 * order, each seeing the state the earlier ones returned) and returns the final state; any other
 * method with no row of its own is a builder step whose result keeps the callbacks. Null: a call
 * the rows or a summary answer.
 */
export function registeredCall(ev: Evaluator, recv: Val, method: string, ref: string | null, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Val | null {
  const list = recv.registered!;
  const runs = list.filter((r) => r.runBy.includes(method));
  if (!runs.length) return ref && ev.models.lookup(ref).length ? null : { ...CLEAN, registered: list };
  let state = step(args[0] ?? CLEAN, ev.file, argNodes[0] ?? call, `given to \`.${method}()\`, which runs the registered nodes`);
  for (const r of runs) {
    const given = [state, ...args.slice(1)];
    const params = r.params.map((p) => (p === "none" ? CLEAN : argAt(ev, given, argNodes, p)?.val ?? CLEAN));
    const s = analyseConcrete(ev, r.fn, params, "graph node", frame);
    state = merged(state, s.ret);
  }
  return state;
}

/** The state after a node: what it returns is merged into it field by field (reducers may append, so both are kept). */
function merged(state: Val, update: Val): Val {
  if (!update.fields && !isTainted(update)) return state;
  const fields = new Map(state.fields ?? []);
  for (const [k, v] of update.fields ?? []) fields.set(k, fields.has(k) ? join(fields.get(k)!, v) : v);
  return { ...join(derived(state), derived(update)), fields };
}
