// Function summaries: which parameters (and fields of `this`) reach the return value and which
// sinks, computed on first use and applied at every call site, here or in another module.
import { assignPattern } from "./assignment";
import { bindReturnedClosures, boundInFrame, keepBoundSummary, reportBoundFlows } from "./bound-closures";
import { fieldNames, paramPaths, passedThrough, pathValue } from "./access-paths";
import { type Closure, Env, type Evaluator, FIELD_BASE, type Frame, MAX_DEPTH, MAX_PARAMS, type ParamCall, type Summary } from "./evaluator";
import { evalExpr } from "./expressions";
import { paramJsonSinks, returnedJson } from "./json-parse";
import { newReturnWalk, noteReturn } from "./guard-wrappers";
import { defaultParamValue, toolBranch } from "./handlers";
import { splicesUndelimited } from "./prompt-text";
import { formatAtCall, templateAtCall } from "./prompt-templates";
import { settleState } from "./react-state";
import { walkStatements } from "./statements";
import { noteInjected } from "./typed-instances";
import { type FnNode, type Node, paramDeclaration, unwrap } from "./syntax";
import type { SinkHit } from "../facts";
import { declareLexical, hoistVars, patternNames, Scope } from "../scope";
import { asArray, CLEAN, derived, flatten, type FunctionRef, isTainted, join, SINK_BITS, sourceConfidence, step, type TableEntry, type Trail, trailSteps, type Val } from "../value";

export function summaryOf(ev: Evaluator, fn: FunctionRef): Summary {
  const bound = (fn.closure as Closure).bound;
  const cached = bound ? bound.summary : ev.summaries.get(fn.node);
  if (cached) return cached;
  const owner = (fn.closure as Closure).module;
  if (owner !== ev) return summaryOf(owner, fn);
  if (ev.inProgress.has(fn.node) || ev.inProgress.size > MAX_DEPTH) {
    if (!ev.inProgress.has(fn.node)) ev.depthLimited = true;
    // Recursion: assume every parameter may reach the return value.
    return { ret: { ...CLEAN, p: (1 << MAX_PARAMS) - 1 }, sinks: [], effects: [], approvals: false, name: fnName(ev, fn.node) };
  }
  ev.inProgress.add(fn.node);
  const paths = paramPaths(fn);
  const params = fn.node.params.map((p, i) => defaultParamValue(ev, p, i, true, paths, fn.node));
  const mark = ev.facts.length;
  const res = analyseFunction(ev, fn, params, true);
  ev.inProgress.delete(fn.node);
  if (bound) keepBoundSummary(ev, fn, bound, res, mark);
  else ev.summaries.set(fn.node, res);
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
  // A tuple whose elements carry data (a Map entry `[key, value]`) is passed whole, its positions apart.
  const full = fn.node.params.map((p, i) => (params[i] && (isTainted(params[i]) || params[i].obj || params[i].fields || (params[i].elems && isTainted(flatten(params[i]))))) ? params[i] : defaultParamValue(ev, p, i, false, undefined, fn.node));
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
  // Summarised on its own, a closure made in a summary must not read its maker's parameters as its own.
  const env = new Env(closure.env, symbolic && !parent && !!closure.inSummary);
  const frame: Frame = {
    fn: node, scope, env, self: fn.self ?? null, returns: [], walk: newReturnWalk(), paramSinks: parent ? parent.paramSinks : [], paramCalls: parent ? parent.paramCalls : [], templateCalls: parent ? parent.templateCalls : [], effects: parent ? parent.effects : [], approvals: false,
    symbolic: parent ? parent.symbolic : symbolic, name: fnName(ev, node), depth: ev.inProgress.size,
  };
  if (node.type === "FunctionExpression" && node.id) scope.declare(node.id.name, "function", node);
  for (const p of node.params) for (const id of patternNames(p)) scope.declare(id.name, "param", id);
  node.params.forEach((p, i) => {
    const v = params[i] ?? CLEAN;
    assignPattern(ev, p.type === "TSParameterProperty" ? p.parameter : p, isTainted(v) && !v.elems && isArrayTyped(p) ? asArray(v) : v, frame);
  });
  for (const p of node.params) if (p.type === "TSParameterProperty" && fn.self?.fields) {
    const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
    if (id.type === "Identifier") fn.self.fields.set(id.name, params[node.params.indexOf(p)] ?? CLEAN);
    // A class-typed property (an injected service): what `this.<name>` is when no caller says.
    if (id.type === "Identifier" && frame.symbolic) noteInjected(ev, fn.self, id.name, p, frame);
  }
  if (node.body && node.body.type === "BlockStatement") {
    hoistVars(node.body, scope);
    declareLexical(node.body.body, scope);
    ev.initFunctionBindings(node.body.body, frame);
    walkStatements(ev, node.body.body, frame);
    if (ev.stateCells.size) settleState(ev, node, frame);
  } else if (node.body) {
    const body = node.body;
    frame.returns.push(frame.symbolic ? returnedJson(body, () => evalExpr(ev, body, frame)) : evalExpr(ev, body, frame));
    noteReturn(ev, body, body, frame);
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
  if (!parent && frame.symbolic) frame.paramSinks.push(...paramJsonSinks(ev, frame));
  return { ret, sinks: frame.paramSinks, effects: frame.effects, approvals: frame.approvals, name: frame.name, calls: frame.paramCalls?.length ? frame.paramCalls : undefined, templateCalls: frame.templateCalls?.length ? frame.templateCalls : undefined };
}

/** Result of calling a function value with these arguments, reporting flows into its sinks. */
export function applyFunction(ev: Evaluator, fn: FunctionRef, args0: Val[], argNodes0: readonly Node[], call: Node, frame: Frame, recv: Val | null = null): Val {
  if (frame.depth > MAX_DEPTH) return CLEAN;
  // A closure made inside the function being summarised reads that function's parameters through
  // the variables it captures (`() => createOpenAI({ baseURL })`): its own summary would take those
  // bits for its own parameters, so it is analysed in place and what it reaches joins this summary.
  // So does a closure a factory called in this summary returned, bound to that call's arguments.
  const inPlace = frame.symbolic && (madeInside(ev, fn, frame) || boundInFrame(fn, frame)) ? (fn.closure as Closure).module : null;
  if (inPlace && !inPlace.inProgress.has(fn.node)) return runInPlace(inPlace, fn, args0, frame);
  // A registration at the top of a module (`register(pageAction)`, `Registry.register(action)`): a
  // helper handed functions usually stores them in a table read later (`actions.get(name).execute(args)`),
  // so it runs in place on the values it captures, and the table holds the functions themselves.
  // So does a method of an object whose table holds functions (`Registry.execute(name, args)`:
  // `this.actions.get(name).execute(args)`), which a summary cannot resolve.
  const registering = !frame.symbolic && frame.fn === ev.ast && args0.some(holdsFunctions);
  if ((fn.closure as Closure).module === ev && !ev.inProgress.has(fn.node) && (registering || (!!recv && calledByName(call) && registryObject(recv, fn) && tableOfFunctions(recv)))) {
    // A method stores into its receiver's table (`Registry.register(action)`: `this.actions.set(...)`).
    const self = recv && (recv.fields || recv.coll) ? recv : fn.self;
    return runInPlace(ev, { ...fn, self }, args0, frame);
  }
  const s = summaryOf(ev, fn);
  // Path bits (fields of `this`, fields of parameters) take the values of those paths here.
  let args = args0;
  let argNodes = argNodes0;
  const tables = fn.self ? [fieldNames(fn.self), paramPaths(fn)] : [paramPaths(fn)];
  const pathAt: string[] = [];
  if (tables.some((t) => t.names.length)) {
    args = args0.slice(0, MAX_PARAMS);
    const nodes: Node[] = [...argNodes0.slice(0, MAX_PARAMS)];
    while (args.length < 30) { args.push(CLEAN); nodes.push(call); }
    for (const table of tables) table.names.forEach((n, k) => {
      const param = n.startsWith("#") ? Number(n.slice(1, n.indexOf(".") >>> 0)) : -1;
      const at = param >= 0 ? argNodes0[param] ?? call : call;
      args[table.base + k] = pathValue(ev, n, table, args0, recv, fn, at, frame, s.sinks);
      nodes[table.base + k] = at;
      pathAt[table.base + k] = n;
    });
    argNodes = nodes;
  }
  const fnName = s.name;
  const owner = (fn.closure as Closure).module;
  for (const ps of s.sinks) {
    for (let i = 0; i < 30; i++) {
      if (!(ps.p & (1 << i))) continue;
      let arg = args[i] ? flatten(args[i]) : CLEAN;
      // A function handed in where the helper calls it stands, at the helper's sinks, for what it
      // returns (`updateUI(el, () => model.generateContentStream(q))`, the helper rendering the result).
      const passed = args[i]?.fn;
      if (passed && !isTainted(arg) && i < MAX_PARAMS && s.calls?.some((c) => c.member === undefined && c.fn & (1 << i))) arg = flatten(summaryOf(ev, passed).ret);
      if (!isTainted(arg) || arg.san & SINK_BITS[ps.sink]) continue;
      // The provider's raw JSON around the model's text is not model-shaped JSON, and a parse of what an
      // object holds in its fields (`this.config...`) is not one of text the caller hands in (eval/json-parse.ts).
      if (ps.sink === "json" && (arg.envelope || (i >= FIELD_BASE && !pathAt[i]?.startsWith("#")))) continue;
      const argNode = argNodes[i] ?? call;
      let trail: Trail | null = i >= FIELD_BASE && !pathAt[i]?.startsWith("#") ? arg.trail : { file: ev.file, start: argNode.range[0], end: argNode.range[1], description: `passed to \`${fnName}()\`${owner !== ev ? ` in ${owner.file.split("/").slice(-2).join("/")}` : ""}`, prev: arg.trail, anchor: true };
      for (const st of ps.steps) trail = { file: st.file, start: st.start, end: st.end, description: st.description, prev: trail };
      const detail = { ...ps.hit.detail, via: fnName, undelimited: ps.hit.detail.undelimited || arg.undelimited };
      if (arg.t) {
        // A source recognised only by shape (Trail.confidence) makes the finding as uncertain as it is.
        const confidence = ps.hit.confidence === "low" ? "low" : sourceConfidence(trail) ?? ps.hit.confidence;
        ev.facts.push({ ...ps.hit, detail, confidence, t: arg.t, trail, file: ev.file, start: argNode.range[0], end: argNode.range[1] } as SinkHit);
      }
      if (arg.p && frame.symbolic) {
        frame.paramSinks.push({ sink: ps.sink, p: arg.p, steps: trailSteps(trail).filter((x) => !x.description.startsWith("parameter `")), hit: { ...ps.hit, detail } });
      }
    }
  }
  if (s.effects.length) frame.effects.push(...s.effects);
  if (s.approvals) frame.approvals = true;
  if (s.calls) callPassedFunctions(ev, s.calls, args, argNodes, call, frame, fnName);
  if (s.templateCalls) for (const tc of s.templateCalls) formatAtCall(ev, tc, (v) => substitute(ev, v, args, call, fnName, argNodes, 0, owner !== ev), args, call, frame);
  reportBoundFlows(ev, fn, call, fnName);
  return bindReturnedClosures(fn, s, substitute(ev, s.ret, args, call, fnName, argNodes, 0, owner !== ev), args0, frame);
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
  if (v.template?.textFrom) v = { ...v, template: templateAtCall(v.template, args) };
  if (!v.p && !v.fields && !v.elems) return v;
  // A value that is an argument (or a field of one) as it came in keeps that argument's shape.
  if (v.slot && !v.t && !v.san && !v.fields && !v.elems && (v.p & (v.p - 1)) === 0) {
    const i = 31 - Math.clz32(v.p);
    const a = args[i];
    if (a && (a.fields || a.elems || a.ref || a.fn || a.obj || a.str !== undefined)) return passedThrough(ev, a, argNodes[i] ?? call, fnName, crossFile);
  }
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

// ---------------------------------------------------------------- higher-order calls

const PARAM_MASK = (1 << MAX_PARAMS) - 1;
const MAX_PARAM_CALLS = 24;

/**
 * In a summary, a call of a parameter (`fn(input)`, `opts.onStep(x)`, `handlers[name](args)`)
 * is recorded with its arguments, so a caller that passes a function there can analyse it with
 * what the helper gives it. Calls of one parameter join their arguments.
 */
export function recordParamCall(frame: Frame, calleeNode: Node, callee: Val, recv: Val | null, method: string | null, args: Val[]): void {
  const calls = frame.paramCalls;
  if (!frame.symbolic || !calls || callee.fn || callee.entries) return;
  // Only a variable called, or a member of one (`a.b.c()` does not say which field of `a` is called).
  const member = calleeNode.type === "MemberExpression" && unwrap(calleeNode.object).type === "Identifier" ? method : undefined;
  if (member === undefined && calleeNode.type !== "Identifier") return;
  const fn = (member === undefined ? callee.p : recv ? recv.p : 0) & PARAM_MASK;
  if (fn) forwardParamCall(frame, { fn, member, args });
}

function forwardParamCall(frame: Frame, call: ParamCall): void {
  const calls = frame.paramCalls;
  if (!frame.symbolic || !calls) return;
  const same = calls.find((c) => c.fn === call.fn && c.member === call.member);
  if (same) same.args = call.args.map((a, i) => (same.args[i] ? join(same.args[i], a) : a));
  else if (calls.length < MAX_PARAM_CALLS) calls.push(call);
}

/** A function passed where the helper calls a parameter gets the helper's arguments to that call. */
function callPassedFunctions(ev: Evaluator, calls: ParamCall[], args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, helper: string): void {
  for (const c of calls) {
    for (let i = 0; i < MAX_PARAMS; i++) {
      if (!(c.fn & (1 << i)) || !args[i]) continue;
      const passed = args[i];
      const callArgs = c.args.map((v) => throughHelper(ev, v, args, argNodes, call, helper));
      const targets = c.member === undefined ? [passed.fn, ...(passed.entries ?? []).map((e) => e.fn)]
        : c.member === null ? [...(passed.fields?.values() ?? [])].map((f) => f.fn) : [passed.fields?.get(c.member)?.fn];
      if (callArgs.some((a) => isTainted(flatten(a)))) for (const fn of targets) if (fn) analyseConcrete(ev, fn, callArgs, "callback", frame);
      // A helper handing its own parameter on (`retry(fn)` inside `withRetries(fn)`): its summary calls that parameter too.
      if (passed.p & PARAM_MASK && !passed.fn) forwardParamCall(frame, { fn: passed.p & PARAM_MASK, member: c.member, args: callArgs });
    }
  }
}

/** An argument the helper passes on: its parameters replaced by what this call gave them. */
function throughHelper(ev: Evaluator, v: Val, args: Val[], argNodes: readonly Node[], call: Node, helper: string): Val {
  const bits = v.p & PARAM_MASK;
  if (!bits) return v;
  const describe = `passed to \`${helper}()\`, which calls the function it is given with it`;
  // The parameter itself: keep the argument's shape (its fields), so field reads stay precise.
  if (!v.t && (bits & (bits - 1)) === 0 && !v.fields && !v.elems) {
    const i = 31 - Math.clz32(bits);
    return args[i] ? step(args[i], ev.file, argNodes[i] ?? call, describe) : CLEAN;
  }
  let out: Val = v.t ? { t: v.t, p: 0, san: v.san, trail: v.trail } : CLEAN;
  for (let i = 0; i < MAX_PARAMS; i++) {
    if (bits & (1 << i) && args[i]) out = join(out, step(derived(flatten(args[i])), ev.file, argNodes[i] ?? call, describe));
  }
  return out;
}

// ---------------------------------------------------------------- tables of functions

/**
 * `tools[name]` on an object literal holding functions: any entry may be the one read. When the
 * key is the name a dispatched tool handler branches on, each entry is one tool.
 */
export function tableRead(ev: Evaluator, base: Val, key: Val): Val | null {
  if (!base.fields || isTainted(base) || base.entries) return null;
  const entries: TableEntry[] = [];
  for (const [name, f] of base.fields) {
    if (!f.fn) continue;
    const prop = base.props?.get(name);
    entries.push({ name, fn: f.fn, at: prop && prop.file === ev.file ? { start: prop.node.key.range[0], end: prop.node.key.range[1] } : undefined, tool: key.obj === "tool-name" || undefined });
  }
  return entries.length ? { ...flatten(base), entries } : null;
}

/** Calling a table entry read with a computed key: every entry, results joined. */
export function callEntries(ev: Evaluator, entries: TableEntry[], args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val {
  let out = CLEAN;
  for (const e of entries) {
    const f = e.tool ? toolBranch(ev, { name: e.name, at: e.at ?? { start: call.range[0], end: call.range[1] } }, frame) : frame;
    out = join(out, applyFunction(ev, e.fn, args, argNodes, call, f));
  }
  return out;
}

/** `fn` analysed where it is called, in `module`, on these arguments (missing ones take their defaults). */
function runInPlace(module: Evaluator, fn: FunctionRef, args0: Val[], frame: Frame): Val {
  module.inProgress.add(fn.node);
  const params = fn.node.params.map((p, i) => args0[i] ?? defaultParamValue(module, p, i, false, undefined, fn.node));
  try { return analyseFunction(module, fn, params, false, frame).ret; } finally { module.inProgress.delete(fn.node); }
}

/** A function, or an object with a function among its fields (a tool or action definition). */
function holdsFunctions(v: Val): boolean {
  return !!v.fn || [...(v.fields?.values() ?? [])].some((f) => !!f.fn);
}

/**
 * A registry the code calls by its own name: a class (its static methods and table) or an object
 * literal whose method this is, not an instance reached through `this` (a session object's
 * listeners), whose methods a summary answers per path.
 */
function registryObject(recv: Val, fn: FunctionRef): boolean {
  return !!(recv as Val & { instance?: Val }).instance || fn.self === recv;
}

/** `ActionRegistry.execute(...)`: a method called on a variable's name, not on `this` or a field. */
function calledByName(call: Node): boolean {
  if (call.type !== "CallExpression") return false;
  const c = unwrap(call.callee);
  return c.type === "MemberExpression" && unwrap(c.object).type === "Identifier";
}

/** An object with a Map or Set among its fields whose entries are functions or hold them. */
function tableOfFunctions(v: Val): boolean {
  return [...(v.fields?.values() ?? [])].some((f) => !!f.coll && [...f.coll.byKey.values(), f.coll.unkeyed, ...(f.elems ?? [])].some(holdsFunctions));
}

function madeInside(ev: Evaluator, fn: FunctionRef, frame: Frame): boolean {
  const outer = frame.fn;
  return (fn.closure as Closure).module === ev && fn.node !== outer && outer.type !== "Program" && fn.node.range[0] > outer.range[0] && fn.node.range[1] <= outer.range[1];
}

/** A parameter declared as an array (`files: File[]`, `Array<T>`, `readonly T[]`, a tuple). */
function isArrayTyped(p: Node): boolean {
  let t = paramDeclaration(p).type;
  if (t?.type === "TSTypeOperator" && t.operator === "readonly") t = t.typeAnnotation;
  if (!t) return false;
  return t.type === "TSArrayType" || t.type === "TSTupleType" || (t.type === "TSTypeReference" && t.typeName.type === "Identifier" && /^(Readonly)?Array$/.test(t.typeName.name));
}
