// Statements: program-order walk of blocks, loops, branches (with the guards' narrowings),
// switches and exports.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { assignPattern } from "./assignment";
import { applyNarrowing, guard, targetOf } from "./barrier-guards";
import { noteReturn } from "./guard-wrappers";
import { Env, type Evaluator, type Frame, type Narrowing } from "./evaluator";
import { elementOf, evalClass, evalExpr } from "./expressions";
import { exportedHandler, maybeRouteHandler, toolBranch, toolCase, toolTest } from "./handlers";
import { accessRoot, passesJsonOn, returnedJson, withJsonContext } from "./json-parse";
import { checkNamedInstruction } from "./named-instructions";
import { declaredVariable } from "./declared-output";
import { declareStateCell } from "./react-state";
import { type Expr, idName, type Node, short, unwrap } from "./syntax";
import { Binding, declareLexical, patternNames, Scope } from "../scope";
import { CLEAN, constant, join, step, type Val } from "../value";

/** Walks statements in order; returns true when control always leaves (return/throw/...). */
export function walkStatements(ev: Evaluator, stmts: readonly Node[], frame: Frame): boolean {
  for (const s of stmts) {
    if (ev.aborted) return false;
    if (walkStatement(ev, s, frame)) return true;
  }
  return false;
}

export function inBlock(ev: Evaluator, stmts: readonly Node[], frame: Frame): boolean {
  const scope = new Scope(frame.scope, frame.scope.owner);
  declareLexical(stmts, scope);
  const inner: Frame = { ...frame, scope };
  ev.initFunctionBindings(stmts, inner);
  return walkStatements(ev, stmts, inner);
}

export function walkStatement(ev: Evaluator, s: Node, frame: Frame): boolean {
  switch (s.type) {
    case "VariableDeclaration":
      for (const d of s.declarations) {
        if (d.init && d.id.type === "Identifier" && (d.init.type === "ArrowFunctionExpression" || d.init.type === "FunctionExpression")) ev.fnNames.set(d.init, d.id.name);
        if (d.init && d.id.type === "Identifier") passesJsonOn(ev, accessRoot(d.init));
        const v = declaredVariable(ev, d, s, d.init ? withJsonContext(ev, d.id.type === "Identifier" ? d.init : null, () => evalExpr(ev, d.init!, frame)) : CLEAN);
        if (d.init || s.kind !== "var") assignPattern(ev, d.id, d.init ? step(v, ev.file, d.id, `assigned to \`${short(ev.src(d.id))}\``) : v, frame);
        if (d.init) declareStateCell(ev, d.id, d.init, frame);
        checkNamedInstruction(ev, d.id, d.init, v, frame);
      }
      return false;
    case "ExpressionStatement":
      withJsonContext(ev, s.expression, () => evalExpr(ev, s.expression, frame));
      return false;
    case "ReturnStatement": {
      if (s.argument) {
        const arg = s.argument;
        const v = frame.symbolic ? returnedJson(arg, () => evalExpr(ev, arg, frame)) : evalExpr(ev, arg, frame);
        frame.returns.push(v);
        noteReturn(ev, s, arg, frame);
      }
      return true;
    }
    case "ThrowStatement":
      evalExpr(ev, s.argument, frame);
      return true;
    case "BreakStatement": case "ContinueStatement":
      return true;
    case "BlockStatement":
      return inBlock(ev, s.body, frame);
    case "IfStatement":
      return walkIf(ev, s, frame);
    case "ForStatement": {
      const scope = new Scope(frame.scope, frame.scope.owner);
      if (s.init && s.init.type === "VariableDeclaration") declareLexical([s.init], scope);
      const inner: Frame = { ...frame, scope };
      if (s.init) s.init.type === "VariableDeclaration" ? walkStatement(ev, s.init, inner) : evalExpr(ev, s.init, inner);
      loop(ev, inner, () => {
        if (s.test) evalExpr(ev, s.test, inner);
        walkStatement(ev, s.body, inner);
        if (s.update) evalExpr(ev, s.update, inner);
      });
      return false;
    }
    case "ForOfStatement": case "ForInStatement": {
      const scope = new Scope(frame.scope, frame.scope.owner);
      if (s.left.type === "VariableDeclaration") declareLexical([s.left], scope);
      const inner: Frame = { ...frame, scope };
      const right = evalExpr(ev, s.right, inner);
      const elem = s.type === "ForInStatement" ? CLEAN : step(elementOf(ev, right), ev.file, s.left, "iterated here");
      const target = s.left.type === "VariableDeclaration" ? s.left.declarations[0].id : s.left;
      loop(ev, inner, () => {
        assignPattern(ev, target, elem, inner);
        walkStatement(ev, s.body, inner);
      });
      return false;
    }
    case "WhileStatement": case "DoWhileStatement":
      loop(ev, frame, () => {
        evalExpr(ev, s.test, frame);
        walkStatement(ev, s.body, frame);
      });
      return false;
    case "TryStatement": {
      const exits = walkStatement(ev, s.block, frame);
      let handlerExits = true;
      if (s.handler) {
        const scope = new Scope(frame.scope, frame.scope.owner);
        for (const id of patternNames(s.handler.param)) scope.declare(id.name, "catch", id);
        handlerExits = walkStatement(ev, s.handler.body, { ...frame, scope });
      }
      const finExits = s.finalizer ? walkStatement(ev, s.finalizer, frame) : false;
      return finExits || (exits && handlerExits && !!s.handler);
    }
    case "SwitchStatement":
      return walkSwitch(ev, s, frame);
    case "LabeledStatement":
      return walkStatement(ev, s.body, frame);
    case "FunctionDeclaration":
      maybeRouteHandler(ev, s, frame);
      return false;
    case "ClassDeclaration":
      evalClass(ev, s, frame);
      return false;
    case "ExportNamedDeclaration": case "ExportDefaultDeclaration": case "ExportAllDeclaration": case "TSExportAssignment":
      return walkExport(ev, s, frame);
    case "TSModuleDeclaration":
      if (s.body && s.body.type === "TSModuleBlock") inBlock(ev, s.body.body, frame);
      return false;
    case "TSEnumDeclaration": {
      const b = frame.scope.lookup(s.id.name);
      const fields = new Map<string, Val>();
      const members = (s as unknown as { body?: { members: TSESTree.TSEnumMember[] }; members?: TSESTree.TSEnumMember[] }).body?.members ?? (s as unknown as { members: TSESTree.TSEnumMember[] }).members ?? [];
      for (const m of members) {
        const name = m.id.type === "Identifier" ? m.id.name : String((m.id as TSESTree.Literal).value);
        fields.set(name, m.initializer && m.initializer.type === "Literal" && typeof m.initializer.value === "string" ? constant(m.initializer.value) : constant(name));
      }
      if (b) frame.env.vars.set(b, { ...CLEAN, fields, ref: `?:${s.id.name}` });
      return false;
    }
    default:
      return false;
  }
}

/** `export` statements: what the module exports, and the declarations they carry. */
export function walkExport(ev: Evaluator, s: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration | TSESTree.ExportAllDeclaration | TSESTree.TSExportAssignment, frame: Frame): boolean {
  switch (s.type) {
    case "ExportNamedDeclaration":
      if (s.declaration) {
        walkStatement(ev, s.declaration, frame);
        const d = s.declaration;
        if (d.type === "VariableDeclaration") for (const decl of d.declarations) for (const id of patternNames(decl.id)) {
          ev.exportedLocal.push({ local: id.name, exported: id.name });
          if (decl.id === id) exportedHandler(ev, id.name, ev.readBinding(frame.scope.lookup(id.name)!, frame, id), decl, frame);
        }
        else if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration" || d.type === "TSEnumDeclaration") && d.id) ev.exportedLocal.push({ local: d.id.name, exported: d.id.name });
      } else if (s.source) {
        const target = ev.host.resolveModule(ev.file, String(s.source.value));
        for (const spec of s.specifiers) {
          const local = idName(spec.local);
          const exported = idName(spec.exported);
          ev.exports.names.set(exported, target ? ev.localModuleValue(String(s.source.value), local) : { ...CLEAN, ref: `${ev.normaliseModule(String(s.source.value))}:${local}` });
        }
      } else {
        for (const spec of s.specifiers) {
          const local = idName(spec.local);
          const exported = idName(spec.exported);
          ev.exportedLocal.push({ local, exported });
          // `export { handler }`, `export { chat as POST }`: a handler exported apart from its declaration.
          const b = spec.local.type === "Identifier" ? frame.scope.lookup(local) : undefined;
          if (b && b.kind !== "import") exportedHandler(ev, exported, ev.readBinding(b, frame, spec.local), spec, frame);
        }
      }
      return false;
    case "ExportDefaultDeclaration": {
      const d = s.declaration;
      let v: Val;
      if (d.type === "FunctionDeclaration") {
        v = d.id ? ev.readBinding(frame.scope.lookup(d.id.name)!, frame, d.id) : ev.fnValue(d, frame);
      } else if (d.type === "ClassDeclaration") v = evalClass(ev, d, frame);
      else if (d.type === "TSInterfaceDeclaration" || d.type === "TSDeclareFunction") v = CLEAN;
      else v = evalExpr(ev, d as Expr, frame);
      ev.exports.names.set("default", v);
      exportedHandler(ev, "default", v, d, frame);
      return false;
    }
    case "ExportAllDeclaration": {
      const target = ev.host.resolveModule(ev.file, String(s.source.value));
      if (target) {
        ev.dependencies.add(target);
        const ex = ev.host.moduleExports(target, ev.file);
        if (ex) {
          if (s.exported) ev.exports.names.set(idName(s.exported), { ...CLEAN, fields: new Map(ex.names) });
          else for (const [k, v] of ex.names) if (k !== "default" && !ev.exports.names.has(k)) ev.exports.names.set(k, v);
        }
      }
      return false;
    }
    case "TSExportAssignment":
      ev.exports.names.set("default", evalExpr(ev, s.expression, frame));
      ev.exports.cjsDefault = true;
      return false;
    default:
      return false;
  }
}

export function loop(ev: Evaluator, frame: Frame, body: () => void): void {
  // Twice, so values assigned late in the body reach uses early in it.
  const before = new Map(frame.env.vars);
  body();
  body();
  for (const [b, v] of before) {
    const now = frame.env.vars.get(b);
    if (now && now !== v) frame.env.vars.set(b, join(v, now));
  }
}

export function walkIf(ev: Evaluator, s: TSESTree.IfStatement, frame: Frame): boolean {
  evalExpr(ev, s.test, frame);
  const g = guard(ev, s.test, frame);
  const tool = toolTest(ev, s.test, frame);
  return mergeBranches(ev, frame, [
    { narrow: g.whenTrue, run: (f) => walkStatement(ev, s.consequent, tool ? toolBranch(ev, tool, f) : f) },
    { narrow: g.whenFalse, run: (f) => (s.alternate ? walkStatement(ev, s.alternate, f) : false) },
  ]);
}

/** Runs alternative branches on overlays of the environment and joins what they assign. */
export function mergeBranches(ev: Evaluator, frame: Frame, branches: { narrow: Narrowing[]; run: (f: Frame) => boolean }[]): boolean {
  const outcomes: { env: Env; exits: boolean }[] = [];
  for (const br of branches) {
    const env = new Env(frame.env);
    for (const n of br.narrow) applyNarrowing(ev, env, n, frame);
    const exits = br.run({ ...frame, env });
    outcomes.push({ env, exits });
  }
  const live = outcomes.filter((o) => !o.exits);
  const touched = new Set<Binding>();
  for (const o of live) for (const b of o.env.vars.keys()) touched.add(b);
  for (const b of touched) {
    const base = frame.env.get(b) ?? CLEAN;
    let v: Val | null = null;
    for (const o of outcomes) {
      if (o.exits) continue;
      const bv = o.env.vars.get(b) ?? base;
      v = v ? join(v, bv) : bv;
    }
    // A narrowing that only held inside a branch must not leak: join with the base unless every live branch narrowed.
    if (v) frame.env.vars.set(b, live.length < outcomes.length || live.every((o) => o.env.vars.has(b)) ? v : join(v, base));
  }
  // After `if (!ok(x)) return;` the surviving branch's narrowing holds for the rest of the block.
  if (live.length === 1 && outcomes.length > 1) {
    const idx = outcomes.indexOf(live[0]);
    for (const n of branches[idx].narrow) applyNarrowing(ev, frame.env, n, frame);
  }
  return live.length === 0;
}

export function walkSwitch(ev: Evaluator, s: TSESTree.SwitchStatement, frame: Frame): boolean {
  const dv = evalExpr(ev, s.discriminant, frame);
  // A case narrows a variable or a property path on one (`switch (call.function.name)`).
  const target = targetOf(s.discriminant, frame);
  const branches = s.cases.map((c, i) => ({
    narrow: target && c.test && c.test.type === "Literal" && typeof c.test.value === "string" ? [{ ...target, value: constant(c.test.value) }] : [],
    run: (f: Frame) => {
      const tool = toolCase(dv, c.test);
      if (tool) f = toolBranch(ev, tool, f);
      // fall-through: a case runs into the next until one exits
      for (let j = i; j < s.cases.length; j++) if (walkStatements(ev, s.cases[j].consequent, f)) return true;
      return false;
    },
  }));
  if (!s.cases.some((c) => !c.test)) branches.push({ narrow: [], run: () => false });
  return mergeBranches(ev, frame, branches);
}
