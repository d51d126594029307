// Function summaries: which parameters (and fields of `this`) reach the return value and which
// sinks, computed on first use and applied at every call site, here or in another module.
import { assignPattern } from "./assignment";
import { type Closure, Env, type Evaluator, FIELD_BASE, type Frame, MAX_DEPTH, MAX_FIELDS, MAX_PARAMS, type Summary } from "./evaluator";
import { evalExpr } from "./expressions";
import { defaultParamValue } from "./handlers";
import { splicesUndelimited } from "./prompt-text";
import { settleState } from "./react-state";
import { walkStatements } from "./statements";
import type { FnNode, Node } from "./syntax";
import type { SinkHit } from "../facts";
import { declareLexical, hoistVars, patternNames, Scope } from "../scope";
import { CLEAN, flatten, type FunctionRef, isTainted, join, SINK_BITS, step, type Trail, trailSteps, type Val } from "../value";

export function fieldNames(self: Val): string[] {
  return ((self as Val & { fieldBits?: string[] }).fieldBits ??= []);
}

export function fieldIndex(self: Val, name: string): number {
  const names = fieldNames(self);
  let k = names.indexOf(name);
  if (k < 0 && names.length < MAX_FIELDS) { names.push(name); k = names.length - 1; }
  return k;
}

export function summaryOf(ev: Evaluator, fn: FunctionRef): Summary {
  const cached = ev.summaries.get(fn.node);
  if (cached) return cached;
  const owner = (fn.closure as Closure).module;
  if (owner !== ev) return summaryOf(owner, fn);
  if (ev.inProgress.has(fn.node) || ev.inProgress.size > MAX_DEPTH) {
    if (!ev.inProgress.has(fn.node)) ev.depthLimited = true;
    // Recursion: assume every parameter may reach the return value.
    return { ret: { ...CLEAN, p: (1 << MAX_PARAMS) - 1 }, sinks: [], effects: [], approvals: false, name: fnName(ev, fn.node) };
  }
  ev.inProgress.add(fn.node);
  const params = fn.node.params.map((p, i) => defaultParamValue(ev, p, i, true));
  const res = analyseFunction(ev, fn, params, true);
  ev.inProgress.delete(fn.node);
  ev.summaries.set(fn.node, res);
  return res;
}

/**
 * Analyses a function with known argument values (a route handler, a tool's execute, a
 * callback). An inline callback shares its enclosing frame's records, so parameters of the
 * enclosing function that it captures still reach the enclosing summary.
 */
export function analyseConcrete(ev: Evaluator, fn: FunctionRef, params: Val[], _name: string, parent?: Frame): Summary {
  const owner = (fn.closure as Closure).module;
  if (owner !== ev) return analyseConcrete(owner, fn, params, _name);
  if (ev.inProgress.has(fn.node) || ev.inProgress.size > MAX_DEPTH) return { ret: CLEAN, sinks: [], effects: [], approvals: false, name: _name };
  ev.analysedConcretely.add(fn.node);
  ev.inProgress.add(fn.node);
  const full = fn.node.params.map((p, i) => (params[i] && (isTainted(params[i]) || params[i].obj || params[i].fields)) ? params[i] : defaultParamValue(ev, p, i, false));
  const res = analyseFunction(ev, fn, full, false, parent);
  ev.inProgress.delete(fn.node);
  return res;
}

export function fnName(ev: Evaluator, node: Node): string {
  const n = node as FnNode;
  if ("id" in n && n.id) return n.id.name;
  return ev.fnNames.get(node) ?? "function";
}

export function analyseFunction(ev: Evaluator, fn: FunctionRef, params: Val[], symbolic: boolean, parent?: Frame): Summary {
  const closure = fn.closure as Closure;
  const node = fn.node;
  const scope = new Scope(closure.scope, node);
  const env = new Env(closure.env);
  const frame: Frame = {
    fn: node, scope, env, self: fn.self ?? null, returns: [], paramSinks: parent ? parent.paramSinks : [], effects: parent ? parent.effects : [], approvals: false,
    symbolic: parent ? parent.symbolic : symbolic, name: fnName(ev, node), depth: ev.inProgress.size,
  };
  if (node.type === "FunctionExpression" && node.id) scope.declare(node.id.name, "function", node);
  for (const p of node.params) for (const id of patternNames(p)) scope.declare(id.name, "param", id);
  node.params.forEach((p, i) => assignPattern(ev, p.type === "TSParameterProperty" ? p.parameter : p, params[i] ?? CLEAN, frame));
  for (const p of node.params) if (p.type === "TSParameterProperty" && fn.self?.fields) {
    const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
    if (id.type === "Identifier") fn.self.fields.set(id.name, params[node.params.indexOf(p)] ?? CLEAN);
  }
  if (node.body && node.body.type === "BlockStatement") {
    hoistVars(node.body, scope);
    declareLexical(node.body.body, scope);
    ev.initFunctionBindings(node.body.body, frame);
    walkStatements(ev, node.body.body, frame);
    if (ev.stateCells.size) settleState(ev, node, frame);
  } else if (node.body) {
    frame.returns.push(evalExpr(ev, node.body, frame));
  }
  // Closures that assign outer variables (`text += chunk` in a stream callback) update them.
  for (const [b, v] of env.vars) {
    if (b.owner !== node) {
      const outer = closure.env.get(b);
      closure.env.vars.set(b, outer ? join(outer, v) : v);
    }
  }
  let ret = CLEAN;
  for (const r of frame.returns) ret = join(ret, r);
  if (parent && frame.approvals) parent.approvals = true;
  return { ret, sinks: frame.paramSinks, effects: frame.effects, approvals: frame.approvals, name: frame.name };
}

/** Result of calling a function value with these arguments, reporting flows into its sinks. */
export function applyFunction(ev: Evaluator, fn: FunctionRef, args0: Val[], argNodes0: readonly Node[], call: Node, frame: Frame, recv: Val | null = null): Val {
  if (frame.depth > MAX_DEPTH) return CLEAN;
  const s = summaryOf(ev, fn);
  // Field bits of a method's summary take the receiver's field values (set by its constructor).
  let args = args0;
  let argNodes = argNodes0;
  const names = fn.self ? fieldNames(fn.self) : null;
  if (names && names.length) {
    args = args0.slice(0, MAX_PARAMS);
    while (args.length < MAX_PARAMS) args.push(CLEAN);
    const nodes: Node[] = [...argNodes0.slice(0, MAX_PARAMS)];
    while (nodes.length < MAX_PARAMS) nodes.push(call);
    names.forEach((n, k) => {
      args.push(recv === fn.self ? { ...CLEAN, p: 1 << (FIELD_BASE + k) } : recv?.fields?.get(n) ?? CLEAN);
      nodes.push(call);
    });
    argNodes = nodes;
  }
  const fnName = s.name;
  const owner = (fn.closure as Closure).module;
  for (const ps of s.sinks) {
    for (let i = 0; i < 30; i++) {
      if (!(ps.p & (1 << i))) continue;
      const arg = args[i] ? flatten(args[i]) : CLEAN;
      if (!isTainted(arg) || arg.san & SINK_BITS[ps.sink]) continue;
      const argNode = argNodes[i] ?? call;
      let trail: Trail | null = i >= FIELD_BASE ? arg.trail : { file: ev.file, start: argNode.range[0], end: argNode.range[1], description: `passed to \`${fnName}()\`${owner !== ev ? ` in ${owner.file.split("/").slice(-2).join("/")}` : ""}`, prev: arg.trail, anchor: true };
      for (const st of ps.steps) trail = { file: st.file, start: st.start, end: st.end, description: st.description, prev: trail };
      const detail = { ...ps.hit.detail, via: fnName, undelimited: ps.hit.detail.undelimited || arg.undelimited };
      if (arg.t) {
        ev.facts.push({ ...ps.hit, detail, t: arg.t, trail, file: ev.file, start: argNode.range[0], end: argNode.range[1] } as SinkHit);
      }
      if (arg.p && frame.symbolic) {
        frame.paramSinks.push({ sink: ps.sink, p: arg.p, steps: trailSteps(trail).filter((x) => !x.description.startsWith("parameter `")), hit: { ...ps.hit, detail } });
      }
    }
  }
  if (s.effects.length) frame.effects.push(...s.effects);
  if (s.approvals) frame.approvals = true;
  return substitute(ev, s.ret, args, call, fnName, argNodes, 0, owner !== ev);
}

/** A new object of a local class: the constructor's stores into `this`, with these arguments. */
export function instantiate(ev: Evaluator, self: Val, args: Val[], argNodes: readonly Node[], call: Node, ctor: FunctionRef | null): Val {
  const fields = new Map<string, Val>();
  const name = self.ref?.replace(/^\?:|\(\)$/g, "") ?? "class";
  // Constructor arguments stored in fields: a flow through them is reported where they are passed.
  const crossFile = !!ctor;
  for (const [k, v] of self.fields ?? []) fields.set(k, ctor && v.p ? substitute(ev, v, args, call, `new ${name}`, argNodes, 0, crossFile) : v);
  return { ...CLEAN, fields, ref: self.ref, classSelf: self } as Val;
}

export function substitute(ev: Evaluator, v: Val, args: Val[], call: Node, fnName: string, argNodes: readonly Node[], depth = 0, crossFile = false): Val {
  if (!v.p && !v.fields && !v.elems) return v;
  let out: Val = { ...v };
  if (v.p) {
    let t = v.t, p = 0, san = -1;
    let trail = v.trail;
    for (let i = 0; i < 30; i++) {
      if (!(v.p & (1 << i)) || !args[i]) continue;
      if (i >= FIELD_BASE && !isTainted(args[i])) continue;
      const a = flatten(args[i]);
      if (!isTainted(a)) continue;
      t |= a.t; p |= a.p;
      san = san === -1 ? a.san : san & a.san;
      if (!v.t && trail === v.trail) {
        const an = argNodes[i] ?? call;
        // Through a helper in another file, the finding belongs where the argument is passed in.
        trail = { file: ev.file, start: an.range[0], end: an.range[1], description: `passed to \`${fnName}()\``, prev: a.trail, anchor: crossFile };
        // ...then what the helper did with it, in the helper's own file.
        for (const st of trailSteps(v.trail)) {
          if (st.description.startsWith("parameter `") || st.description.startsWith("field `")) continue;
          trail = { file: st.file, start: st.start, end: st.end, description: st.description, prev: trail };
        }
      }
      if (a.undelimited) out.undelimited = true;
      if (a.parsedJson) out.parsedJson = a.parsedJson;
    }
    if (v.undelimitedWith && splicesUndelimited(v.undelimitedWith, args)) out.undelimited = true;
    out.undelimitedWith = undefined;
    out = { ...out, t, p, san: san === -1 ? v.san : san | v.san, trail };
    if (isTainted(out) && (t & ~v.t)) out = step(out, ev.file, call, `returned from \`${fnName}()\``);
    else if (isTainted(out) && !v.t && trail !== v.trail) out = step(out, ev.file, call, `returned from \`${fnName}()\``);
    if (!isTainted(out)) out = { ...out, undelimited: undefined };
  }
  if (depth < 3 && v.fields) {
    const fields = new Map<string, Val>();
    for (const [k, f] of v.fields) fields.set(k, substitute(ev, f, args, call, fnName, argNodes, depth + 1, crossFile));
    out.fields = fields;
  }
  if (depth < 3 && v.elems) out.elems = v.elems.map((e) => substitute(ev, e, args, call, fnName, argNodes, depth + 1, crossFile));
  return out;
}
