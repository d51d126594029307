// The propagation pass: one walk over a module in program order, evaluating each expression
// to an abstract value (taint kinds, shape, API reference) and recording facts at sinks,
// tool definitions, JSON parses and settings. Functions get summaries (which parameters
// reach the return value, which reach which sink, what effects they have), computed on
// first use and reused at every call site, in this file or, through imports, in others.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { applyNarrowing, guard } from "./eval/barrier-guards";
import { envRead, wholeEnv } from "./eval/environment";
import { type Closure, Env, type Evaluator, FIELD_BASE, type Frame, MAX_DEPTH, MAX_FIELDS, MAX_PARAMS, type Narrowing, type StateCell, type Summary } from "./eval/evaluator";
import { analyseToolHandler, APPROVAL_RE, defaultParamValue, maybeRouteHandler } from "./eval/handlers";
import { jsonParse, markValidated } from "./eval/json-parse";
import { applyRows, labelOf, recordEffects, taintBit } from "./eval/model-rows";
import { regexOf } from "./eval/peek";
import { templateMethod } from "./eval/prompt-templates";
import { concat, evalTemplate, INSTRUCTION_RE, splicesUndelimited } from "./eval/prompt-text";
import { providerFetch } from "./eval/provider-rest";
import { declareStateCell, settleState, stateSetterCall } from "./eval/react-state";
import { checkSafetyThreshold } from "./eval/safety-settings";
import { parsedShape, SCHEMA_NARROWING_RE } from "./eval/schema-narrowing";
import { checkSink } from "./eval/sinks";
import { type Expr, type FnNode, idName, isFunction, keyName, memberRef, type Node, propName, short, unwrap } from "./eval/syntax";
import type { Fact, SinkHit } from "./facts";
import { findKeys, isSecretName, KEY_PREFIX_RE } from "./keys";
import type { ModelIndex } from "./model";
import { Binding, declareLexical, hoistVars, patternNames, Scope } from "./scope";
import { Taint } from "./types";
import { CLEAN, constant, derived, flatten, type FunctionRef, isTainted, join, SINK_BITS, step, type Trail, trailSteps, type Val } from "./value";

export interface ModuleExports {
  names: Map<string, Val>;
  /** `module.exports = x` was assigned: `require()` returns names.get("default"). */
  cjsDefault: boolean;
}

export interface ModuleHost {
  models: ModelIndex;
  /** Absolute path of a relative import inside the analysed root, or null. */
  resolveModule(fromFile: string, specifier: string): string | null;
  /** Exports of another module, analysing it if needed; null while it is being analysed (a cycle). */
  moduleExports(file: string, requester: string): ModuleExports | null;
  /** Stop analysing when this returns true (time budget). */
  overBudget(): boolean;
}

const CLEAN_METHODS = new Set([
  "length", "includes", "startsWith", "endsWith", "indexOf", "lastIndexOf", "test", "has", "some", "every",
  "localeCompare", "search", "findIndex", "getTime", "valueOf_", "size", "isArray", "hasOwnProperty", "exec_", "charCodeAt", "codePointAt",
]);

const SANITIZER_NAME_RE = /^(sanitize|escape|encode|clean|strip|purify|validate|safe)[A-Z_]?|Sanitiz|Escape/;

export class ModuleAnalyzer implements Evaluator {
  readonly facts: Fact[] = [];
  readonly exports: ModuleExports = { names: new Map(), cjsDefault: false };
  /** Modules whose exports this analysis read (for incremental re-analysis). */
  readonly dependencies = new Set<string>();
  readonly summaries = new Map<Node, Summary>();
  private readonly inProgress = new Set<Node>();
  readonly analysedConcretely = new Set<Node>();
  private readonly moduleScope: Scope;
  private readonly moduleEnv = new Env(null);
  readonly jsonParses = new Map<Node, { fact: Fact; validated: boolean }>();
  useServerFile = false;
  readonly pendingFunctions: { fn: FnNode; closure: Closure; self?: Val }[] = [];
  /** React state declared with useState, by setter binding. */
  readonly stateCells = new Map<Binding, StateCell>();
  private readonly exportedLocal: { local: string; exported: string }[] = [];
  private readonly importCache = new Map<Binding, Val>();
  /** Names for anonymous functions, from the declarator or property that holds them. */
  private readonly fnNames = new Map<Node, string>();
  /** Top-level declarations under `export` (for route handlers and server actions). */
  readonly exportedDecls = new Set<Node>();
  aborted = false;
  /** A helper chain went deeper than MAX_DEPTH: some flows through it may be missing. */
  depthLimited = false;
  /** Route handlers and server actions, analysed after the module walk (see run()). */
  readonly deferredHandlers: (() => void)[] = [];

  constructor(
    readonly file: string,
    readonly text: string,
    readonly ast: TSESTree.Program,
    readonly host: ModuleHost,
  ) {
    this.moduleScope = new Scope(null, ast);
  }

  get models(): ModelIndex {
    return this.host.models;
  }

  // ---------------------------------------------------------------- entry point

  run(): void {
    const ast = this.ast;
    const frame: Frame = {
      fn: ast, scope: this.moduleScope, env: this.moduleEnv, self: null, returns: [], paramSinks: [],
      effects: [], approvals: false, symbolic: false, name: "<module>", depth: 0,
    };
    this.useServerFile = ast.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server");
    for (const s of ast.body) if ((s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration") && s.declaration) this.exportedDecls.add(s.declaration);
    for (const s of ast.body) {
      if (s.type === "ImportDeclaration") this.declareImport(s);
      if (s.type === "TSImportEqualsDeclaration" && s.moduleReference.type === "TSExternalModuleReference") {
        const src = s.moduleReference.expression;
        if (src.type === "Literal") this.moduleScope.declare(s.id.name, "import", s, { source: String(src.value), imported: "*cjs" });
      }
    }
    hoistVars(ast, this.moduleScope);
    declareLexical(ast.body, this.moduleScope);
    this.initFunctionBindings(ast.body, frame);
    this.walkStatements(ast.body, frame);
    // Summaries bottom-up where declaration order allows (helpers are usually declared after
    // their callers), so long helper chains need no deep recursion; then the handlers.
    for (let i = this.pendingFunctions.length - 1; i >= 0 && !this.aborted; i--) {
      const p = this.pendingFunctions[i];
      if (p.fn.type === "FunctionDeclaration" && !this.summaries.has(p.fn) && !this.exportedDecls.has(p.fn)) this.summaryOf({ node: p.fn, closure: p.closure, self: p.self });
    }
    for (const h of this.deferredHandlers) if (!this.aborted) h();
    for (const { local, exported } of this.exportedLocal) {
      const b = this.moduleScope.lookup(local);
      if (b) this.exports.names.set(exported, this.readBinding(b, frame, null));
    }
    // Functions never called nor registered as handlers are still analysed once, symbolically,
    // so flows inside them are found and exports have summaries.
    for (let i = 0; i < this.pendingFunctions.length && !this.aborted; i++) {
      const p = this.pendingFunctions[i];
      if (!this.summaries.has(p.fn) && !this.analysedConcretely.has(p.fn)) this.summaryOf({ node: p.fn, closure: p.closure, self: p.self });
    }
    for (const j of this.jsonParses.values()) if (!j.validated) this.facts.push(j.fact);
    for (const k of findKeys(this.text)) {
      this.facts.push({ type: "key-literal", file: this.file, start: k.start, end: k.end, provider: k.provider, key: k.key });
    }
  }

  // ---------------------------------------------------------------- imports and bindings

  private declareImport(s: TSESTree.ImportDeclaration): void {
    const source = String(s.source.value);
    for (const spec of s.specifiers) {
      const imported = spec.type === "ImportDefaultSpecifier" ? "default"
        : spec.type === "ImportNamespaceSpecifier" ? "*"
        : spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value);
      this.moduleScope.declare(spec.local.name, "import", spec, { source, imported });
    }
  }

  private normaliseModule(source: string): string {
    return source.startsWith("node:") ? source.slice(5) : source;
  }

  /** The value an import binding stands for: a reference into a package, or another module's export. */
  importValue(b: Binding): Val {
    const cached = this.importCache.get(b);
    if (cached) return cached;
    const { source, imported } = b.importFrom!;
    let v: Val;
    if (source.startsWith(".") || source.startsWith("/")) v = this.localModuleValue(source, imported);
    else {
      const mod = this.normaliseModule(source);
      v = { ...CLEAN, ref: imported === "*" || imported === "default" || imported === "*cjs" ? `${mod}:` : `${mod}:${imported}` };
    }
    this.importCache.set(b, v);
    return v;
  }

  private localModuleValue(source: string, imported: string): Val {
    const target = this.host.resolveModule(this.file, source);
    if (!target) return { ...CLEAN, ref: `?:${imported === "*" || imported === "default" ? "module" : imported}` };
    this.dependencies.add(target);
    const ex = this.host.moduleExports(target, this.file);
    if (!ex) return { ...CLEAN, ref: `file:${target}:${imported}` };
    if (imported === "*" || (imported === "*cjs" && !ex.cjsDefault)) return { ...CLEAN, fields: new Map(ex.names) };
    if (imported === "*cjs" || (imported === "default" && ex.cjsDefault)) return ex.names.get("default") ?? { ...CLEAN, fields: new Map(ex.names) };
    return ex.names.get(imported) ?? ex.names.get("default")?.fields?.get(imported) ?? CLEAN;
  }

  readBinding(b: Binding, frame: Frame, id: TSESTree.Identifier | null): Val {
    const v = frame.env.get(b);
    if (v) return v;
    if (b.kind === "import") return this.importValue(b);
    if (id && b.kind === "function" && isFunction(b.node)) return this.fnValue(b.node, frame);
    return CLEAN;
  }

  private initFunctionBindings(stmts: readonly Node[], frame: Frame): void {
    for (const s0 of stmts) {
      const s = s0.type === "ExportNamedDeclaration" || s0.type === "ExportDefaultDeclaration" ? s0.declaration : s0;
      if (s && s.type === "FunctionDeclaration" && s.id) {
        const b = frame.scope.lookup(s.id.name);
        if (b) frame.env.vars.set(b, this.fnValue(s, frame));
      }
    }
  }

  private fnValue(node: FnNode, frame: Frame): Val {
    const closure: Closure = { module: this, scope: frame.scope, env: frame.env };
    const fn: FunctionRef = { node, closure, self: frame.self ?? undefined };
    if (!this.pendingFunctions.some((p) => p.fn === node)) this.pendingFunctions.push({ fn: node, closure, self: frame.self ?? undefined });
    return { ...CLEAN, fn };
  }

  // ---------------------------------------------------------------- statements

  /** Walks statements in order; returns true when control always leaves (return/throw/...). */
  walkStatements(stmts: readonly Node[], frame: Frame): boolean {
    for (const s of stmts) {
      if (this.aborted) return false;
      if (this.walkStatement(s, frame)) return true;
    }
    return false;
  }

  private inBlock(stmts: readonly Node[], frame: Frame): boolean {
    const scope = new Scope(frame.scope, frame.scope.owner);
    declareLexical(stmts, scope);
    const inner: Frame = { ...frame, scope };
    this.initFunctionBindings(stmts, inner);
    return this.walkStatements(stmts, inner);
  }

  private walkStatement(s: Node, frame: Frame): boolean {
    switch (s.type) {
      case "VariableDeclaration":
        for (const d of s.declarations) {
          if (d.init && d.id.type === "Identifier" && (d.init.type === "ArrowFunctionExpression" || d.init.type === "FunctionExpression")) this.fnNames.set(d.init, d.id.name);
          const v = d.init ? this.evalExpr(d.init, frame) : CLEAN;
          if (d.init || s.kind !== "var") this.assignPattern(d.id, d.init ? step(v, this.file, d.id, `assigned to \`${short(this.src(d.id))}\``) : v, frame);
          if (d.init) declareStateCell(this, d.id, d.init, frame);
        }
        return false;
      case "ExpressionStatement":
        this.evalExpr(s.expression, frame);
        return false;
      case "ReturnStatement": {
        if (s.argument) {
          const v = this.evalExpr(s.argument, frame);
          frame.returns.push(v);
        }
        return true;
      }
      case "ThrowStatement":
        this.evalExpr(s.argument, frame);
        return true;
      case "BreakStatement": case "ContinueStatement":
        return true;
      case "BlockStatement":
        return this.inBlock(s.body, frame);
      case "IfStatement":
        return this.walkIf(s, frame);
      case "ForStatement": {
        const scope = new Scope(frame.scope, frame.scope.owner);
        if (s.init && s.init.type === "VariableDeclaration") declareLexical([s.init], scope);
        const inner: Frame = { ...frame, scope };
        if (s.init) s.init.type === "VariableDeclaration" ? this.walkStatement(s.init, inner) : this.evalExpr(s.init, inner);
        this.loop(inner, () => {
          if (s.test) this.evalExpr(s.test, inner);
          this.walkStatement(s.body, inner);
          if (s.update) this.evalExpr(s.update, inner);
        });
        return false;
      }
      case "ForOfStatement": case "ForInStatement": {
        const scope = new Scope(frame.scope, frame.scope.owner);
        if (s.left.type === "VariableDeclaration") declareLexical([s.left], scope);
        const inner: Frame = { ...frame, scope };
        const right = this.evalExpr(s.right, inner);
        const elem = s.type === "ForInStatement" ? CLEAN : step(this.elementOf(right), this.file, s.left, "iterated here");
        const target = s.left.type === "VariableDeclaration" ? s.left.declarations[0].id : s.left;
        this.loop(inner, () => {
          this.assignPattern(target, elem, inner);
          this.walkStatement(s.body, inner);
        });
        return false;
      }
      case "WhileStatement": case "DoWhileStatement":
        this.loop(frame, () => {
          this.evalExpr(s.test, frame);
          this.walkStatement(s.body, frame);
        });
        return false;
      case "TryStatement": {
        const exits = this.walkStatement(s.block, frame);
        let handlerExits = true;
        if (s.handler) {
          const scope = new Scope(frame.scope, frame.scope.owner);
          for (const id of patternNames(s.handler.param)) scope.declare(id.name, "catch", id);
          handlerExits = this.walkStatement(s.handler.body, { ...frame, scope });
        }
        const finExits = s.finalizer ? this.walkStatement(s.finalizer, frame) : false;
        return finExits || (exits && handlerExits && !!s.handler);
      }
      case "SwitchStatement":
        return this.walkSwitch(s, frame);
      case "LabeledStatement":
        return this.walkStatement(s.body, frame);
      case "FunctionDeclaration":
        maybeRouteHandler(this, s, frame);
        return false;
      case "ClassDeclaration":
        this.evalClass(s, frame);
        return false;
      case "ExportNamedDeclaration": case "ExportDefaultDeclaration": case "ExportAllDeclaration": case "TSExportAssignment":
        return this.walkExport(s, frame);
      case "TSModuleDeclaration":
        if (s.body && s.body.type === "TSModuleBlock") this.inBlock(s.body.body, frame);
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
  private walkExport(s: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration | TSESTree.ExportAllDeclaration | TSESTree.TSExportAssignment, frame: Frame): boolean {
    switch (s.type) {
      case "ExportNamedDeclaration":
        if (s.declaration) {
          this.walkStatement(s.declaration, frame);
          const d = s.declaration;
          if (d.type === "VariableDeclaration") for (const decl of d.declarations) for (const id of patternNames(decl.id)) this.exportedLocal.push({ local: id.name, exported: id.name });
          else if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration" || d.type === "TSEnumDeclaration") && d.id) this.exportedLocal.push({ local: d.id.name, exported: d.id.name });
        } else if (s.source) {
          const target = this.host.resolveModule(this.file, String(s.source.value));
          for (const spec of s.specifiers) {
            const local = idName(spec.local);
            const exported = idName(spec.exported);
            this.exports.names.set(exported, target ? this.localModuleValue(String(s.source.value), local) : { ...CLEAN, ref: `${this.normaliseModule(String(s.source.value))}:${local}` });
          }
        } else {
          for (const spec of s.specifiers) {
            const local = idName(spec.local);
            const exported = idName(spec.exported);
            this.exportedLocal.push({ local, exported });
          }
        }
        return false;
      case "ExportDefaultDeclaration": {
        const d = s.declaration;
        let v: Val;
        if (d.type === "FunctionDeclaration") {
          v = d.id ? this.readBinding(frame.scope.lookup(d.id.name)!, frame, d.id) : this.fnValue(d, frame);
        } else if (d.type === "ClassDeclaration") v = this.evalClass(d, frame);
        else if (d.type === "TSInterfaceDeclaration" || d.type === "TSDeclareFunction") v = CLEAN;
        else v = this.evalExpr(d as Expr, frame);
        this.exports.names.set("default", v);
        return false;
      }
      case "ExportAllDeclaration": {
        const target = this.host.resolveModule(this.file, String(s.source.value));
        if (target) {
          this.dependencies.add(target);
          const ex = this.host.moduleExports(target, this.file);
          if (ex) {
            if (s.exported) this.exports.names.set(idName(s.exported), { ...CLEAN, fields: new Map(ex.names) });
            else for (const [k, v] of ex.names) if (k !== "default" && !this.exports.names.has(k)) this.exports.names.set(k, v);
          }
        }
        return false;
      }
      case "TSExportAssignment":
        this.exports.names.set("default", this.evalExpr(s.expression, frame));
        this.exports.cjsDefault = true;
        return false;
      default:
        return false;
    }
  }

  private loop(frame: Frame, body: () => void): void {
    // Twice, so values assigned late in the body reach uses early in it.
    const before = new Map(frame.env.vars);
    body();
    body();
    for (const [b, v] of before) {
      const now = frame.env.vars.get(b);
      if (now && now !== v) frame.env.vars.set(b, join(v, now));
    }
  }

  private walkIf(s: TSESTree.IfStatement, frame: Frame): boolean {
    this.evalExpr(s.test, frame);
    const g = guard(this, s.test, frame);
    return this.mergeBranches(frame, [
      { narrow: g.whenTrue, run: (f) => this.walkStatement(s.consequent, f) },
      { narrow: g.whenFalse, run: (f) => (s.alternate ? this.walkStatement(s.alternate, f) : false) },
    ]);
  }

  /** Runs alternative branches on overlays of the environment and joins what they assign. */
  private mergeBranches(frame: Frame, branches: { narrow: Narrowing[]; run: (f: Frame) => boolean }[]): boolean {
    const outcomes: { env: Env; exits: boolean }[] = [];
    for (const br of branches) {
      const env = new Env(frame.env);
      for (const n of br.narrow) applyNarrowing(this, env, n, frame);
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
      for (const n of branches[idx].narrow) applyNarrowing(this, frame.env, n, frame);
    }
    return live.length === 0;
  }

  private walkSwitch(s: TSESTree.SwitchStatement, frame: Frame): boolean {
    this.evalExpr(s.discriminant, frame);
    const d = unwrap(s.discriminant);
    const binding = d.type === "Identifier" ? frame.scope.lookup(d.name) : undefined;
    const branches = s.cases.map((c, i) => ({
      narrow: binding && c.test && c.test.type === "Literal" && typeof c.test.value === "string" ? [{ binding, value: constant(c.test.value) }] : [],
      run: (f: Frame) => {
        // fall-through: a case runs into the next until one exits
        for (let j = i; j < s.cases.length; j++) if (this.walkStatements(s.cases[j].consequent, f)) return true;
        return false;
      },
    }));
    if (!s.cases.some((c) => !c.test)) branches.push({ narrow: [], run: () => false });
    return this.mergeBranches(frame, branches);
  }

  // ---------------------------------------------------------------- assignment

  private assignPattern(target: Node, v: Val, frame: Frame, valueNode?: Node): void {
    switch (target.type) {
      case "Identifier": {
        const b = frame.scope.lookup(target.name);
        if (b) frame.env.vars.set(b, v);
        return;
      }
      case "ObjectPattern": {
        const used: string[] = [];
        for (const p of target.properties) {
          if (p.type === "RestElement") {
            // The rest cannot hold the keys taken out before it (a spread of it cannot set them).
            const rest = derived(v).t || derived(v).p ? derived(v) : v;
            this.assignPattern(p.argument, isTainted(rest) && !rest.fields && used.length ? { ...rest, omits: [...used] } : rest, frame);
            continue;
          }
          const name = keyName(p);
          if (name) used.push(name);
          const fv = name !== null ? this.readMember(v, name, p.key, frame, name) : derived(v);
          this.assignPattern(p.value, fv, frame);
        }
        return;
      }
      case "ArrayPattern":
        target.elements.forEach((el, i) => {
          if (!el) return;
          if (el.type === "RestElement") this.assignPattern(el.argument, v, frame);
          else this.assignPattern(el, v.elems && v.elems[i] ? v.elems[i] : this.elementOf(v), frame);
        });
        return;
      case "AssignmentPattern": {
        const def = isTainted(v) || v.fields || v.ref || v.fn || v.str !== undefined ? v : join(v, this.evalExpr(target.right, frame));
        this.assignPattern(target.left, def, frame);
        return;
      }
      case "RestElement":
        this.assignPattern(target.argument, v, frame);
        return;
      case "MemberExpression":
        this.assignMember(target, v, frame, valueNode);
        return;
      case "TSParameterProperty":
        this.assignPattern(target.parameter, v, frame);
        return;
      default:
        return;
    }
  }

  private assignMember(target: TSESTree.MemberExpression, v: Val, frame: Frame, valueNode?: Node): void {
    const name = propName(target);
    const obj = unwrap(target.object);
    // module.exports = ..., exports.x = ..., module.exports.x = ...
    if (obj.type === "Identifier" && obj.name === "module" && name === "exports" && !frame.scope.lookup("module")) {
      this.exports.names.set("default", v);
      this.exports.cjsDefault = true;
      if (v.fields) for (const [k, fv] of v.fields) this.exports.names.set(k, fv);
      return;
    }
    if (name && ((obj.type === "Identifier" && obj.name === "exports" && !frame.scope.lookup("exports"))
      || (obj.type === "MemberExpression" && unwrap(obj.object).type === "Identifier" && (unwrap(obj.object) as TSESTree.Identifier).name === "module" && propName(obj) === "exports"))) {
      this.exports.names.set(name, v);
      const def = this.exports.names.get("default");
      if (def && def.fields) def.fields.set(name, v);
      return;
    }
    const base = this.evalExpr(target.object, frame);
    if (name) {
      const ref = this.refOf(base, target.object);
      if (ref) {
        for (const row of this.models.find(`${memberRef(ref, name)}=`, "sink")) checkSink(this, v, row.sink, valueNode ?? target, frame, { api: `.${name}`, channel: name });
      }
      // Field-sensitive store on objects we track (object literals, `this`).
      if (base.fields) base.fields.set(name, base.fields.has(name) && frame.depth > 0 && base !== frame.self ? join(base.fields.get(name)!, v) : v);
      else if (obj.type === "Identifier") {
        const b = frame.scope.lookup(obj.name);
        if (b && (b.kind === "const" || b.kind === "let" || b.kind === "var")) frame.env.vars.set(b, { ...base, fields: new Map([[name, v]]) });
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  src(n: Node): string {
    return this.text.slice(n.range[0], n.range[1]);
  }

  evalExpr(e: Node, frame: Frame): Val {
    switch (e.type) {
      case "Literal": {
        if (typeof e.value === "string") {
          const v = constant(e.value);
          if (e.value.length >= 20 && KEY_PREFIX_RE.test(e.value) && findKeys(e.value).length) {
            return { ...v, t: Taint.Secret, trail: { file: this.file, start: e.range[0], end: e.range[1], description: "API key literal", prev: null } };
          }
          return v;
        }
        return CLEAN;
      }
      case "Identifier": return this.evalIdentifier(e, frame);
      case "TemplateLiteral": return evalTemplate(this, e, frame);
      case "TaggedTemplateExpression": return this.evalTagged(e, frame);
      case "BinaryExpression": {
        const l = this.evalExpr(e.left, frame);
        const r = this.evalExpr(e.right, frame);
        if (e.operator !== "+") return CLEAN;
        return concat(this, l, r, e, frame);
      }
      case "LogicalExpression": {
        const l = this.evalExpr(e.left, frame);
        const r = this.evalExpr(e.right, frame);
        return e.operator === "&&" ? r : join(l, r);
      }
      case "ConditionalExpression": {
        this.evalExpr(e.test, frame);
        const g = guard(this, e.test, frame);
        const withNarrow = (ns: Narrowing[], x: Node) => {
          if (!ns.length) return this.evalExpr(x, frame);
          const env = new Env(frame.env);
          for (const n of ns) applyNarrowing(this, env, n, frame);
          return this.evalExpr(x, { ...frame, env });
        };
        return join(withNarrow(g.whenTrue, e.consequent), withNarrow(g.whenFalse, e.alternate));
      }
      case "AssignmentExpression": {
        const r = this.evalExpr(e.right, frame);
        if (e.operator === "=") {
          this.assignPattern(e.left, step(r, this.file, e.left, `assigned to \`${short(this.src(e.left))}\``), frame, e.right);
          return r;
        }
        const l = this.evalExpr(e.left, frame);
        const v = e.operator === "+=" ? concat(this, l, r, e, frame) : e.operator === "||=" || e.operator === "??=" || e.operator === "&&=" ? join(l, r) : CLEAN;
        this.assignPattern(e.left, step(v, this.file, e.left, `appended to \`${short(this.src(e.left))}\``), frame);
        return v;
      }
      case "MemberExpression": {
        const base = this.evalExpr(e.object, frame);
        const name = propName(e);
        if (name === null) {
          this.evalExpr(e.property, frame);
          if (base.elems && base.elems.length) return this.elementOf(base);
          if (base.fields && !isTainted(base)) return flatten(base);
          return derived(base);
        }
        return this.readMember(base, name, e, frame, null, e.object);
      }
      case "ChainExpression": return this.evalExpr(e.expression, frame);
      case "TSAsExpression": case "TSNonNullExpression": case "TSSatisfiesExpression": case "TSTypeAssertion": case "TSInstantiationExpression":
        return this.evalExpr(e.expression, frame);
      case "AwaitExpression": return this.evalExpr(e.argument, frame);
      case "CallExpression": return this.evalCall(e, frame);
      case "NewExpression": return this.evalCall(e, frame);
      case "ObjectExpression": return this.evalObject(e, frame);
      case "ArrayExpression": {
        const elems: Val[] = [];
        for (const el of e.elements) {
          if (!el) continue;
          if (el.type === "SpreadElement") {
            const sv = this.evalExpr(el.argument, frame);
            if (sv.elems) elems.push(...sv.elems);
            else elems.push({ ...sv, spread: true } as Val);
          } else elems.push(this.evalExpr(el, frame));
        }
        return { ...CLEAN, elems };
      }
      case "ArrowFunctionExpression": case "FunctionExpression":
        return this.fnValue(e, frame);
      case "ClassExpression": return this.evalClass(e, frame);
      case "SequenceExpression": {
        let v = CLEAN;
        for (const x of e.expressions) v = this.evalExpr(x, frame);
        return v;
      }
      case "UnaryExpression": this.evalExpr(e.argument, frame); return CLEAN;
      case "UpdateExpression": return CLEAN;
      case "ThisExpression": return frame.self ?? CLEAN;
      case "MetaProperty": return { ...CLEAN, ref: `global:${e.meta.name}.${e.property.name}` };
      case "ImportExpression": {
        const v = this.evalExpr(e.source, frame);
        checkSink(this, v, "code", e.source, frame, { api: "import()" });
        if (e.source.type === "Literal") {
          const spec = String(e.source.value);
          return spec.startsWith(".") ? this.localModuleValue(spec, "*") : { ...CLEAN, ref: `${this.normaliseModule(spec)}:` };
        }
        return CLEAN;
      }
      case "YieldExpression": {
        const v = e.argument ? this.evalExpr(e.argument, frame) : CLEAN;
        frame.returns.push(v);
        return CLEAN;
      }
      case "JSXElement": case "JSXFragment": this.evalJsx(e, frame); return CLEAN;
      case "SpreadElement": return this.evalExpr(e.argument, frame);
      default:
        return CLEAN;
    }
  }

  private evalIdentifier(e: TSESTree.Identifier, frame: Frame): Val {
    if (e.name === "undefined") return CLEAN;
    const b = frame.scope.lookup(e.name);
    if (!b) {
      if (e.name === "window" || e.name === "globalThis" || e.name === "self") return { ...CLEAN, ref: "global:" };
      return { ...CLEAN, ref: `global:${e.name}` };
    }
    let v = this.readBinding(b, frame, e);
    // A credential by name (`apiToken`, `dbPassword`) that we cannot see the source of.
    if (!(v.t & Taint.Secret) && b.kind !== "param" && v.str === undefined && !v.fn && !v.ref && !v.fields && isSecretName(e.name)) {
      v = { ...v, t: v.t | Taint.Secret, trail: { file: this.file, start: e.range[0], end: e.range[1], description: `\`${e.name}\` holds a credential`, prev: v.trail } };
    }
    return v;
  }

  refOf(base: Val, node: Node): string | null {
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

  private readMember(base: Val, name: string, node: Node, frame: Frame, destructured: string | null, objectNode?: Node): Val {
    if (base.obj === "request") return this.source(Taint.Untrusted, node, `request data \`${short(this.src(node))}\` read here`);
    if (base.obj === "context") {
      if (name === "req" || name === "request") return { ...CLEAN, obj: "request" };
      if (name === "query" || name === "params" || name === "headers" || name === "cookies" || name === "body") return this.source(Taint.Untrusted, node, `request data \`${short(this.src(node))}\` read here`);
      return CLEAN;
    }
    if (base.obj === "prompt-template") {
      return { ...CLEAN, obj: "prompt-template", template: base.template, ref: `template.${name}` };
    }
    const field = base.fields?.get(name);
    if (base === frame.self && frame.symbolic && (!field || !(field.fn || field.ref || field.obj || field.template || field.str !== undefined || field.fields || field.elems))) {
      // `this.x` in a method summary stands for whatever the instance's constructor stored there.
      const k = fieldIndex(base, name);
      if (k >= 0) return { t: 0, p: 1 << (FIELD_BASE + k), san: 0, trail: { file: this.file, start: node.range[0], end: node.range[1], description: `field \`this.${name}\``, prev: null } };
    }
    if (field) return field;
    if (name === "length") return CLEAN;
    const ref = base.ref ?? (objectNode ? this.refOf(base, objectNode) : null);
    let out: Val;
    if (isTainted(base)) {
      out = { t: base.t, p: base.p, san: base.san, trail: base.trail, parsedJson: base.parsedJson, undelimited: base.undelimited, envelope: base.envelope };
    } else if (base.elems && /^\d+$/.test(name)) {
      return base.elems[Number(name)] ?? this.elementOf(base);
    } else out = CLEAN;
    if (ref) {
      const r = memberRef(ref, name);
      out = out === CLEAN ? { ...CLEAN, ref: r } : { ...out, ref: r };
      if (ref === "global:process.env" || ref === "global:import.meta.env") return envRead(this, name, node, out);
      const roots = this.models.readRoots;
      if (roots.has("*") || roots.has(r.slice(0, r.indexOf(":")))) for (const row of this.models.find(r, "source")) {
        if (row.read) out = join(out, this.source(taintBit(row.taint), node, `${labelOf(row.taint)} \`${short(this.src(node))}\` read here`));
      }
    }
    if (!(out.t & Taint.Secret) && isSecretName(name) && !base.ref?.startsWith("global:") && (objectNode || destructured)) {
      out = { ...out, t: out.t | Taint.Secret, trail: { file: this.file, start: node.range[0], end: node.range[1], description: `\`${short(this.src(node))}\` holds a credential`, prev: out.trail } };
    }
    return out;
  }

  source(t: number, node: Node, description: string): Val {
    return { t, p: 0, san: 0, trail: { file: this.file, start: node.range[0], end: node.range[1], description, prev: null } };
  }

  private elementOf(v: Val): Val {
    if (v.elems && v.elems.length) {
      let out = v.elems[0];
      for (let i = 1; i < v.elems.length; i++) out = join(out, v.elems[i]);
      return isTainted(v) ? join(out, derived(v)) : out;
    }
    return derived(v);
  }

  private evalTagged(e: TSESTree.TaggedTemplateExpression, frame: Frame): Val {
    const tag = this.evalExpr(e.tag, frame);
    const ref = this.refOf(tag, e.tag);
    const vals = e.quasi.expressions.map((x) => this.evalExpr(x, frame));
    if (ref) {
      for (const row of this.models.find(ref, "sink")) {
        e.quasi.expressions.forEach((x, i) => checkSink(this, vals[i], row.sink, x, frame, { api: short(this.src(e.tag)) }));
      }
      recordEffects(this, ref, e, frame);
    }
    // sql`...`, Prisma.sql`...`, $queryRaw`...`: tagged templates parameterise their values.
    if (ref && /(^|[.:])(sql|raw|\$queryRaw|\$executeRaw|html|css|gql|graphql)$/i.test(ref)) return CLEAN;
    let out = CLEAN;
    for (const v of vals) out = join(out, derived(flatten(v)));
    return out;
  }

  private evalObject(e: TSESTree.ObjectExpression, frame: Frame): Val {
    const fields = new Map<string, Val>();
    const props = new Map<string, { file: string; node: TSESTree.Property }>();
    let extra = CLEAN;
    let hasCategory = false;
    for (const p of e.properties) if (p.type === "Property" && keyName(p) === "category") hasCategory = true;
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const sv = this.evalExpr(p.argument, frame);
        if (sv.fields) for (const [k, v] of sv.fields) fields.set(k, v);
        if (sv.props) for (const [k, v] of sv.props) props.set(k, v);
        else if (isTainted(sv)) extra = join(extra, sv);
        continue;
      }
      const name = keyName(p);
      if (p.computed && !(p.key.type === "Literal")) this.evalExpr(p.key, frame);
      const value = p.value;
      if (name && (value.type === "ArrowFunctionExpression" || value.type === "FunctionExpression")) this.fnNames.set(value, name);
      let v: Val;
      if (p.kind === "get" || p.kind === "set" || p.method) v = this.fnValue(value as FnNode, { ...frame });
      else v = this.evalExpr(value as Expr, frame);
      if (name === "threshold") checkSafetyThreshold(this, v, value, hasCategory, frame);
      if (name !== null) { fields.set(name, v); props.set(name, { file: this.file, node: p }); }
      else if (isTainted(v)) extra = join(extra, v);
    }
    const out: Val = { ...CLEAN, fields, props };
    if (isTainted(extra)) { out.t = extra.t; out.p = extra.p; out.trail = extra.trail; }
    return out;
  }

  private evalJsx(e: TSESTree.JSXElement | TSESTree.JSXFragment, frame: Frame): void {
    if (e.type === "JSXElement") {
      for (const attr of e.openingElement.attributes) {
        if (attr.type === "JSXSpreadAttribute") { this.evalExpr(attr.argument, frame); continue; }
        if (!attr.value || attr.value.type !== "JSXExpressionContainer" || attr.value.expression.type === "JSXEmptyExpression") continue;
        const v = this.evalExpr(attr.value.expression, frame);
        const name = attr.name.type === "JSXIdentifier" ? attr.name.name : "";
        if (name === "dangerouslySetInnerHTML") {
          const expr = unwrap(attr.value.expression);
          const htmlNode = expr.type === "ObjectExpression" ? expr.properties.find((p) => p.type === "Property" && keyName(p) === "__html") as TSESTree.Property | undefined : undefined;
          const html = v.fields?.get("__html") ?? v;
          checkSink(this, html, "html", htmlNode ? htmlNode.value : expr, frame, { api: "dangerouslySetInnerHTML", container: { start: attr.range[0], end: attr.range[1] } });
        }
      }
    }
    for (const c of e.children) {
      if (c.type === "JSXExpressionContainer") { if (c.expression.type !== "JSXEmptyExpression") this.evalExpr(c.expression, frame); }
      else if (c.type === "JSXElement" || c.type === "JSXFragment") this.evalJsx(c, frame);
      else if (c.type === "JSXSpreadChild") this.evalExpr(c.expression, frame);
    }
  }

  // ---------------------------------------------------------------- classes

  private evalClass(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, frame: Frame): Val {
    if (c.superClass) this.evalExpr(c.superClass, frame);
    const self: Val = { ...CLEAN, fields: new Map(), ref: c.id ? `?:${c.id.name}()` : undefined };
    const statics = new Map<string, Val>();
    const classVal: Val = { ...CLEAN, fields: statics, ref: c.id ? `?:${c.id.name}` : undefined, fn: undefined };
    const inner: Frame = { ...frame, self };
    let ctor: FnNode | null = null;
    const superName = c.superClass && unwrap(c.superClass).type === "Identifier" ? (unwrap(c.superClass) as TSESTree.Identifier).name : c.superClass && unwrap(c.superClass).type === "MemberExpression" ? propName(unwrap(c.superClass) as TSESTree.MemberExpression) : null;
    for (const m of c.body.body) {
      if (m.type === "MethodDefinition" && m.value.type === "FunctionExpression") {
        const name = keyName(m);
        if (name) this.fnNames.set(m.value, name);
        if (m.kind === "constructor") { ctor = m.value; continue; }
        const fv = this.fnValue(m.value, inner);
        if (name) (m.static ? statics : self.fields!).set(name, fv);
        // LangChain StructuredTool / Tool subclasses: `_call` receives model-chosen input.
        if (name === "_call" && superName && /Tool$/.test(superName)) analyseToolHandler(this, fv, m, `class ${c.id?.name ?? ""}`, false, frame, undefined);
      } else if (m.type === "PropertyDefinition" && m.value) {
        const name = keyName(m);
        const v = this.evalExpr(m.value, inner);
        if (name) (m.static ? statics : self.fields!).set(name, v);
      }
    }
    if (ctor) {
      const fn: FunctionRef = { node: ctor, closure: { module: this, scope: frame.scope, env: frame.env }, self };
      classVal.fn = fn;
      this.summaryOf(fn);
    }
    if (c.id && c.type === "ClassDeclaration") {
      const b = frame.scope.lookup(c.id.name);
      if (b) frame.env.vars.set(b, { ...classVal, fields: statics, instance: self } as Val);
    }
    return { ...classVal, instance: self } as Val;
  }

  summaryOf(fn: FunctionRef): Summary {
    const cached = this.summaries.get(fn.node);
    if (cached) return cached;
    const owner = (fn.closure as Closure).module;
    if (owner !== this) return owner.summaryOf(fn);
    if (this.inProgress.has(fn.node) || this.inProgress.size > MAX_DEPTH) {
      if (!this.inProgress.has(fn.node)) this.depthLimited = true;
      // Recursion: assume every parameter may reach the return value.
      return { ret: { ...CLEAN, p: (1 << MAX_PARAMS) - 1 }, sinks: [], effects: [], approvals: false, name: this.fnName(fn.node) };
    }
    this.inProgress.add(fn.node);
    const params = fn.node.params.map((p, i) => defaultParamValue(this, p, i, true));
    const res = this.analyseFunction(fn, params, true);
    this.inProgress.delete(fn.node);
    this.summaries.set(fn.node, res);
    return res;
  }

  /**
   * Analyses a function with known argument values (a route handler, a tool's execute, a
   * callback). An inline callback shares its enclosing frame's records, so parameters of the
   * enclosing function that it captures still reach the enclosing summary.
   */
  analyseConcrete(fn: FunctionRef, params: Val[], _name: string, parent?: Frame): Summary {
    const owner = (fn.closure as Closure).module;
    if (owner !== this) return owner.analyseConcrete(fn, params, _name);
    if (this.inProgress.has(fn.node) || this.inProgress.size > MAX_DEPTH) return { ret: CLEAN, sinks: [], effects: [], approvals: false, name: _name };
    this.analysedConcretely.add(fn.node);
    this.inProgress.add(fn.node);
    const full = fn.node.params.map((p, i) => (params[i] && (isTainted(params[i]) || params[i].obj || params[i].fields)) ? params[i] : defaultParamValue(this, p, i, false));
    const res = this.analyseFunction(fn, full, false, parent);
    this.inProgress.delete(fn.node);
    return res;
  }

  private fnName(node: Node): string {
    const n = node as FnNode;
    if ("id" in n && n.id) return n.id.name;
    return this.fnNames.get(node) ?? "function";
  }

  private analyseFunction(fn: FunctionRef, params: Val[], symbolic: boolean, parent?: Frame): Summary {
    const closure = fn.closure as Closure;
    const node = fn.node;
    const scope = new Scope(closure.scope, node);
    const env = new Env(closure.env);
    const frame: Frame = {
      fn: node, scope, env, self: fn.self ?? null, returns: [], paramSinks: parent ? parent.paramSinks : [], effects: parent ? parent.effects : [], approvals: false,
      symbolic: parent ? parent.symbolic : symbolic, name: this.fnName(node), depth: this.inProgress.size,
    };
    if (node.type === "FunctionExpression" && node.id) scope.declare(node.id.name, "function", node);
    for (const p of node.params) for (const id of patternNames(p)) scope.declare(id.name, "param", id);
    node.params.forEach((p, i) => this.assignPattern(p.type === "TSParameterProperty" ? p.parameter : p, params[i] ?? CLEAN, frame));
    for (const p of node.params) if (p.type === "TSParameterProperty" && fn.self?.fields) {
      const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
      if (id.type === "Identifier") fn.self.fields.set(id.name, params[node.params.indexOf(p)] ?? CLEAN);
    }
    if (node.body && node.body.type === "BlockStatement") {
      hoistVars(node.body, scope);
      declareLexical(node.body.body, scope);
      this.initFunctionBindings(node.body.body, frame);
      this.walkStatements(node.body.body, frame);
      if (this.stateCells.size) settleState(this, node, frame);
    } else if (node.body) {
      frame.returns.push(this.evalExpr(node.body, frame));
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
  private applyFunction(fn: FunctionRef, args0: Val[], argNodes0: readonly Node[], call: Node, frame: Frame, recv: Val | null = null): Val {
    if (frame.depth > MAX_DEPTH) return CLEAN;
    const s = this.summaryOf(fn);
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
        let trail: Trail | null = i >= FIELD_BASE ? arg.trail : { file: this.file, start: argNode.range[0], end: argNode.range[1], description: `passed to \`${fnName}()\`${owner !== this ? ` in ${owner.file.split("/").slice(-2).join("/")}` : ""}`, prev: arg.trail, anchor: true };
        for (const st of ps.steps) trail = { file: st.file, start: st.start, end: st.end, description: st.description, prev: trail };
        const detail = { ...ps.hit.detail, via: fnName, undelimited: ps.hit.detail.undelimited || arg.undelimited };
        if (arg.t) {
          this.facts.push({ ...ps.hit, detail, t: arg.t, trail, file: this.file, start: argNode.range[0], end: argNode.range[1] } as SinkHit);
        }
        if (arg.p && frame.symbolic) {
          frame.paramSinks.push({ sink: ps.sink, p: arg.p, steps: trailSteps(trail).filter((x) => !x.description.startsWith("parameter `")), hit: { ...ps.hit, detail } });
        }
      }
    }
    if (s.effects.length) frame.effects.push(...s.effects);
    if (s.approvals) frame.approvals = true;
    return this.substitute(s.ret, args, call, fnName, argNodes, 0, owner !== this);
  }

  /** A new object of a local class: the constructor's stores into `this`, with these arguments. */
  private instantiate(self: Val, args: Val[], argNodes: readonly Node[], call: Node, ctor: FunctionRef | null): Val {
    const fields = new Map<string, Val>();
    const name = self.ref?.replace(/^\?:|\(\)$/g, "") ?? "class";
    // Constructor arguments stored in fields: a flow through them is reported where they are passed.
    const crossFile = !!ctor;
    for (const [k, v] of self.fields ?? []) fields.set(k, ctor && v.p ? this.substitute(v, args, call, `new ${name}`, argNodes, 0, crossFile) : v);
    return { ...CLEAN, fields, ref: self.ref, classSelf: self } as Val;
  }

  private substitute(v: Val, args: Val[], call: Node, fnName: string, argNodes: readonly Node[], depth = 0, crossFile = false): Val {
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
          trail = { file: this.file, start: an.range[0], end: an.range[1], description: `passed to \`${fnName}()\``, prev: a.trail, anchor: crossFile };
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
      if (isTainted(out) && (t & ~v.t)) out = step(out, this.file, call, `returned from \`${fnName}()\``);
      else if (isTainted(out) && !v.t && trail !== v.trail) out = step(out, this.file, call, `returned from \`${fnName}()\``);
      if (!isTainted(out)) out = { ...out, undelimited: undefined };
    }
    if (depth < 3 && v.fields) {
      const fields = new Map<string, Val>();
      for (const [k, f] of v.fields) fields.set(k, this.substitute(f, args, call, fnName, argNodes, depth + 1, crossFile));
      out.fields = fields;
    }
    if (depth < 3 && v.elems) out.elems = v.elems.map((e) => this.substitute(e, args, call, fnName, argNodes, depth + 1, crossFile));
    return out;
  }

  // ---------------------------------------------------------------- calls

  private evalArgs(nodes: readonly Node[], frame: Frame): Val[] {
    const out: Val[] = [];
    for (const a of nodes) {
      if (a.type === "SpreadElement") {
        const v = this.evalExpr(a.argument, frame);
        if (v.elems) out.push(...v.elems);
        else out.push(derived(v));
      } else out.push(this.evalExpr(a, frame));
    }
    return out;
  }

  private evalCall(e: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Val {
    if (this.host.overBudget()) { this.aborted = true; return CLEAN; }
    const calleeNode = unwrap(e.callee);
    let recv: Val | null = null;
    let method: string | null = null;
    let callee: Val;
    if (calleeNode.type === "MemberExpression") {
      recv = this.evalExpr(calleeNode.object, frame);
      method = propName(calleeNode);
      if (method === null) this.evalExpr(calleeNode.property, frame);
      callee = method !== null ? this.readMember(recv, method, calleeNode, frame, null, calleeNode.object) : derived(recv);
      if (method !== null && !callee.ref && !callee.fn) {
        const r = this.refOf(recv, calleeNode.object);
        if (r) callee = { ...callee, ref: memberRef(r, method) };
      }
    } else if (calleeNode.type === "Super") {
      callee = CLEAN;
    } else {
      callee = this.evalExpr(calleeNode, frame);
    }
    const argNodes = e.arguments;
    // require("x") and import-equals resolve like imports.
    if (calleeNode.type === "Identifier" && calleeNode.name === "require" && !frame.scope.lookup("require") && argNodes[0]?.type === "Literal") {
      const spec = String((argNodes[0] as TSESTree.Literal).value);
      return spec.startsWith(".") ? this.localModuleValue(spec, "*cjs") : { ...CLEAN, ref: `${this.normaliseModule(spec)}:` };
    }
    const args = this.evalArgs(argNodes, frame);
    if (calleeNode.type === "Identifier" && this.stateCells.size && stateSetterCall(this, calleeNode, args, argNodes, frame)) return CLEAN;
    const ref = callee.ref ?? (calleeNode.type === "Identifier" ? `?:${calleeNode.name}` : null);
    // Serialising the whole environment (Object.entries(process.env), JSON.stringify(process.env)) carries every secret in it.
    if (args[0] && argNodes[0] && ref && /^(global:(Object\.(entries|values)|JSON\.stringify)|util:inspect)$/.test(ref)) args[0] = wholeEnv(this, args[0], argNodes[0]);
    // A schema method that only narrows (`.optional()`, `.describe()`): the result is the receiver's schema.
    const resultRef = ref && recv?.ref && SCHEMA_NARROWING_RE.test(ref) ? recv.ref : ref ? `${ref}()` : undefined;

    // Prompt templates (LangChain): binding variables, piping into a model.
    if (recv && recv.obj === "prompt-template" && method) return templateMethod(this, recv, method, args, argNodes, e, frame);

    // Local and imported functions: apply the summary.
    if (callee.fn && !(ref && this.models.lookup(ref).length)) {
      const instance = (callee as Val & { instance?: Val }).instance;
      const r = this.applyFunction(callee.fn, args, argNodes, e, frame, recv);
      if (e.type === "NewExpression" && instance) return this.instantiate(instance, args, argNodes, e, callee.fn);
      this.callbacks(args, argNodes, recv, method, frame);
      return r;
    }
    if (e.type === "NewExpression" && (callee as Val & { instance?: Val }).instance) return this.instantiate((callee as Val & { instance?: Val }).instance!, args, argNodes, e, null);

    let result: Val | null = null;
    let matched = false;
    if (ref) {
      const rows = this.models.lookup(ref);
      if (rows.length) {
        matched = true;
        result = applyRows(this, rows, ref, args, argNodes, e, frame, recv);
      }
      recordEffects(this, ref, e, frame, args, argNodes);
      if (APPROVAL_RE.test(method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""))) frame.approvals = true;
    }
    // Raw REST calls to a provider's endpoint are LLM calls too.
    if (ref === "global:fetch" || ref === "?:fetch") {
      const rest = providerFetch(this, args, argNodes, e, frame);
      if (rest) return rest;
    }
    // promisify(exec) behaves like exec.
    if (ref === "util:promisify" && args[0]) return args[0];
    if (ref === "global:JSON.parse") return jsonParse(this, args[0] ?? CLEAN, e, frame);
    if (ref === "global:JSON.stringify") {
      const a = args[0] ?? CLEAN;
      const f = flatten(a);
      return { ...derived(f), jsonOf: a.fields || a.elems ? a : undefined };
    }
    markValidated(this, method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""), args);
    this.callbacks(args, argNodes, recv, method, frame);
    if (result) return resultRef && !result.ref ? { ...result, ref: resultRef } : result;
    if (matched) return { ...CLEAN, ref: resultRef };
    if (method && /^(safeP|p)arse(Async)?$/.test(method) && calleeNode.type === "MemberExpression" && args[0] && isTainted(flatten(args[0]))) {
      const parsed = parsedShape(this, calleeNode.object, args[0], method, e, frame);
      if (parsed) return parsed;
    }

    // Built-in string and array methods.
    if (recv && method && !recv.obj && (!recv.ref || recv.ref.startsWith("?:"))) {
      const builtin = this.builtinMethod(recv, method, args, argNodes, e, frame, (calleeNode as TSESTree.MemberExpression).object);
      if (builtin) return resultRef && !isTainted(builtin) && !builtin.elems && !builtin.fields && builtin.str === undefined ? { ...builtin, ref: resultRef } : builtin;
    }
    const name = method ?? (calleeNode.type === "Identifier" ? calleeNode.name : "");
    // String(x) converts its argument; x.toString("utf8") its receiver (the argument is an encoding or radix).
    if (name === "String" && !recv) return derived(flatten(args[0] ?? CLEAN));
    if (name === "String" || name === "toString") return derived(flatten(recv ?? args[0] ?? CLEAN));
    if (CLEAN_METHODS.has(name)) return CLEAN;
    if (SANITIZER_NAME_RE.test(name)) return { ...CLEAN, ref: resultRef };
    // Unknown call: its result may carry what went in (receiver, arguments, a tainted callee like `req.json`).
    let out = recv && isTainted(recv) ? derived(recv) : CLEAN;
    // Response.json() parses a provider's envelope: what is inside is the model's own output.
    if (method === "json" && out.envelope) out = { ...out, envelope: undefined };
    if (isTainted(callee)) out = join(out, derived(callee));
    for (const a of args) if (!a.fn) out = join(out, derived(flatten(a)));
    if (resultRef && !isTainted(out)) return { ...CLEAN, ref: resultRef };
    return resultRef ? { ...out, ref: resultRef } : out;
  }

  /** Callbacks handed to calls we do not model are analysed in place, with their arguments. */
  private callbacks(args: Val[], argNodes: readonly Node[], recv: Val | null, method: string | null, frame: Frame): void {
    for (let i = 0; i < args.length; i++) {
      const fn = args[i].fn;
      if (!fn || this.analysedConcretely.has(fn.node) || this.summaries.has(fn.node)) continue;
      if (!isFunction(argNodes[i])) continue;
      let params: Val[] = [];
      if (recv && method && /^(then|finally)$/.test(method)) params = [recv];
      else if (recv && method && /^(map|forEach|filter|flatMap|find|some|every|reduce|reduceRight|sort|findLast)$/.test(method)) {
        const el = this.elementOf(recv);
        params = method.startsWith("reduce") ? [CLEAN, el] : [el];
      } else if (recv && method === "on" && isTainted(recv)) params = [derived(recv)];
      const s = this.analyseConcrete(fn, params, "callback", frame);
      void s;
    }
  }

  private builtinMethod(recv: Val, method: string, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, recvNode: Node): Val | null {
    switch (method) {
      case "push": case "unshift": {
        const n = unwrap(recvNode);
        const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
        const added = args.map((a, i) => step(a, this.file, argNodes[i] ?? call, `added to \`${short(this.src(recvNode))}\``));
        if (b) {
          const cur = frame.env.get(b) ?? recv;
          frame.env.vars.set(b, { ...cur, elems: [...(cur.elems ?? []), ...added].slice(0, 64) });
        } else if (recv.elems) recv.elems.push(...added);
        if (n.type === "MemberExpression" && frame.self && unwrap(n.object).type === "ThisExpression") {
          const name = propName(n);
          if (name && frame.self.fields) {
            const cur = frame.self.fields.get(name) ?? CLEAN;
            frame.self.fields.set(name, { ...cur, elems: [...(cur.elems ?? []), ...added].slice(0, 64) });
          }
        }
        return CLEAN;
      }
      case "concat": {
        let out: Val = { ...CLEAN, elems: [...(recv.elems ?? [])] };
        for (const a of args) {
          if (a.elems) out.elems!.push(...a.elems);
          else if (recv.elems) out.elems!.push(a);
          else out = concat(this, out, a, call, frame);
        }
        if (!recv.elems) { let s = recv.str !== undefined ? recv : derived(flatten(recv)); for (const a of args) s = concat(this, s, a, call, frame); return s; }
        return out;
      }
      case "join": {
        const parts = recv.elems ?? [];
        const f = flatten(recv);
        if (!isTainted(f)) return parts.every((p) => p.str !== undefined) && parts.length ? constant(parts.map((p) => p.str).join(typeof (argNodes[0] as TSESTree.Literal | undefined)?.value === "string" ? String((argNodes[0] as TSESTree.Literal).value) : ",")) : CLEAN;
        const out = step(derived(f), this.file, call, "joined into a string");
        const instr = parts.some((p) => p.str !== undefined && INSTRUCTION_RE.test(p.str));
        if (instr && parts.some((p) => p.t & (Taint.Untrusted | Taint.UntrustedLow) || p.p)) out.undelimited = true;
        return out;
      }
      case "map": case "flatMap": case "filter": case "slice": case "reverse": case "sort": case "toSorted": case "toReversed": case "flat": case "splice": case "values": case "entries": case "at": case "find": case "findLast": case "pop": case "shift": {
        if (method === "filter" || method === "slice" || method === "reverse" || method === "sort" || method === "toSorted" || method === "toReversed" || method === "splice") {
          return recv.elems ? { ...recv, elems: [...recv.elems] } : derived(recv);
        }
        if (method === "at" || method === "find" || method === "findLast" || method === "pop" || method === "shift") return this.elementOf(recv);
        if (method === "map" || method === "flatMap") {
          const fn = args[0]?.fn;
          if (fn && isFunction(argNodes[0])) {
            const s = this.analyseConcrete(fn, [this.elementOf(recv), CLEAN], "map callback", frame);
            return derived(join(s.ret, CLEAN));
          }
          return derived(recv);
        }
        return derived(recv);
      }
      case "then": case "catch": case "finally": {
        const fn = args[0]?.fn;
        if (method === "then" && fn && isFunction(argNodes[0])) {
          const s = this.analyseConcrete(fn, [recv], "then callback", frame);
          return s.ret;
        }
        return recv;
      }
      case "trim": case "trimStart": case "trimEnd": case "toLowerCase": case "toUpperCase": case "toLocaleLowerCase": case "toLocaleUpperCase":
      case "padStart": case "padEnd": case "substring": case "substr": case "normalize": case "repeat": case "toString": case "valueOf": case "charAt": case "split": case "replaceAll": case "replace": case "text": case "json": case "get": case "getAll": {
        if (method === "replace" || method === "replaceAll") {
          // A replacement that strips everything but a safe alphabet sanitises.
          const re = argNodes[0] ? regexOf(this, argNodes[0], frame) : null;
          if (re && /^\[\^[\w\\-]*\]\+?$/.test(re) && args[1]?.str === "") return CLEAN;
          return derived(join(flatten(recv), args[1] && !args[1].fn ? derived(args[1]) : CLEAN));
        }
        if (method === "json" && isTainted(recv)) return { ...derived(recv), envelope: undefined };
        return isTainted(recv) ? derived(recv) : null;
      }
      default:
        return null;
    }
  }
}

function fieldNames(self: Val): string[] {
  return ((self as Val & { fieldBits?: string[] }).fieldBits ??= []);
}

function fieldIndex(self: Val, name: string): number {
  const names = fieldNames(self);
  let k = names.indexOf(name);
  if (k < 0 && names.length < MAX_FIELDS) { names.push(name); k = names.length - 1; }
  return k;
}
