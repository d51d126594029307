// LangChain runnables (LCEL): what invoking a composed runnable returns. A composition
// (`prompt.pipe(llm)`, `RunnableSequence.from([...])`, `RunnablePassthrough.assign({...})`) is run
// once, where it is built, on an input that carries nothing: a step after a model gets model
// output (a lambda is analysed with it; a step whose `.invoke` is a sink, such as a SQL tool,
// is checked with it), and the runnable keeps what it returns and which template variables its
// input reaches. Invoking it later binds those variables and returns that output.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete } from "./functions";
import { argAt, labelOf, propertyNode, taintBit } from "./model-rows";
import { checkSink } from "./sinks";
import { type Node, short, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, derived, flatten, isTainted, join, step, type TemplateInfo, type Val } from "../value";

/** The state of a composition after some of its steps. */
interface Flow {
  /** What the last step returns, for an input that carries nothing. */
  out: Val;
  /** The input itself still reaches `out` (passthrough, assign, parsers). */
  passes: boolean;
  /** A model ran in an earlier step. */
  model: boolean;
  /** The last step was a prompt template: `out` is a formatted prompt. */
  prompt: boolean;
  /** Template variables the input reaches, and those spliced without delimiters. */
  info: TemplateInfo;
  undelimitedVars: Set<string>;
}

function start(): Flow {
  return { out: CLEAN, passes: true, model: false, prompt: false, info: { instructionVars: new Set(), promptVars: new Set(), hasModel: false }, undelimitedVars: new Set() };
}

/** The variables of a template the input still reaches become the composition's. */
function takeVars(flow: Flow, r: Val): void {
  if (!flow.passes || !r.template) return;
  r.template.instructionVars.forEach((x) => flow.info.instructionVars.add(x));
  r.template.promptVars.forEach((x) => flow.info.promptVars.add(x));
  r.template.undelimitedVars?.forEach((x) => flow.undelimitedVars.add(x));
  const from = r.template.textFrom;
  if (from) flow.info.textFrom = { p: (flow.info.textFrom?.p ?? 0) | from.p, instruction: from.instruction || !!flow.info.textFrom?.instruction };
}

/** What a runnable returns for this input: its own output, plus the input where it passes through. */
export function withInput(r: TemplateInfo, input: Val): Val {
  const out = r.output ?? CLEAN;
  if (!r.passesInput) return out;
  if (!out.fields) return join(out, input);
  const fields = new Map(input.fields ?? []);
  for (const [k, v] of out.fields) fields.set(k, v);
  return { ...derived(input), fields };
}

/** One step run on the flow so far. */
function runStep(ev: Evaluator, s: Val, node: Node, flow: Flow, frame: Frame): Flow {
  const next = { ...flow, prompt: false };
  if (s.fn) {
    const ret = analyseConcrete(ev, s.fn, [flow.out], "chain step", frame).ret;
    return { ...next, out: step(ret, ev.file, node, "returned by a chain step"), passes: false };
  }
  if (s.obj === "prompt-template" && s.template) {
    takeVars(next, s);
    const t = s.template;
    if (t.output) return { ...next, out: withInput(t, flow.out), passes: flow.passes && !!t.passesInput, model: flow.model || t.hasModel };
    return { ...next, out: derived(flatten(flow.out)), passes: false, prompt: true };
  }
  if (s.fields && !s.ref) return { ...next, out: { ...CLEAN, fields: runMap(ev, s, node, flow, frame, next) }, passes: false };
  const rows = s.ref ? ev.models.lookup(`${s.ref}.invoke`) : [];
  const name = short(ev.src(node));
  if (rows.some((r) => r.kind === "llm-call" && (r.result ?? "model") === "model") || (flow.prompt && !rows.length && !s.elems)) {
    // A model, or whatever a formatted prompt is piped into.
    return { ...next, out: source(ev, Taint.Model, node, `model output from \`${name}\``), passes: false, model: true };
  }
  let out = flow.out;
  for (const row of rows) {
    if (row.kind === "sink" && !row.when && row.arg === "0") checkSink(ev, flow.out, row.sink, node, frame, { api: `${name}.invoke` });
    if (row.kind === "source" && !row.read) out = join(out, source(ev, taintBit(row.taint), node, `${labelOf(row.taint)} from \`${name}\``));
  }
  return { ...next, out };
}

/** An object of runnables (RunnableMap): each runs on the same input. */
function runMap(ev: Evaluator, map: Val, node: Node, flow: Flow, frame: Frame, into: Flow): Map<string, Val> {
  const fields = new Map<string, Val>();
  for (const [k, v] of map.fields ?? []) {
    const f = runStep(ev, v, propertyNode(ev, node, k) ?? node, { ...flow, info: into.info, undelimitedVars: into.undelimitedVars }, frame);
    fields.set(k, f.out);
    into.model ||= f.model;
  }
  return fields;
}

/** `assign({ k: runnable })`: the outputs are added to the input. */
function runAssign(ev: Evaluator, map: Val, node: Node, flow: Flow, frame: Frame): Flow {
  const next = { ...flow, prompt: false };
  const fields = runMap(ev, map, node, flow, frame, next);
  return { ...next, out: withInput({ instructionVars: new Set(), promptVars: new Set(), hasModel: false, output: { ...CLEAN, fields }, passesInput: true }, flow.out) };
}

function runnableOf(flow: Flow): Val {
  const template: TemplateInfo = { ...flow.info, hasModel: flow.model, output: flow.out, passesInput: flow.passes, undelimitedVars: flow.undelimitedVars };
  return { ...CLEAN, obj: "prompt-template", template };
}

/** `r.pipe(next)` and `r.assign({...})` on a runnable value: a composition of the two. */
export function composeMethod(ev: Evaluator, r: Val, method: "pipe" | "assign", arg: Val, argNode: Node, recvNode: Node, frame: Frame): Val {
  const first = runStep(ev, r, recvNode, start(), frame);
  return runnableOf(method === "pipe" ? runStep(ev, arg, argNode, first, frame) : runAssign(ev, arg, argNode, first, frame));
}

/** A call a `runnable` model row matched: build the composition it describes. */
export function buildRunnable(ev: Evaluator, row: Extract<ModelRow, { kind: "runnable" }>, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null): Val {
  const at = argAt(ev, args, argNodes, row.steps);
  const node = at?.node ?? call;
  switch (row.build) {
    case "lambda": return at?.val.fn ? at.val : CLEAN;
    case "model-chain": {
      const flow = start();
      if (at?.val.obj === "prompt-template") takeVars(flow, at.val);
      const model = source(ev, Taint.Model, call, `model output from \`${short(ev.src(call.callee))}()\``);
      return runnableOf({ ...flow, out: model, passes: false, model: true });
    }
    case "pipe": {
      const callee = unwrap(call.callee);
      if (!at || !recv || callee.type !== "MemberExpression") return CLEAN;
      // A stream of output piped somewhere (`(await model.stream(x)).pipe(res)`) is data, not a runnable.
      if (isTainted(recv) && !recv.template) return derived(recv);
      return runnableOf(runStep(ev, at.val, node, runStep(ev, recv, callee.object, start(), frame), frame));
    }
    case "assign": return at ? runnableOf(runAssign(ev, at.val, node, start(), frame)) : CLEAN;
    case "map": return at ? runnableOf(runStep(ev, { ...at.val, ref: undefined }, node, start(), frame)) : CLEAN;
    case "sequence": {
      if (!at?.val.elems) return CLEAN;
      const arr = unwrap(node).type === "ArrayExpression" ? (unwrap(node) as TSESTree.ArrayExpression) : null;
      let flow = start();
      at.val.elems.forEach((s, i) => {
        const el = arr && arr.elements.length === at.val.elems!.length ? arr.elements[i] : null;
        flow = runStep(ev, s, el ?? node, flow, frame);
      });
      return runnableOf(flow);
    }
  }
}

/**
 * A framework that runs what its own model writes on this argument (SqlDatabaseChain's database,
 * APIChain's requests): reported where the argument is given, as that model's output.
 */
export function modelWrites(ev: Evaluator, row: Extract<ModelRow, { kind: "sink" }>, node: Node, frame: Frame, api: string): void {
  const written = source(ev, Taint.Model, node, `the ${row.label ?? "output"} that \`${api}\`'s model writes (the framework runs it itself)`);
  const field = row.arg.split(".").slice(1).pop();
  checkSink(ev, written, row.sink, node, frame, { api, channel: field });
}
