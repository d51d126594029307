// Closures a factory returns. `createDocumentHandler(config)` returns `{ onUpdate: async (args) =>
// config.onUpdate(args) }`: the returned closure reads the factory's parameters through the
// variables it captures. The factory's summary was computed with symbolic parameters, so a closure
// taken from it sees no caller's values, and the callback handed in (`config.onUpdate`) is never
// called with what the wrapper passes it. At a call, when an argument carries a function or data,
// the factory is analysed again with that call's arguments: the closures it returns keep that
// environment, and each gets a summary of its own (Closure.bound), so the wrapper a table keeps calls
// the right callback with what its caller gives. Inside a summary the arguments are that summary's
// parameters, so a bound closure called there is analysed in place and its flows join the summary.
// Arguments carrying functions or tainted data bind: a closure's own summary reads what it captured
// from its factory without the factory's parameter bits (captured-params.ts), so data a caller hands
// the factory reaches the closure's sinks only through a bound closure.
import { analyseFunction } from "./functions";
import { type Closure, type Evaluator, type Frame, MAX_DEPTH as MAX_CALL_DEPTH, type Summary } from "./evaluator";
import type { Node } from "./syntax";
import type { Fact, SinkHit } from "../facts";
type FnNode = FunctionRef["node"];
import { CLEAN, flatten, type FunctionRef, isTainted, type Val } from "../value";

/** How deep the result is searched for closures (`{ handlers: { onCreate } }`). */
const MAX_DEPTH = 3;

/**
 * The result of a call of `fn` (its summary substituted with this call's arguments), with the
 * closures `fn` returns bound to these arguments when they would read them.
 */
export function bindReturnedClosures(fn: FunctionRef, s: Summary, ret: Val, args: Val[], frame: Frame): Val {
  if (!returnsClosureMadeIn(s.ret, fn.node, 0) || !args.some((a) => carries(a, 0) || isTainted(flatten(a)))) return ret;
  const owner = (fn.closure as Closure).module;
  if (owner.inProgress.has(fn.node) || owner.inProgress.size > MAX_CALL_DEPTH) return ret;
  // Flows inside the factory were reported by its summary, at this call: this pass only makes closures.
  const facts = owner.facts.length;
  owner.inProgress.add(fn.node);
  let concrete: Val;
  try {
    concrete = analyseFunction(owner, fn, fn.node.params.map((_, i) => args[i] ?? CLEAN), false).ret;
  } finally {
    owner.inProgress.delete(fn.node);
    owner.facts.length = facts;
  }
  return graft(ret, concrete, fn.node, 0, frame.symbolic ? frame.fn : undefined);
}

/**
 * A closure bound inside the summary of `frame.fn` (a factory called there): what it captured
 * carries that function's parameter bits, so a call of it there is analysed in place, and what it
 * reaches joins that summary (as for a closure made inside the function).
 */
export function boundInFrame(fn: FunctionRef, frame: Frame): boolean {
  return frame.symbolic && (fn.closure as Closure).bound?.inSummaryOf === frame.fn;
}

/** Whether an argument hands the factory a function (a callback, or an object holding callbacks). */
function carries(a: Val, depth: number): boolean {
  if (a.fn || a.entries) return true;
  if (depth >= MAX_DEPTH) return false;
  for (const f of a.fields?.values() ?? []) if (carries(f, depth + 1)) return true;
  return (a.elems ?? []).some((e) => carries(e, depth + 1));
}

function returnsClosureMadeIn(v: Val, factory: FnNode, depth: number): boolean {
  if (v.fn && madeIn(v.fn, factory)) return true;
  if (depth >= MAX_DEPTH) return false;
  for (const f of v.fields?.values() ?? []) if (returnsClosureMadeIn(f, factory, depth + 1)) return true;
  return (v.elems ?? []).some((e) => returnsClosureMadeIn(e, factory, depth + 1));
}

function madeIn(fn: FunctionRef, factory: FnNode): boolean {
  return fn.node !== factory && fn.node.range[0] > factory.range[0] && fn.node.range[1] <= factory.range[1];
}

/** The call's result (taint and trail from the summary) with the closures of the concrete result in its place. */
function graft(ret: Val, concrete: Val, factory: FnNode, depth: number, inSummaryOf?: Node): Val {
  if (concrete.fn && madeIn(concrete.fn, factory)) {
    const closure: Closure = { ...(concrete.fn.closure as Closure), bound: { inSummaryOf } };
    return { ...ret, fn: { ...concrete.fn, closure } };
  }
  if (depth >= MAX_DEPTH || (!concrete.fields && !concrete.elems)) return ret;
  const out: Val = { ...ret };
  if (concrete.fields) {
    const fields = new Map(ret.fields ?? []);
    for (const [k, f] of concrete.fields) fields.set(k, graft(fields.get(k) ?? f, f, factory, depth + 1, inSummaryOf));
    out.fields = fields;
  }
  if (concrete.elems && ret.elems && ret.elems.length === concrete.elems.length) {
    out.elems = ret.elems.map((e, i) => graft(e, concrete.elems![i], factory, depth + 1, inSummaryOf));
  }
  return out;
}

/**
 * A bound closure's summary is its own. Flows it reaches with data its factory call captured are
 * not its module's to report (that module's results may be built already, and the flow happens
 * where the closure is called): they are kept with the closure and reported at each call.
 */
export function keepBoundSummary(owner: Evaluator, fn: FunctionRef, bound: NonNullable<Closure["bound"]>, s: Summary, mark: number): void {
  bound.summary = s;
  const kept: Fact[] = [];
  const flows: SinkHit[] = [];
  for (const f of owner.facts.splice(mark)) {
    if (f.type === "sink" && f.file === owner.file && f.start >= fn.node.range[0] && f.end <= fn.node.range[1]) flows.push(f);
    else kept.push(f);
  }
  owner.facts.push(...kept);
  if (flows.length) bound.flows = flows;
}

/** At a call of a bound closure: the flows it reaches with captured data, reported here, through its sink. */
export function reportBoundFlows(ev: Evaluator, fn: FunctionRef, call: Node, name: string): void {
  for (const f of (fn.closure as Closure).bound?.flows ?? []) {
    const used = `used as ${f.detail.channel ? `the ${f.detail.channel}` : f.sink} of \`${f.detail.api ?? "a sink"}\``;
    const trail = { file: f.file, start: f.start, end: f.end, description: used, prev: f.trail };
    ev.facts.push({ ...f, file: ev.file, start: call.range[0], end: call.range[1], trail, detail: { ...f.detail, via: name } });
  }
}
