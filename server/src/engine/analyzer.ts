// The propagation pass: one walk over a module in program order, evaluating each expression
// to an abstract value (taint kinds, shape, API reference) and recording facts at sinks,
// tool definitions, JSON parses and settings. Functions get summaries (which parameters
// reach the return value, which reach which sink, what effects they have), computed on
// first use and reused at every call site, in this file or, through imports, in others.
// ModuleAnalyzer holds one module's state, its entry point and its imports; the pass itself is
// in eval/: functions of the Evaluator interface it implements, a core (statements, expressions,
// calls, summaries) and one module per concern (guards, LLM calls, React state, ...).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Closure, Env, type Evaluator, type Frame, type StateCell, type Summary } from "./eval/evaluator";
import { summaryOf } from "./eval/functions";
import { newReturnWalk } from "./eval/guard-wrappers";
import { exportedValue, exportsSoFar, isPendingExport, pendingExport } from "./eval/import-cycles";
import { dropWhereLlmCalled } from "./eval/named-instructions";
import { recordRegisteredToolSets } from "./eval/tool-sets";
import { recordClientPrompts } from "./eval/client-prompts";
import { evalTemplateSinks } from "./eval/component-templates";
import type { TemplateSink } from "./components";
import { walkStatements } from "./eval/statements";
import { type FnNode, isFunction, type Node } from "./eval/syntax";
import type { Fact } from "./facts";
import { findKeys } from "./keys";
import type { ModelIndex } from "./model";
import type { StoredWrite } from "./stored-data";
import { isLocalSpecifier, packageOfSpecifier } from "./module-resolution";
import { Binding, declareLexical, hoistVars, Scope } from "./scope";
import { CLEAN, type FunctionRef, type Val } from "./value";

export interface ModuleExports {
  names: Map<string, Val>;
  /** `module.exports = x` was assigned: `require()` returns names.get("default"). */
  cjsDefault: boolean;
  /** The module is still being analysed (an import cycle): what it exports so far (eval/import-cycles.ts). */
  partial?: boolean;
}

export interface ModuleHost {
  models: ModelIndex;
  /** Absolute path of a relative import inside the analysed root, or null. */
  resolveModule(fromFile: string, specifier: string): string | null;
  /** Exports of another module, analysing it if needed; while it is being analysed (a cycle), its exportsSoFar() or null. */
  moduleExports(file: string, requester: string): ModuleExports | null;
  /** Stop analysing when this returns true (time budget). */
  overBudget(): boolean;
  /** What the project's files wrote at, under or above a store path (stored-data.ts); absent: nothing is kept. */
  storedData?(path: string, reader: string): StoredWrite[];
}

export class ModuleAnalyzer implements Evaluator {
  readonly facts: Fact[] = [];
  readonly exports: ModuleExports = { names: new Map(), cjsDefault: false };
  /** Modules whose exports this analysis read (for incremental re-analysis). */
  readonly dependencies = new Set<string>();
  readonly summaries = new Map<Node, Summary>();
  readonly inProgress = new Set<Node>();
  readonly analysedConcretely = new Set<Node>();
  private readonly moduleScope: Scope;
  private readonly moduleEnv = new Env(null);
  readonly jsonParses = new Map<Node, { fact: Fact; validated: boolean; used: boolean }>();
  displayDepth = 0;
  jsonNotYetUsed = new Set<Node>();
  jsonPassOn = new Set<Node>();
  useServerFile = false;
  readonly pendingFunctions: { fn: FnNode; closure: Closure; self?: Val }[] = [];
  /** React state declared with useState, by setter binding. */
  readonly stateCells = new Map<Binding, StateCell>();
  readonly exportedLocal: { local: string; exported: string }[] = [];
  private readonly importCache = new Map<Binding, Val>();
  /** Names for anonymous functions, from the declarator or property that holds them. */
  readonly fnNames = new Map<Node, string>();
  /** Top-level declarations under `export` (for route handlers and server actions). */
  readonly exportedDecls = new Set<Node>();
  aborted = false;
  /** A helper chain went deeper than MAX_DEPTH: some flows through it may be missing. */
  depthLimited = false;
  /** Route handlers and server actions, analysed after the module walk (see run()). */
  readonly deferredHandlers: (() => void)[] = [];
  /** A Vue or Svelte component's HTML sinks in its template (components.ts), read after its script. */
  templateSinks: readonly TemplateSink[] = [];

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
      fn: ast, scope: this.moduleScope, env: this.moduleEnv, self: null, returns: [], walk: newReturnWalk(), paramSinks: [],
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
    walkStatements(this, ast.body, frame);
    // Summaries bottom-up where declaration order allows (helpers are usually declared after
    // their callers), so long helper chains need no deep recursion; then the handlers.
    for (let i = this.pendingFunctions.length - 1; i >= 0 && !this.aborted; i--) {
      const p = this.pendingFunctions[i];
      if (p.fn.type === "FunctionDeclaration" && !this.summaries.has(p.fn) && !this.exportedDecls.has(p.fn)) summaryOf(this, { node: p.fn, closure: p.closure, self: p.self });
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
      if (!this.summaries.has(p.fn) && !this.analysedConcretely.has(p.fn)) summaryOf(this, { node: p.fn, closure: p.closure, self: p.self });
    }
    if (this.templateSinks.length && !this.aborted) evalTemplateSinks(this, this.text, this.templateSinks, frame);
    for (const j of this.jsonParses.values()) if (!j.validated && j.used) this.facts.push(j.fact);
    recordRegisteredToolSets(this);
    dropWhereLlmCalled(this);
    recordClientPrompts(this);
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

  normaliseModule(source: string): string {
    return packageOfSpecifier(source);
  }

  /** The value an import binding stands for: a reference into a package, or another module's export. */
  importValue(b: Binding): Val {
    const cached = this.importCache.get(b);
    if (cached) return cached;
    const { source, imported } = b.importFrom!;
    const v = this.moduleValue(source, imported);
    // An export of a module still under analysis (a cycle) is asked again later.
    if (!isPendingExport(v)) this.importCache.set(b, v);
    return v;
  }

  /** What an import, require or import() of `source` gives: a project file's export (a tsconfig alias included), else a package reference. */
  moduleValue(source: string, imported: string): Val {
    if (isLocalSpecifier(source) || this.host.resolveModule(this.file, source)) return this.localModuleValue(source, imported);
    const mod = this.normaliseModule(source);
    return { ...CLEAN, ref: imported === "*" || imported === "default" || imported === "*cjs" ? `${mod}:` : `${mod}:${imported}` };
  }

  localModuleValue(source: string, imported: string): Val {
    const target = this.host.resolveModule(this.file, source);
    if (!target) return { ...CLEAN, ref: `?:${imported === "*" || imported === "default" ? "module" : imported}` };
    this.dependencies.add(target);
    const ex = this.host.moduleExports(target, this.file);
    if (!ex) return pendingExport(target, imported);
    return exportedValue(ex, target, imported);
  }

  /** While this module is analysed, what a module importing it in a cycle can already have. */
  exportsSoFar(): ModuleExports {
    return exportsSoFar(this.ast, this.moduleScope, this.moduleEnv, this.exports);
  }

  readBinding(b: Binding, frame: Frame, id: TSESTree.Identifier | null): Val {
    const v = frame.env.get(b);
    if (v) return v;
    if (b.kind === "import") return this.importValue(b);
    if (id && b.kind === "function" && isFunction(b.node)) return this.fnValue(b.node, frame);
    return CLEAN;
  }

  initFunctionBindings(stmts: readonly Node[], frame: Frame): void {
    for (const s0 of stmts) {
      const s = s0.type === "ExportNamedDeclaration" || s0.type === "ExportDefaultDeclaration" ? s0.declaration : s0;
      if (s && s.type === "FunctionDeclaration" && s.id) {
        const b = frame.scope.lookup(s.id.name);
        if (b) frame.env.vars.set(b, this.fnValue(s, frame));
      }
    }
  }

  fnValue(node: FnNode, frame: Frame): Val {
    const closure: Closure = { module: this, scope: frame.scope, env: frame.env, inSummary: frame.symbolic || undefined };
    const fn: FunctionRef = { node, closure, self: frame.self ?? undefined };
    if (!this.pendingFunctions.some((p) => p.fn === node)) this.pendingFunctions.push({ fn: node, closure, self: frame.self ?? undefined });
    return { ...CLEAN, fn };
  }

  // ---------------------------------------------------------------- expressions

  src(n: Node): string {
    return this.text.slice(n.range[0], n.range[1]);
  }
}
