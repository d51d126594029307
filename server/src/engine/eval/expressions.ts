// Expressions: each evaluates to an abstract value (taint, shape, API reference); member reads
// meet the models' property sources, objects stay field-sensitive, classes get instance shapes.
import { maybeAppTool } from "./app-tools";
import { responseBodyStream } from "./own-routes";
import { renderComponent } from "./react-state";
import { renderedElement } from "./markdown-images";
import { readStore, storePath, storeRootField } from "./stored-data";
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { assignPattern } from "./assignment";
import { applyNarrowing, guard } from "./barrier-guards";
import { evalCall } from "./calls";
import { envRead } from "./environment";
import { Env, type Evaluator, type Frame, type Narrowing } from "./evaluator";
import { applyFunction, summaryOf, tableRead } from "./functions";
import { fieldNames, slotBit, subPath } from "./access-paths";
import { analyseHandlerClass, analyseToolHandler, maybeInlineServerAction } from "./handlers";
import { analyseDecoratedMethods } from "./framework-params";
import { injectedInstance } from "./typed-instances";
import { lateImport } from "./import-cycles";
import { noteJsonRead } from "./json-parse";
import { checkNamedInstruction } from "./named-instructions";
import { labelOf, recordEffects, taintBit } from "./model-rows";
import { concat, evalTemplate } from "./prompt-text";
import { credentialConstant } from "./credential-constants";
import { checkSafetyMode, checkSafetyThreshold } from "./safety-settings";
import { checkSink } from "./sinks";
import { overwritten, spreadField, spreadInto, tupleElement } from "./collections";
import { type Expr, type FnNode, keyName, memberRef, type Node, propName, short, unwrap } from "./syntax";
import { findKeys, isSecretName, KEY_PREFIX_RE } from "../keys";
import { Taint } from "../types";
import { CLEAN, constant, derived, flatten, type FunctionRef, isTainted, join, step, TRUE, type Val } from "../value";

export function evalExpr(ev: Evaluator, e: Node, frame: Frame): Val {
  switch (e.type) {
    case "Literal": {
      if (typeof e.value === "string") {
        const v = constant(e.value);
        if (e.value.length >= 20 && KEY_PREFIX_RE.test(e.value) && findKeys(e.value).length) {
          return { ...v, t: Taint.Secret | Taint.ServerSecret, trail: { file: ev.file, start: e.range[0], end: e.range[1], description: "API key literal", prev: null } };
        }
        return v;
      }
      return e.value === true ? TRUE : CLEAN;
    }
    case "Identifier": return evalIdentifier(ev, e, frame);
    case "TemplateLiteral": return evalTemplate(ev, e, frame);
    case "TaggedTemplateExpression": return evalTagged(ev, e, frame);
    case "BinaryExpression": {
      const l = evalExpr(ev, e.left, frame);
      const r = evalExpr(ev, e.right, frame);
      if (e.operator !== "+") return CLEAN;
      return concat(ev, l, r, e, frame);
    }
    case "LogicalExpression": {
      const l = evalExpr(ev, e.left, frame);
      const r = evalExpr(ev, e.right, frame);
      if (e.operator === "&&") return r;
      const either = join(l, r);
      // `parsed.items || []`: still the parsed value, whose later reads decide if it is used.
      return l.parsedJson || r.parsedJson ? { ...either, parsedJson: l.parsedJson ?? r.parsedJson } : either;
    }
    case "ConditionalExpression": {
      evalExpr(ev, e.test, frame);
      const g = guard(ev, e.test, frame);
      const withNarrow = (ns: Narrowing[], x: Node) => {
        if (!ns.length) return evalExpr(ev, x, frame);
        const env = new Env(frame.env);
        for (const n of ns) applyNarrowing(ev, env, n, frame);
        return evalExpr(ev, x, { ...frame, env });
      };
      return join(withNarrow(g.whenTrue, e.consequent), withNarrow(g.whenFalse, e.alternate));
    }
    case "AssignmentExpression": {
      const r = evalExpr(ev, e.right, frame);
      if (e.operator === "=") {
        assignPattern(ev, e.left, step(r, ev.file, e.left, `assigned to \`${short(ev.src(e.left))}\``), frame, e.right);
        checkNamedInstruction(ev, e.left, e.right, r, frame);
        return r;
      }
      const l = evalExpr(ev, e.left, frame);
      const v = e.operator === "+=" ? concat(ev, l, r, e, frame) : e.operator === "||=" || e.operator === "??=" || e.operator === "&&=" ? join(l, r) : CLEAN;
      assignPattern(ev, e.left, step(v, ev.file, e.left, `appended to \`${short(ev.src(e.left))}\``), frame);
      return v;
    }
    case "MemberExpression": {
      const base = evalExpr(ev, e.object, frame);
      const name = propName(e);
      if (name === null || (/^\d+$/.test(name) && storePath(base.ref) !== null)) {
        // An element of a kept list is kept at the list's path (`req.session.levelState[level]`).
        if (storePath(base.ref) !== null) { evalExpr(ev, e.property, frame); return base; }
        const table = tableRead(ev, base, evalExpr(ev, e.property, frame));
        if (table) return table;
        if (base.elems && base.elems.length) return elementOf(ev, base);
        if (base.fields && !isTainted(base)) return flatten(base);
        return derived(base);
      }
      return readMember(ev, base, name, e, frame, null, e.object);
    }
    case "ChainExpression": return evalExpr(ev, e.expression, frame);
    case "TSAsExpression": case "TSNonNullExpression": case "TSSatisfiesExpression": case "TSTypeAssertion": case "TSInstantiationExpression":
      return evalExpr(ev, e.expression, frame);
    case "AwaitExpression": return evalExpr(ev, e.argument, frame);
    case "CallExpression": return evalCall(ev, e, frame);
    case "NewExpression": return evalCall(ev, e, frame);
    case "ObjectExpression": return evalObject(ev, e, frame);
    case "ArrayExpression": {
      const elems: Val[] = [];
      for (const el of e.elements) {
        if (!el) continue;
        if (el.type === "SpreadElement") {
          const sv = evalExpr(ev, el.argument, frame);
          if (sv.elems) elems.push(...sv.elems);
          else elems.push({ ...sv, spread: true } as Val);
        } else elems.push(evalExpr(ev, el, frame));
      }
      return { ...CLEAN, elems };
    }
    case "ArrowFunctionExpression": case "FunctionExpression": {
      const fv = ev.fnValue(e, frame);
      maybeInlineServerAction(ev, e, fv, frame);
      return fv;
    }
    case "ClassExpression": return evalClass(ev, e, frame);
    case "SequenceExpression": {
      let v = CLEAN;
      for (const x of e.expressions) v = evalExpr(ev, x, frame);
      return v;
    }
    case "UnaryExpression": evalExpr(ev, e.argument, frame); return CLEAN;
    case "UpdateExpression": return CLEAN;
    case "ThisExpression": return frame.self ?? CLEAN;
    case "MetaProperty": return { ...CLEAN, ref: `global:${e.meta.name}.${e.property.name}` };
    case "ImportExpression": {
      const v = evalExpr(ev, e.source, frame);
      checkSink(ev, v, "code", e.source, frame, { api: "import()" });
      if (e.source.type === "Literal") {
        const spec = String(e.source.value);
        return ev.moduleValue(spec, "*");
      }
      return CLEAN;
    }
    case "YieldExpression": {
      const v = e.argument ? evalExpr(ev, e.argument, frame) : CLEAN;
      frame.returns.push(v);
      return CLEAN;
    }
    case "JSXElement": case "JSXFragment": evalJsx(ev, e, frame); return CLEAN;
    case "SpreadElement": return evalExpr(ev, e.argument, frame);
    default:
      return CLEAN;
  }
}

export function evalIdentifier(ev: Evaluator, e: TSESTree.Identifier, frame: Frame): Val {
  if (e.name === "undefined") return CLEAN;
  const b = frame.scope.lookup(e.name);
  if (!b) {
    if (e.name === "window" || e.name === "globalThis" || e.name === "self") return { ...CLEAN, ref: "global:" };
    return { ...CLEAN, ref: `global:${e.name}` };
  }
  let v = ev.readBinding(b, frame, e);
  noteJsonRead(ev, v, e);
  // A credential by name (`apiToken`, `dbPassword`) that we cannot see the source of.
  if (!(v.t & Taint.Secret) && b.kind !== "param" && v.str === undefined && !v.fn && !v.ref && !v.fields && isSecretName(e.name)) {
    v = { ...v, t: v.t | Taint.Secret, trail: { file: ev.file, start: e.range[0], end: e.range[1], description: `\`${e.name}\` holds a credential`, prev: v.trail } };
  }
  if (b.kind === "const") v = credentialConstant(ev, v, e.name, e);
  return v;
}

export function refOf(ev: Evaluator, base: Val, node: Node): string | null {
  if (base.ref) return base.ref;
  const n = unwrap(node);
  if (n.type === "Identifier") return `?:${n.name}`;
  if (n.type === "ThisExpression") return "?:this";
  if (n.type === "MemberExpression") {
    const name = propName(n);
    if (name) {
      const inner = unwrap(n.object);
      if (inner.type === "ThisExpression") return `?:${name}`;
      if (inner.type === "Identifier") return `?:${inner.name}.${name}`;
      return `?:${name}`;
    }
  }
  if (n.type === "CallExpression") {
    const c = unwrap(n.callee);
    if (c.type === "MemberExpression") { const nm = propName(c); if (nm) return `?:${nm}()`; }
    if (c.type === "Identifier") return `?:${c.name}()`;
  }
  return null;
}

/** Functions that are getters (of classes and object literals): a read of their property calls them. */
const GETTERS = new WeakSet<Node>();

export function readMember(ev: Evaluator, base: Val, name: string, node: Node, frame: Frame, destructured: string | null, objectNode?: Node, callee = false): Val {
  base = lateImport(ev, base);
  const stream = responseBodyStream(base, name);
  if (stream) return stream;
  // A store kept across requests (`req.session.user`): what the project wrote there (stored-data.ts).
  const kept = storePath(base.ref);
  if (kept !== null && !callee && !/^\d+$/.test(name)) return readStore(ev, `${kept}.${name}`, node);
  if ((base.obj === "request" || base.obj === "context") && !callee) {
    const root = storeRootField(ev, base.obj, name, node);
    if (root) return root;
  }
  if (base.obj === "request") return source(ev, Taint.Untrusted, node, `request data \`${short(ev.src(node))}\` read here`);
  if (base.obj === "context") {
    if (name === "req" || name === "request") return { ...CLEAN, obj: "request" };
    if (name === "query" || name === "params" || name === "headers" || name === "cookies" || name === "body") return source(ev, Taint.Untrusted, node, `request data \`${short(ev.src(node))}\` read here`);
    return CLEAN;
  }
  if (base.obj === "prompt-template") {
    return { ...CLEAN, obj: "prompt-template", template: base.template, ref: `template.${name}` };
  }
  const field = base.fields?.get(name);
  const service = base === frame.self && !frame.symbolic ? injectedInstance(base, name, field) : undefined;
  if (service) return service;
  if (base === frame.self && frame.symbolic && (!field || !(field.fn || field.ref || field.obj || field.template || field.str !== undefined || field.fields || field.elems))) {
    // `this.x` in a method summary stands for whatever the instance's constructor stored there.
    const bit = slotBit(fieldNames(base), name, frame.paramSinks);
    if (bit >= 0) return { t: 0, p: 1 << bit, san: 0, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: `field \`this.${name}\``, prev: null }, slot: { table: fieldNames(base), path: name } };
  }
  // A getter (`get commandLine() { return String(this.raw.command_line) }`): reading it runs it.
  if (field?.fn && !callee && GETTERS.has(field.fn.node)) return applyFunction(ev, field.fn, [], [], node, frame, base);
  if (field) return field.str !== undefined && !base.spreadOver?.includes(name) ? credentialConstant(ev, field, name, node, objectNode?.type === "Identifier" ? objectNode.name : undefined) : spreadField(base, name, field);
  if (name === "length") return CLEAN;
  const ref = base.ref ?? (objectNode ? refOf(ev, base, objectNode) : null);
  let out: Val;
  // A field of a parameter (or of a field of `this`) in a summary: its own path, apart from its siblings.
  // (Not for a method called on it: the call's result takes the receiver's path.)
  const sub = frame.symbolic && !callee ? subPath(ev, base, name, node, frame) : null;
  // (Elements pushed onto it since are still there.)
  if (sub) out = base.elems && /^\d+$/.test(name) ? join(sub, elementOf(ev, { ...base, t: 0, p: 0 })) : sub;
  else if (isTainted(base)) {
    out = { t: base.t, p: base.p, san: base.san, trail: base.trail, parsedJson: base.parsedJson, undelimited: base.undelimited, envelope: base.envelope };
  } else if (base.elems && /^\d+$/.test(name)) {
    return lateImport(ev, base.elems[Number(name)] ?? elementOf(ev, base));
  } else out = CLEAN;
  if (ref) {
    const r = memberRef(ref, name);
    out = out === CLEAN ? { ...CLEAN, ref: r } : { ...out, ref: r };
    if (ref === "global:process.env" || ref === "global:import.meta.env") return envRead(ev, name, node, out);
    const roots = ev.models.readRoots;
    if (roots.has("*") || roots.has(r.slice(0, r.indexOf(":")))) for (const row of ev.models.find(r, "source")) {
      if (row.read) out = join(out, source(ev, taintBit(row.taint), node, `${labelOf(row.taint)} \`${short(ev.src(node))}\` read here`));
    }
  }
  if (!(out.t & Taint.Secret) && isSecretName(name) && !base.ref?.startsWith("global:") && (objectNode || destructured)) {
    out = { ...out, t: out.t | Taint.Secret, trail: { file: ev.file, start: node.range[0], end: node.range[1], description: `\`${short(ev.src(node))}\` holds a credential`, prev: out.trail } };
  }
  return out;
}

export function source(ev: Evaluator, t: number, node: Node, description: string): Val {
  return { t, p: 0, san: 0, trail: { file: ev.file, start: node.range[0], end: node.range[1], description, prev: null } };
}

export function elementOf(ev: Evaluator, v: Val): Val {
  if (v.elems && v.elems.length) {
    const tuple = tupleElement(v.elems);
    if (tuple) return isTainted(v) ? join(tuple, derived(v)) : tuple;
    // (An element may be an export of a module that was still being analysed: import-cycles.ts.)
    let out = lateImport(ev, v.elems[0]);
    for (let i = 1; i < v.elems.length; i++) out = join(out, lateImport(ev, v.elems[i]));
    return isTainted(v) ? join(out, derived(v)) : out;
  }
  return derived(v);
}

function markedRaw(x: Node): boolean {
  const n = unwrap(x);
  if (n.type !== "CallExpression") return false;
  const c = unwrap(n.callee);
  const name = c.type === "Identifier" ? c.name : c.type === "MemberExpression" ? propName(c) : null;
  return name === "raw" || name === "unsafeHTML";
}

export function evalTagged(ev: Evaluator, e: TSESTree.TaggedTemplateExpression, frame: Frame): Val {
  const tag = evalExpr(ev, e.tag, frame);
  const ref = refOf(ev, tag, e.tag);
  const vals = e.quasi.expressions.map((x) => evalExpr(ev, x, frame));
  if (ref) {
    for (const row of ev.models.find(ref, "sink")) {
      e.quasi.expressions.forEach((x, i) => checkSink(ev, vals[i], row.sink, x, frame, { api: short(ev.src(e.tag)) }));
    }
    recordEffects(ev, ref, e, frame);
  }
  // html`...${raw(x)}` (hono/html; lit's unsafeHTML): the tag escapes its values but those marked raw.
  if (ref && /(^|[.:])html$/i.test(ref)) return e.quasi.expressions.reduce((kept, x, i) => (markedRaw(x) ? join(kept, derived(flatten(vals[i]))) : kept), CLEAN);
  // sql`...`, Prisma.sql`...`, $queryRaw`...`: tagged templates parameterise their values.
  if (ref && /(^|[.:])(sql|raw|\$queryRaw|\$executeRaw|html|css|gql|graphql)$/i.test(ref)) return CLEAN;
  let out = CLEAN;
  for (const v of vals) out = join(out, derived(flatten(v)));
  return out;
}

export function evalObject(ev: Evaluator, e: TSESTree.ObjectExpression, frame: Frame): Val {
  const fields = new Map<string, Val>();
  const props = new Map<string, { file: string; node: TSESTree.Property }>();
  let extra = CLEAN;
  const over = new Set<string>();
  let hasCategory = false;
  for (const p of e.properties) if (p.type === "Property" && keyName(p) === "category") hasCategory = true;
  for (const p of e.properties) {
    if (p.type === "SpreadElement") {
      const sv = evalExpr(ev, p.argument, frame);
      extra = join(extra, spreadInto(fields, sv, over));
      if (sv.props) for (const [k, v] of sv.props) props.set(k, v);
      continue;
    }
    const name = keyName(p);
    if (p.computed && !(p.key.type === "Literal")) evalExpr(ev, p.key, frame);
    const value = p.value;
    if (name && (value.type === "ArrowFunctionExpression" || value.type === "FunctionExpression")) ev.fnNames.set(value, name);
    let v: Val;
    if (p.kind === "get") GETTERS.add(value as FnNode);
    if (p.kind === "get" || p.kind === "set" || p.method) v = ev.fnValue(value as FnNode, { ...frame });
    else v = evalExpr(ev, value as Expr, frame);
    if (name === "threshold") checkSafetyThreshold(ev, v, value, hasCategory, frame);
    else if (name === "safetyMode" || name === "safety_mode") checkSafetyMode(ev, value, frame);
    if (name !== null) { fields.set(name, v); props.set(name, { file: ev.file, node: p }); overwritten(over, name); }
    else if (isTainted(v)) extra = join(extra, v);
  }
  const out: Val = { ...CLEAN, fields, props };
  if (isTainted(extra)) { out.t = extra.t; out.p = extra.p; out.trail = extra.trail; }
  if (over.size) out.spreadOver = [...over];
  maybeAppTool(ev, e, out, frame);
  return out;
}

export function evalJsx(ev: Evaluator, e: TSESTree.JSXElement | TSESTree.JSXFragment, frame: Frame): void {
  const props = new Map<string, Val>();
  const propNodes = new Map<string, Node>();
  const spreads: Val[] = [];
  if (e.type === "JSXElement") {
    for (const attr of e.openingElement.attributes) {
      if (attr.type === "JSXSpreadAttribute") { spreads.push(evalExpr(ev, attr.argument, frame)); continue; }
      if (!attr.value || attr.value.type !== "JSXExpressionContainer" || attr.value.expression.type === "JSXEmptyExpression") continue;
      const v = evalExpr(ev, attr.value.expression, frame);
      const name = attr.name.type === "JSXIdentifier" ? attr.name.name : "";
      if (name) { props.set(name, v); propNodes.set(name, attr.value.expression); }
      if (name === "dangerouslySetInnerHTML") {
        const expr = unwrap(attr.value.expression);
        const htmlNode = expr.type === "ObjectExpression" ? expr.properties.find((p) => p.type === "Property" && keyName(p) === "__html") as TSESTree.Property | undefined : undefined;
        const html = v.fields?.get("__html") ?? v;
        checkSink(ev, html, "html", htmlNode ? htmlNode.value : expr, frame, { api: "dangerouslySetInnerHTML", container: { start: attr.range[0], end: attr.range[1] } });
      }
    }
  }
  const children: { val: Val; node: Node }[] = [];
  for (const c of e.children) {
    if (c.type === "JSXExpressionContainer") { if (c.expression.type !== "JSXEmptyExpression") children.push({ val: evalExpr(ev, c.expression, frame), node: c.expression }); }
    else if (c.type === "JSXElement" || c.type === "JSXFragment") evalJsx(ev, c, frame);
    else if (c.type === "JSXSpreadChild") evalExpr(ev, c.expression, frame);
  }
  if (e.type !== "JSXElement") return;
  // A component gets its children as the `children` prop (`<Response>{text}</Response>`).
  const withChildren = children.length && !props.has("children") ? new Map([...props, ["children", children.reduce((m, c) => join(m, c.val), CLEAN)]]) : props;
  renderComponent(ev, e.openingElement, withChildren, frame);
  renderedElement(ev, e, props, propNodes, children, spreads, frame);
}

export function evalClass(ev: Evaluator, c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, frame: Frame): Val {
  if (c.superClass) evalExpr(ev, c.superClass, frame);
  const self: Val = { ...CLEAN, fields: new Map(), ref: c.id ? `?:${c.id.name}()` : undefined };
  const statics = new Map<string, Val>();
  const classVal: Val = { ...CLEAN, fields: statics, ref: c.id ? `?:${c.id.name}` : undefined, fn: undefined };
  const inner: Frame = { ...frame, self };
  let ctor: FnNode | null = null;
  const superName = c.superClass && unwrap(c.superClass).type === "Identifier" ? (unwrap(c.superClass) as TSESTree.Identifier).name : c.superClass && unwrap(c.superClass).type === "MemberExpression" ? propName(unwrap(c.superClass) as TSESTree.MemberExpression) : null;
  for (const m of c.body.body) {
    if (m.type === "MethodDefinition" && m.value.type === "FunctionExpression") {
      const name = keyName(m);
      if (name) ev.fnNames.set(m.value, name);
      if (m.kind === "constructor") { ctor = m.value; continue; }
      if (m.kind === "get") GETTERS.add(m.value);
      const fv = ev.fnValue(m.value, inner);
      if (name) (m.static ? statics : self.fields!).set(name, fv);
      // LangChain StructuredTool / Tool subclasses (Model.toolClasses): `_call` receives model-chosen input.
      if (name && superName && ev.models.isToolClassMethod(superName, name)) analyseToolHandler(ev, fv, m, `class ${c.id?.name ?? ""}`, false, frame, undefined);
    } else if (m.type === "PropertyDefinition" && m.value) {
      const name = keyName(m);
      const v = evalExpr(ev, m.value, inner);
      if (name) (m.static ? statics : self.fields!).set(name, v);
    }
  }
  if (ctor) {
    const fn: FunctionRef = { node: ctor, closure: { module: ev, scope: frame.scope, env: frame.env }, self };
    classVal.fn = fn;
    summaryOf(ev, fn);
  }
  analyseHandlerClass(ev, c, self, frame);
  analyseDecoratedMethods(ev, c, self, frame);
  if (c.id && c.type === "ClassDeclaration") {
    const b = frame.scope.lookup(c.id.name);
    if (b) frame.env.vars.set(b, { ...classVal, fields: statics, instance: self } as Val);
  }
  return { ...classVal, instance: self } as Val;
}
