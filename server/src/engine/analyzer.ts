// The propagation pass: one walk over a module in program order, evaluating each expression
// to an abstract value (taint kinds, shape, API reference) and recording facts at sinks,
// tool definitions, JSON parses and settings. Functions get summaries (which parameters
// reach the return value, which reach which sink, what effects they have), computed on
// first use and reused at every call site, in this file or, through imports, in others.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { BrowserClientFact, Fact, SinkHit, ToolFact } from "./facts";
import { findKeys, isPlaceholderKey, isSecretEnvName, isSecretName, KEY_PREFIX_RE, PUBLIC_ENV_RE } from "./keys";
import { READ_ONLY_PROGRAMS, READ_ONLY_SUBCOMMANDS } from "../models/agency";
import { SCHEMA_NARROWING_CALL, SCHEMA_NARROWING_METHODS } from "../models/node-core";
import { type ModelIndex, type ModelRow, patternRegex } from "./model";
import { Binding, declareLexical, hoistVars, patternNames, Scope } from "./scope";
import { packageResultCarriesArgs } from "./call-results";
import { Taint, type SinkKind } from "./types";
import {
  CLEAN, constant, derived, flatten, type FunctionRef, isTainted, join, SINK_BITS,
  sanitised, step, type TemplateInfo, type Trail, trailSteps, type Val,
} from "./value";

type Node = TSESTree.Node;
type Expr = TSESTree.Expression;
type FnNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

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

interface ParamSink {
  sink: SinkKind;
  p: number;
  steps: Trail[]; // from the parameter to the sink, oldest first (the parameter itself excluded)
  hit: Omit<SinkHit, "t" | "trail">;
}

interface Effect { effect: string; file: string; start: number; end: number }

interface Summary {
  ret: Val;
  sinks: ParamSink[];
  effects: Effect[];
  approvals: boolean;
  name: string;
}

class Env {
  readonly vars = new Map<Binding, Val>();
  constructor(readonly parent: Env | null) {}
  get(b: Binding): Val | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      const v = e.vars.get(b);
      if (v) return v;
    }
    return undefined;
  }
}

interface Frame {
  fn: Node;
  scope: Scope;
  env: Env;
  self: Val | null;
  returns: Val[];
  paramSinks: ParamSink[];
  effects: Effect[];
  approvals: boolean;
  symbolic: boolean;
  name: string;
  depth: number;
}

interface Closure { module: ModuleAnalyzer; scope: Scope; env: Env }

interface StateCell { state: Binding; owner: Node; value: Val; changed?: boolean }

const MAX_DEPTH = 48;
/** Parameter bits 0..19 stand for parameters; bits 20..29 for fields of `this` in class methods. */
const MAX_PARAMS = 20;
const FIELD_BASE = 20;
const MAX_FIELDS = 10;
const ROUTE_EXPORTS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const CLEAN_METHODS = new Set([
  "length", "includes", "startsWith", "endsWith", "indexOf", "lastIndexOf", "test", "has", "some", "every",
  "localeCompare", "search", "findIndex", "getTime", "valueOf_", "size", "isArray", "hasOwnProperty", "exec_", "charCodeAt", "codePointAt",
]);
const VALIDATOR_METHODS = new Set([
  "parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "assert", "is", "check", "decode",
  "cast", "create", "assertType", "assertEquals", "validateAsync", "spa", "Check", "Decode", "Parse",
]);
const APPROVAL_RE = /confirm|approv|askUser|askHuman|humanInTheLoop|requireHuman|interrupt|elicitInput|promptUser|waitForUser/i;
const SANITIZER_NAME_RE = /^(sanitize|escape|encode|clean|strip|purify|validate|safe)[A-Z_]?|Sanitiz|Escape/;
const SHELLS = new Set(["sh", "bash", "zsh", "/bin/sh", "/bin/bash", "cmd", "cmd.exe", "powershell", "pwsh", "/usr/bin/env"]);
/** Commands that only report state: a tool running one, with the program and subcommand fixed, acts on nothing. */
const LIFECYCLE_EVENTS = new Set(["connection", "connect", "disconnect", "close", "error", "open", "end", "ready", "listening", "drain", "finish", "exit"]);
const INSTRUCTION_RE = /[A-Za-z]{3,}[^A-Za-z]+[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}/;
const ROLE_INSTRUCTION = new Set(["system", "developer"]);

function isFunction(n: Node | null | undefined): n is FnNode {
  return !!n && (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression" || n.type === "FunctionDeclaration");
}

/** A tainted value known to be an array (see Val.array). */
function asArray(v: Val): Val {
  return isTainted(v) ? { ...v, array: true } : v;
}

/** A parameter declared as an array (`files: File[]`, `Array<T>`, `readonly T[]`). */
function isArrayTyped(p: Node): boolean {
  const id = p.type === "AssignmentPattern" ? p.left : p.type === "TSParameterProperty" ? p.parameter : p;
  let t = (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  if (t?.type === "TSTypeOperator" && t.operator === "readonly") t = t.typeAnnotation;
  if (!t) return false;
  return t.type === "TSArrayType" || t.type === "TSTupleType" || (t.type === "TSTypeReference" && t.typeName.type === "Identifier" && /^(Readonly)?Array$/.test(t.typeName.name));
}

function idName(n: TSESTree.Node): string {
  return n.type === "Identifier" ? n.name : n.type === "Literal" ? String(n.value) : "";
}

/** `schema.optional()`, `.describe()`, ...: a call that stands for its receiver schema. */
const SCHEMA_NARROWING_RE = patternRegex(SCHEMA_NARROWING_CALL);

/** `fs:` + `readFile` is `fs:readFile`; `openai:()` + `chat` is `openai:().chat`. */
function memberRef(base: string, name: string): string {
  return base.endsWith(":") ? base + name : `${base}.${name}`;
}

function propName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.computed && node.property.type === "Literal" && (typeof node.property.value === "string" || typeof node.property.value === "number")) return String(node.property.value);
  if (node.property.type === "PrivateIdentifier") return "#" + node.property.name;
  return null;
}

function keyName(p: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | null {
  if (!p.computed && p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "Literal") return String(p.key.value);
  if (p.key.type === "PrivateIdentifier") return "#" + p.key.name;
  return null;
}

function unwrap(e: Node): Node {
  while (e.type === "TSAsExpression" || e.type === "TSNonNullExpression" || e.type === "TSSatisfiesExpression" || e.type === "TSTypeAssertion" || e.type === "ChainExpression") e = e.expression;
  return e;
}

/** Text of a small expression for messages ("req.body.persona"), elided when long. */
function short(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? one.slice(0, 57) + "..." : one;
}

/** Instruction text and untrusted input passed where a helper splices them together without delimiters. */
function splicesUndelimited(pairs: [number, number][], args: Val[]): boolean {
  return pairs.some(([instr, value]) => {
    const text = args[instr] ? flatten(args[instr]) : CLEAN;
    const input = args[value] ? flatten(args[value]) : CLEAN;
    return text.str !== undefined && !isTainted(text) && INSTRUCTION_RE.test(text.str) && !!(input.t & (Taint.Untrusted | Taint.UntrustedLow));
  });
}

/** Does the text around `${expr}` delimit it (quotes, fences, XML-style tags)? */
function isDelimited(before: string, after: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (/("""|```|'''|"|'|`|\[|\(|<[\w-]+[^>]*>|\{)$/.test(b) && /^("""|```|'''|"|'|`|\]|\)|<\/[\w-]+>|\})/.test(a)) return true;
  if (/<[\w-]+[^>]*>\s*$/.test(before) || /-{3,}\s*$|={3,}\s*$|#{3,}\s*$/.test(b)) return true;
  return false;
}

export class ModuleAnalyzer {
  readonly facts: Fact[] = [];
  readonly exports: ModuleExports = { names: new Map(), cjsDefault: false };
  /** Modules whose exports this analysis read (for incremental re-analysis). */
  readonly dependencies = new Set<string>();
  private readonly summaries = new Map<Node, Summary>();
  private readonly inProgress = new Set<Node>();
  private readonly analysedConcretely = new Set<Node>();
  private readonly moduleScope: Scope;
  private readonly moduleEnv = new Env(null);
  private readonly jsonParses = new Map<Node, { fact: Fact; validated: boolean }>();
  private useServerFile = false;
  private readonly pendingFunctions: { fn: FnNode; closure: Closure; self?: Val }[] = [];
  /** React state declared with useState, by setter binding. */
  private readonly stateCells = new Map<Binding, StateCell>();
  private readonly exportedLocal: { local: string; exported: string }[] = [];
  private readonly importCache = new Map<Binding, Val>();
  /** Names for anonymous functions, from the declarator or property that holds them. */
  private readonly fnNames = new Map<Node, string>();
  /** Top-level declarations under `export` (for route handlers and server actions). */
  private readonly exportedDecls = new Set<Node>();
  aborted = false;
  /** A helper chain went deeper than MAX_DEPTH: some flows through it may be missing. */
  depthLimited = false;
  /** Route handlers and server actions, analysed after the module walk (see run()). */
  private readonly deferredHandlers: (() => void)[] = [];

  constructor(
    readonly file: string,
    readonly text: string,
    readonly ast: TSESTree.Program,
    readonly host: ModuleHost,
  ) {
    this.moduleScope = new Scope(null, ast);
  }

  private get models(): ModelIndex {
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
  private importValue(b: Binding): Val {
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

  private readBinding(b: Binding, frame: Frame, id: TSESTree.Identifier | null): Val {
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
  private walkStatements(stmts: readonly Node[], frame: Frame): boolean {
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
          if (d.init) this.declareStateCell(d.id, d.init, frame);
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
        this.maybeRouteHandler(s, frame);
        return false;
      case "ClassDeclaration":
        this.evalClass(s, frame);
        return false;
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
    const guard = this.guard(s.test, frame);
    return this.mergeBranches(frame, [
      { narrow: guard.whenTrue, run: (f) => this.walkStatement(s.consequent, f) },
      { narrow: guard.whenFalse, run: (f) => (s.alternate ? this.walkStatement(s.alternate, f) : false) },
    ]);
  }

  /** Runs alternative branches on overlays of the environment and joins what they assign. */
  private mergeBranches(frame: Frame, branches: { narrow: Narrowing[]; run: (f: Frame) => boolean }[]): boolean {
    const outcomes: { env: Env; exits: boolean }[] = [];
    for (const br of branches) {
      const env = new Env(frame.env);
      for (const n of br.narrow) this.applyNarrowing(env, n, frame);
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
      for (const n of branches[idx].narrow) this.applyNarrowing(frame.env, n, frame);
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

  // ---------------------------------------------------------------- guards (barrier guards)

  private guard(test: Node, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } {
    const g = this.barrierGuard(test, frame);
    // A path.relative() containment check can span conditions (`rel === ".." || rel.startsWith("../")`).
    const t = this.containedWhen(test, true, frame);
    const f = this.containedWhen(test, false, frame);
    return t.length || f.length ? { whenTrue: [...g.whenTrue, ...t], whenFalse: [...g.whenFalse, ...f] } : g;
  }

  private barrierGuard(test: Node, frame: Frame): { whenTrue: Narrowing[]; whenFalse: Narrowing[] } {
    const none = { whenTrue: [] as Narrowing[], whenFalse: [] as Narrowing[] };
    test = unwrap(test);
    const bindingOf = (n: Node): Binding | undefined => {
      n = unwrap(n);
      return n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
    };
    // What a guard can narrow: a variable, or a property path on one (`geo.region`).
    const targetOf = (n: Node): Target | undefined => {
      n = unwrap(n);
      const path: string[] = [];
      while (n.type === "MemberExpression" && path.length < 4) {
        const name = propName(n);
        if (name === null) return undefined;
        path.unshift(name);
        n = unwrap(n.object);
      }
      const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
      return b ? { binding: b, path: path.length ? path : undefined } : undefined;
    };
    const cleaned = (t: Target): Narrowing => ({ ...t, value: CLEAN });
    switch (test.type) {
      case "UnaryExpression":
        if (test.operator === "!") {
          const g = this.guard(test.argument, frame);
          return { whenTrue: g.whenFalse, whenFalse: g.whenTrue };
        }
        return none;
      case "LogicalExpression": {
        const l = this.guard(test.left, frame);
        const r = this.guard(test.right, frame);
        // Either side may be the one that held: a binding is narrowed only if both sides narrow it.
        const either = (a: Narrowing[], b: Narrowing[]) => a.flatMap((x) => b.filter((y) => y.binding === x.binding && y.path?.join(".") === x.path?.join(".")).map((y) => ({ ...x, value: join(x.value, y.value) })));
        if (test.operator === "&&") return { whenTrue: [...l.whenTrue, ...r.whenTrue], whenFalse: either(l.whenFalse, r.whenFalse) };
        if (test.operator === "||") return { whenTrue: either(l.whenTrue, r.whenTrue), whenFalse: [...l.whenFalse, ...r.whenFalse] };
        return none;
      }
      case "BinaryExpression": {
        const eq = test.operator === "===" || test.operator === "==";
        const ne = test.operator === "!==" || test.operator === "!=";
        if (!eq && !ne) return none;
        let b = targetOf(test.left);
        let other = unwrap(test.right);
        if (!b) { b = targetOf(test.right); other = unwrap(test.left); }
        // typeof x === "number"
        const l = unwrap(test.left);
        if (l.type === "UnaryExpression" && l.operator === "typeof") {
          const tb = targetOf(l.argument);
          const r = unwrap(test.right);
          if (tb && r.type === "Literal" && (r.value === "number" || r.value === "boolean")) {
            return eq ? { whenTrue: [cleaned(tb)], whenFalse: [] } : { whenTrue: [], whenFalse: [cleaned(tb)] };
          }
          return none;
        }
        if (!b) return none;
        const ov = other.type === "Literal" ? (typeof other.value === "string" ? constant(other.value) : other.value === null ? null : CLEAN) : this.peekConst(other, frame);
        if (!ov) return none;
        const n = [{ ...b, value: ov }];
        return eq ? { whenTrue: n, whenFalse: [] } : { whenTrue: [], whenFalse: n };
      }
      case "CallExpression": {
        const callee = unwrap(test.callee);
        // A user-written type guard (`isTone(x): x is Tone`) is the developer's validation of x.
        const fnVal = this.peekValue(callee, frame);
        const fnNode = fnVal?.fn?.node;
        const pred = fnNode && "returnType" in fnNode ? fnNode.returnType?.typeAnnotation : undefined;
        if (fnNode && pred && pred.type === "TSTypePredicate" && !pred.asserts && pred.parameterName.type === "Identifier") {
          const name = (pred.parameterName as TSESTree.Identifier).name;
          const idx = fnNode.params.findIndex((p) => p.type === "Identifier" && p.name === name);
          const b = idx >= 0 && test.arguments[idx] ? targetOf(test.arguments[idx]) : undefined;
          if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
        }
        if (callee.type === "MemberExpression") {
          const method = propName(callee);
          const arg0 = test.arguments[0];
          if (!arg0) return none;
          if ((method === "includes" || method === "has") && test.arguments.length === 1) {
            const recv = this.peekValue(callee.object, frame);
            if (!recv || isTainted(flatten(recv))) return none;
            // ALLOWED_HOSTS.has(url.hostname): the URL object is safe to request.
            const a = unwrap(arg0);
            const host = this.urlHostCheck(a, frame);
            if (host.length) return { whenTrue: host, whenFalse: [] };
            const b = targetOf(arg0);
            if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
          }
          if (method === "test") {
            const b = targetOf(arg0);
            const re = this.regexOf(callee.object, frame);
            if (b && re && /^\^/.test(re) && /\$$/.test(re)) return { whenTrue: [cleaned(b)], whenFalse: [] };
          }
          if (method === "startsWith" && this.endsWithSeparator(arg0, frame) && !this.bareSeparator(arg0, frame)) {
            // full.startsWith(root + path.sep): without the separator "/root-evil" would pass.
            // Only for a normalised path: "ROOT/../../etc/passwd" starts with "ROOT/" too.
            // A URL under a fixed scheme://host/ cannot reach another host.
            const b = bindingOf(callee.object);
            const made = b?.kind === "const" && b.init ? unwrap(b.init) : null;
            const bits = (made?.type === "CallExpression" && this.normalisedPath(made, null, frame) ? SINK_BITS.path : 0)
              | (/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+\//i.test(this.knownText(arg0, frame) ?? "") ? SINK_BITS.url : 0);
            if (b && bits) {
              const cur = frame.env.get(b) ?? CLEAN;
              return { whenTrue: [{ binding: b, value: sanitised(cur, bits) }], whenFalse: [] };
            }
          }
          if (method && /^(is|has)?(Allowed|Valid|Safe|Whitelisted|Permitted|Allowlisted|Known)/i.test(method)) {
            const b = targetOf(arg0);
            if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
          }
        } else if (callee.type === "Identifier" && /^(is|has)?(Allowed|Valid|Safe|Whitelisted|Permitted|Allowlisted|Known)/i.test(callee.name) && test.arguments[0]) {
          const b = targetOf(test.arguments[0]);
          if (b) return { whenTrue: [cleaned(b)], whenFalse: [] };
        }
        return none;
      }
      default:
        return none;
    }
  }

  /**
   * `hosts.has(u.hostname)` / `hosts.includes(hostname)` where `hostname` was destructured from a
   * URL: the URL object, and the string it was parsed from (`new URL(raw)`), are safe to request.
   */
  private urlHostCheck(a: Node, frame: Frame): Narrowing[] {
    let urlBinding: Binding | undefined;
    let urlInit: Node | null = null;
    const out: Narrowing[] = [];
    if (a.type === "MemberExpression" && /^(hostname|host|origin)$/.test(propName(a) ?? "")) {
      const o = unwrap(a.object);
      urlBinding = o.type === "Identifier" ? frame.scope.lookup(o.name) : undefined;
      if (!urlBinding) return [];
      out.push({ binding: urlBinding, value: sanitised(frame.env.get(urlBinding) ?? CLEAN, SINK_BITS.url) });
      urlInit = urlBinding.init ? unwrap(urlBinding.init) : null;
    } else if (a.type === "Identifier") {
      // const { hostname } = new URL(raw)
      const b = frame.scope.lookup(a.name);
      const d = b?.destructured;
      if (!b || !d || !/^(hostname|host|origin)$/.test(d.key)) return [];
      out.push({ binding: b, value: CLEAN });
      urlInit = unwrap(d.init);
    } else return [];
    if (urlInit && urlInit.type === "NewExpression" && urlInit.callee.type === "Identifier" && urlInit.callee.name === "URL" && urlInit.arguments.length === 1) {
      const r = unwrap(urlInit.arguments[0]);
      const rb = r.type === "Identifier" ? frame.scope.lookup(r.name) : undefined;
      if (rb) out.push({ binding: rb, value: sanitised(frame.env.get(rb) ?? CLEAN, SINK_BITS.url) });
    }
    return out;
  }

  /** Sets a narrowed value in `env`: the whole variable, or one property path inside it. */
  private applyNarrowing(env: Env, n: Narrowing, frame: Frame): void {
    if (!n.path) { env.vars.set(n.binding, n.value); return; }
    const base = env.get(n.binding) ?? this.readBinding(n.binding, frame, null);
    env.vars.set(n.binding, withField(base, n.path, n.value));
  }

  /**
   * Paths known to be inside a root when `test` has this outcome: `const rel = path.relative(root,
   * full)` was tested for leaving the root. Leaving it is `rel.startsWith("..")` (which also refuses
   * a name such as "..notes" inside the root: cautious, never unsafe), or `rel === ".."` together
   * with `rel.startsWith(".." + path.sep)`: the second alone lets the root's parent, exactly "..",
   * through.
   */
  private containedWhen(test: Node, outcome: boolean, frame: Frame): Narrowing[] {
    const out: Narrowing[] = [];
    for (const [relCall, tests] of this.refutedEscapeTests(test, outcome, frame, new Map())) {
      if (!tests.has("dotdot") && !(tests.has("dotdot-sep") && tests.has("is-parent"))) continue;
      const n = this.relativeContainment(relCall, frame);
      if (n) out.push(n);
    }
    return out;
  }

  /** The tests of a path.relative() result for leaving the root that are false when `test` has this outcome. */
  private refutedEscapeTests(test: Node, outcome: boolean, frame: Frame, out: Map<Node, Set<"dotdot" | "dotdot-sep" | "is-parent">>): typeof out {
    test = unwrap(test);
    // Keyed by the path.relative() call: the initialiser of `rel`, or the call itself when inline.
    const refute = (n: Node, kind: "dotdot" | "dotdot-sep" | "is-parent") => {
      n = unwrap(n);
      const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
      const call = b ? (b.kind === "const" && b.init ? unwrap(b.init) : null) : n.type === "CallExpression" ? n : null;
      if (call) out.set(call, (out.get(call) ?? new Set()).add(kind));
    };
    if (test.type === "UnaryExpression" && test.operator === "!") return this.refutedEscapeTests(test.argument, !outcome, frame, out);
    if (test.type === "LogicalExpression") {
      // `a || b` false, or `a && b` true: both sides have that outcome.
      if ((test.operator === "||" && !outcome) || (test.operator === "&&" && outcome)) {
        this.refutedEscapeTests(test.left, outcome, frame, out);
        this.refutedEscapeTests(test.right, outcome, frame, out);
      }
    } else if (test.type === "CallExpression" && !outcome) {
      const c = unwrap(test.callee);
      const arg = test.arguments[0];
      if (c.type === "MemberExpression" && propName(c) === "startsWith" && arg) {
        if (this.isDotDot(arg)) refute(c.object, "dotdot");
        else if (this.isDotDotSep(arg)) refute(c.object, "dotdot-sep");
      }
    } else if (test.type === "BinaryExpression") {
      const eq = test.operator === "===" || test.operator === "==";
      const ne = test.operator === "!==" || test.operator === "!=";
      if ((eq && !outcome) || (ne && outcome)) {
        if (this.isDotDot(test.right)) refute(test.left, "is-parent");
        else if (this.isDotDot(test.left)) refute(test.right, "is-parent");
      }
    }
    return out;
  }

  /**
   * `const rel = path.relative(root, full)` with rel known not to leave root: `full` is then safe as a
   * path. path.relative() resolves both against the process's cwd, so this holds for `full` itself,
   * but the narrowing is of the variable, which may later be joined under another base: `full` must
   * be a value whose own `..` segments are already resolved. path.resolve() and a join or normalize
   * of an absolute base give an absolute, normalised path. A join of a relative base is accepted
   * only under the same root: the check then places it under that root, and its result is
   * normalised (a leading ".." survives only if it climbs back into the root through the cwd's own
   * ancestors). A raw value is not: "../x" can be inside root as seen from a cwd below it, yet
   * path.join(root, "../x") is outside.
   */
  private relativeContainment(init: Node, frame: Frame): Narrowing | null {
    if (init.type !== "CallExpression" || init.arguments.length !== 2 || !isPathFn(this.calleeRef(init, frame), "relative")) return null;
    const [rootNode, checkedNode] = init.arguments;
    // Inside a root the model chose proves nothing.
    if (!this.isProgramPath(rootNode, frame, 0)) return null;
    const checked = unwrap(checkedNode);
    const cb = checked.type === "Identifier" ? frame.scope.lookup(checked.name) : undefined;
    const made = cb?.kind === "const" && cb.init ? unwrap(cb.init) : null;
    if (!cb || !made || made.type !== "CallExpression") return null;
    if (!this.normalisedPath(made, rootNode, frame)) return null;
    const cur = this.peekValue(checked, frame) ?? CLEAN;
    return { binding: cb, value: sanitised(cur, SINK_BITS.path) };
  }

  /**
   * A call whose result has no `..` left to climb with: `path.resolve(...)`, or a
   * `path.join`/`path.normalize` under an absolute base, or a join under `root` itself (the
   * root a `path.relative` check compares with).
   */
  private normalisedPath(made: TSESTree.CallExpression, root: Node | null, frame: Frame): boolean {
    const ref = this.calleeRef(made, frame);
    const base = made.arguments[0];
    return isPathFn(ref, "resolve")
      || ((isPathFn(ref, "join") || isPathFn(ref, "normalize")) && !!base && base.type !== "SpreadElement"
        && (this.isAbsolutePath(base, frame, 0) || (!!root && isPathFn(ref, "join") && this.sameBase(base, root, frame))));
  }

  /** The text of a constant string expression (literal, constant, `a + b` of those), or null. */
  private knownText(n: Node, frame: Frame): string | null {
    n = unwrap(n);
    if (n.type === "Literal") return typeof n.value === "string" ? n.value : null;
    if (n.type === "TemplateLiteral") {
      let out = n.quasis[0].value.cooked ?? "";
      for (let i = 0; i < n.expressions.length; i++) {
        const part = this.knownText(n.expressions[i], frame);
        if (part === null) return null;
        out += part + (n.quasis[i + 1].value.cooked ?? "");
      }
      return out;
    }
    if (n.type === "MemberExpression" && propName(n) === "sep") return "/";
    if (n.type === "Identifier") { const v = this.peekValue(n, frame); return v && !isTainted(v) && v.str !== undefined ? v.str : null; }
    if (n.type === "BinaryExpression" && n.operator === "+") {
      const l = this.knownText(n.left, frame);
      const r = l === null ? null : this.knownText(n.right, frame);
      return l !== null && r !== null ? l + r : null;
    }
    return null;
  }

  /** `"/"` or `path.sep` alone: a check that a path is absolute, not that it is inside anything. */
  private bareSeparator(n: Node, frame: Frame): boolean {
    const text = this.knownText(n, frame);
    return text === "/" || text === "\\";
  }

  /** An expression that is an absolute path whatever its variable parts (`__dirname`, `path.resolve(...)`, `"/srv/" + x`). */
  private isAbsolutePath(n: Node, frame: Frame, depth: number): boolean {
    n = unwrap(n);
    if (depth > 4) return false;
    // POSIX: "C:\\x" and "\\x" are relative names there.
    const absolute = (s: string) => s.startsWith("/");
    switch (n.type) {
      case "Literal": return typeof n.value === "string" && absolute(n.value);
      case "TemplateLiteral": {
        const head = n.quasis[0].value.cooked ?? "";
        return head ? absolute(head) : n.expressions.length > 0 && this.isAbsolutePath(n.expressions[0], frame, depth + 1);
      }
      case "BinaryExpression": return n.operator === "+" && this.isAbsolutePath(n.left, frame, depth + 1);
      case "Identifier": {
        const b = frame.scope.lookup(n.name);
        if (!b) return n.name === "__dirname" || n.name === "__filename";
        if (b.kind === "const" && b.init) return this.isAbsolutePath(b.init, frame, depth + 1);
        const v = this.peekValue(n, frame);
        return !!v && v.str !== undefined && absolute(v.str);
      }
      case "MemberExpression": {
        const o = unwrap(n.object);
        return o.type === "MetaProperty" && /^(dirname|filename)$/.test(propName(n) ?? "");
      }
      case "CallExpression": {
        const ref = this.calleeRef(n, frame) ?? "";
        if (isPathFn(ref, "resolve") || /^((global|\?):process\.cwd|os:(homedir|tmpdir)|url:fileURLToPath)$/.test(ref)) return true;
        const base = n.arguments[0];
        return (isPathFn(ref, "join") || isPathFn(ref, "normalize") || isPathFn(ref, "dirname")) && !!base && base.type !== "SpreadElement" && this.isAbsolutePath(base, frame, depth + 1);
      }
      default: return false;
    }
  }

  /** A path the program chose: untainted, or built by path functions from untainted parts. */
  private isProgramPath(n: Node, frame: Frame, depth: number): boolean {
    n = unwrap(n);
    const ref = n.type === "CallExpression" ? this.calleeRef(n, frame) : null;
    if (n.type === "CallExpression" && depth < 4 && ["resolve", "join", "normalize", "dirname"].some((f) => isPathFn(ref, f))) {
      return n.arguments.every((a) => a.type !== "SpreadElement" && this.isProgramPath(a, frame, depth + 1));
    }
    const v = this.peekValue(n, frame);
    return !!v && !isTainted(flatten(v));
  }

  /** The same root on both sides: one constant or import binding, or equal constant strings. */
  private sameBase(a: Node, b: Node, frame: Frame): boolean {
    a = unwrap(a);
    b = unwrap(b);
    if (a.type === "Identifier" && b.type === "Identifier") {
      const ba = frame.scope.lookup(a.name);
      return !!ba && ba === frame.scope.lookup(b.name) && (ba.kind === "const" || ba.kind === "import");
    }
    const sa = this.peekValue(a, frame)?.str;
    return sa !== undefined && a.type !== "Identifier" && b.type !== "Identifier" && sa === this.peekValue(b, frame)?.str;
  }

  /** `".."`: the start of every path.relative() result that leaves the root. */
  private isDotDot(n: Node): boolean {
    n = unwrap(n);
    if (n.type === "Literal") return n.value === "..";
    if (n.type === "TemplateLiteral") return n.expressions.length === 0 && (n.quasis[0].value.cooked ?? "") === "..";
    return false;
  }

  /**
   * `".." + path.sep`, `\`..${sep}\``, `"../"`: the start of a result that leaves the root by more than
   * one level. Not `"..\\"`: on POSIX that is a file name.
   */
  private isDotDotSep(n: Node): boolean {
    n = unwrap(n);
    const isSep = (x: Node) => { x = unwrap(x); return (x.type === "MemberExpression" && propName(x) === "sep") || (x.type === "Identifier" && x.name === "sep"); };
    if (n.type === "Literal") return n.value === "../";
    if (n.type === "TemplateLiteral") {
      const q = n.quasis.map((x) => x.value.cooked ?? "");
      return n.expressions.length === 0 ? q[0] === "../" : n.expressions.length === 1 && q[0] === ".." && q[1] === "" && isSep(n.expressions[0]);
    }
    return n.type === "BinaryExpression" && n.operator === "+" && this.isDotDot(n.left) && isSep(n.right);
  }

  /** The model reference of a call's callee, without evaluating it (for guards). */
  private calleeRef(call: TSESTree.CallExpression, frame: Frame): string | null {
    const c = unwrap(call.callee);
    if (c.type === "Identifier") return this.peekValue(c, frame)?.ref ?? null;
    if (c.type !== "MemberExpression") return null;
    const name = propName(c);
    const base = this.peekValue(c.object, frame);
    const r = name && base ? this.refOf(base, c.object) : null;
    return r && name ? memberRef(r, name) : null;
  }

  private endsWithSeparator(n: Node, frame: Frame): boolean {
    n = unwrap(n);
    if (n.type === "Literal") return typeof n.value === "string" && /[/\\]$/.test(n.value);
    if (n.type === "TemplateLiteral") return /[/\\]$/.test(n.quasis[n.quasis.length - 1].value.cooked ?? "");
    if (n.type === "BinaryExpression" && n.operator === "+") {
      const r = unwrap(n.right);
      if (r.type === "MemberExpression" && propName(r) === "sep") return true;
      if (r.type === "Identifier" && r.name === "sep") return true;
      return this.endsWithSeparator(r, frame);
    }
    if (n.type === "Identifier") {
      const v = this.peekValue(n, frame);
      return !!v && v.str !== undefined && /[/\\]$/.test(v.str);
    }
    return false;
  }

  /** Value of a simple expression without side effects on the facts (used by guards). */
  private peekValue(e: Node, frame: Frame): Val | null {
    e = unwrap(e);
    if (e.type === "Identifier") {
      const b = frame.scope.lookup(e.name);
      return b ? this.readBinding(b, frame, null) : CLEAN;
    }
    if (e.type === "ArrayExpression" || e.type === "Literal") return CLEAN;
    if (e.type === "MemberExpression") {
      const base = this.peekValue(e.object, frame);
      if (!base) return null;
      const name = propName(e);
      return name && base.fields?.get(name) ? base.fields.get(name)! : derived(base);
    }
    if (e.type === "NewExpression" && e.callee.type === "Identifier" && e.callee.name === "Set") return e.arguments[0] ? this.peekValue(e.arguments[0], frame) : CLEAN;
    return null;
  }

  private peekConst(e: Node, frame: Frame): Val | null {
    const v = this.peekValue(e, frame);
    return v && !isTainted(v) ? (v.str !== undefined ? constant(v.str) : CLEAN) : null;
  }

  private regexOf(e: Node, frame: Frame): string | null {
    e = unwrap(e);
    if (e.type === "Literal" && "regex" in e && e.regex) return e.regex.pattern;
    if (e.type === "Identifier") {
      const b = frame.scope.lookup(e.name);
      if (b && b.init && b.kind === "const") return this.regexOf(b.init, frame);
    }
    return null;
  }

  // ---------------------------------------------------------------- React state

  /**
   * `const [answer, setAnswer] = useState(init)`: the state holds whatever any call of the setter
   * stored, wherever in the component (an event handler, a stream loop), so a render or an
   * effect that reads it sees that too.
   */
  private declareStateCell(id: Node, init: Node, frame: Frame): void {
    if (id.type !== "ArrayPattern" || init.type !== "CallExpression") return;
    const [state, setter] = id.elements;
    if (state?.type !== "Identifier" || setter?.type !== "Identifier") return;
    const ref = this.exprRef(init.callee, frame) ?? "";
    if (!/^react:(default\.)?(useState|useReducer)$/.test(ref) && !(init.callee.type === "Identifier" && init.callee.name === "useState" && !frame.scope.lookup("useState"))) return;
    const stateB = frame.scope.lookup(state.name);
    const setterB = frame.scope.lookup(setter.name);
    if (!stateB || !setterB) return;
    let cell = this.stateCells.get(setterB);
    if (!cell) this.stateCells.set(setterB, (cell = { state: stateB, owner: frame.fn, value: CLEAN }));
    // What the setter stored so far (a second pass over the component sees it from the start).
    this.seedState(cell, frame);
  }

  /** The state binding holds what its setter stored anywhere in the component. */
  private seedState(cell: StateCell, frame: Frame): void {
    if (isTainted(flatten(cell.value))) frame.env.vars.set(cell.state, join(frame.env.get(cell.state) ?? CLEAN, cell.value));
  }

  /** `setAnswer(x)`: true when the callee is a state setter (the call is then handled). */
  private stateSetterCall(callee: TSESTree.Identifier, args: Val[], argNodes: readonly Node[], frame: Frame): boolean {
    const b = frame.scope.lookup(callee.name);
    const cell = b && this.stateCells.get(b);
    if (!cell) return false;
    this.setState(cell, args[0] && step(args[0], this.file, argNodes[0], `stored in React state \`${cell.state.name}\``), frame);
    return true;
  }

  /** A call of a state setter: the value, or what an updater (`prev => prev + delta`) returns, joins the state. */
  private setState(cell: StateCell, arg: Val | undefined, frame: Frame): void {
    if (arg?.fn) arg = this.analyseConcrete(arg.fn, [frame.env.get(cell.state) ?? CLEAN], "state updater", frame).ret;
    // A list or object holding model output (`[...m, { role: "assistant", content: text }]`) counts too.
    if (!arg || !isTainted(flatten(arg))) return;
    cell.value = join(cell.value, arg);
    frame.env.vars.set(cell.state, join(frame.env.get(cell.state) ?? CLEAN, arg));
    cell.changed = true;
  }

  /**
   * After a component's body: its functions that call a state setter run now (they see the
   * component's final state, as closures do), and if that put tainted data in the state, the
   * body is walked once more so renders and effects read it.
   */
  private settleState(node: FnNode, frame: Frame): void {
    const cells = [...this.stateCells.values()].filter((c) => c.owner === node);
    if (!cells.length) return;
    const inside = (n: Node) => n !== node && n.range[0] >= node.range[0] && n.range[1] <= node.range[1];
    for (const p of [...this.pendingFunctions]) {
      if (inside(p.fn) && !this.summaries.has(p.fn) && !this.analysedConcretely.has(p.fn)) this.summaryOf({ node: p.fn, closure: p.closure, self: p.self });
    }
    if (!cells.some((c) => c.changed)) return;
    for (const c of cells) c.changed = false;
    // Callbacks and effects inside the component are analysed again in the second walk.
    for (const n of [...this.analysedConcretely]) if (inside(n)) this.analysedConcretely.delete(n);
    for (const c of cells) this.seedState(c, frame);
    frame.returns.length = 0;
    if (node.body?.type === "BlockStatement") this.walkStatements(node.body.body, frame);
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
        for (const row of this.models.find(`${memberRef(ref, name)}=`, "sink")) this.checkSink(v, row.sink, valueNode ?? target, frame, { api: `.${name}`, channel: name });
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

  private src(n: Node): string {
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
      case "TemplateLiteral": return this.evalTemplate(e, frame);
      case "TaggedTemplateExpression": return this.evalTagged(e, frame);
      case "BinaryExpression": {
        const l = this.evalExpr(e.left, frame);
        const r = this.evalExpr(e.right, frame);
        if (e.operator !== "+") return CLEAN;
        return this.concat(l, r, e, frame);
      }
      case "LogicalExpression": {
        const l = this.evalExpr(e.left, frame);
        const r = this.evalExpr(e.right, frame);
        return e.operator === "&&" ? r : join(l, r);
      }
      case "ConditionalExpression": {
        this.evalExpr(e.test, frame);
        const g = this.guard(e.test, frame);
        const withNarrow = (ns: Narrowing[], x: Node) => {
          if (!ns.length) return this.evalExpr(x, frame);
          const env = new Env(frame.env);
          for (const n of ns) this.applyNarrowing(env, n, frame);
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
        const v = e.operator === "+=" ? this.concat(l, r, e, frame) : e.operator === "||=" || e.operator === "??=" || e.operator === "&&=" ? join(l, r) : CLEAN;
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
        this.checkSink(v, "code", e.source, frame, { api: "import()" });
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

  private refOf(base: Val, node: Node): string | null {
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
      if (ref === "global:process.env" || ref === "global:import.meta.env") return this.envRead(name, node, out);
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

  /** `process.env` / `import.meta.env` as a whole, where it is serialised: a secret (it holds them all). */
  private wholeEnv(v: Val, node: Node): Val {
    if (v.ref !== "global:process.env" && v.ref !== "global:import.meta.env") return v;
    return { ...v, t: v.t | Taint.Secret, trail: { file: this.file, start: node.range[0], end: node.range[1], description: `the whole environment \`${short(this.src(node))}\` read here`, prev: null } };
  }

  private envRead(name: string, node: Node, out: Val): Val {
    let t = 0;
    let desc = "";
    if (PUBLIC_ENV_RE.test(name) && /KEY|TOKEN|SECRET/i.test(name)) { t = Taint.PublicEnv | Taint.Secret; desc = `browser-exposed env var \`${name}\` read here`; }
    else if (isSecretEnvName(name)) { t = Taint.Secret; desc = `secret env var \`${name}\` read here`; }
    if (!t) return { ...out, envName: name };
    return { ...out, t: out.t | t, envName: name, trail: { file: this.file, start: node.range[0], end: node.range[1], description: desc, prev: null } };
  }

  private source(t: number, node: Node, description: string): Val {
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

  private concat(l: Val, r: Val, node: Node, _frame: Frame): Val {
    const lt = isTainted(l);
    const rt = isTainted(r);
    const prefix = l.str !== undefined ? l.str + (r.str ?? r.prefix ?? "") : l.prefix;
    if (!lt && !rt) return l.str !== undefined && r.str !== undefined ? constant(l.str + r.str) : prefix ? { ...CLEAN, prefix } : CLEAN;
    const out = derived(join(flatten(l), flatten(r)));
    if (prefix) out.prefix = prefix;
    // Instruction text glued to untrusted text with nothing to tell them apart.
    const constSide = !lt ? l.str : !rt ? r.str : undefined;
    const taintSide = lt ? l : r;
    if (constSide !== undefined && INSTRUCTION_RE.test(constSide)) {
      const delimited = lt ? isDelimited("", constSide) : isDelimited(constSide, "");
      if (!delimited && (taintSide.t & (Taint.Untrusted | Taint.UntrustedLow) || taintSide.p)) out.undelimited = true;
    }
    if (l.str !== undefined && !lt) out.str = undefined;
    return step(out, this.file, node, "concatenated into a string");
  }

  private evalTemplate(e: TSESTree.TemplateLiteral, frame: Frame): Val {
    if (e.expressions.length === 0) return constant(e.quasis.map((q) => q.value.cooked ?? q.value.raw).join(""));
    const vals = e.expressions.map((x) => this.wholeEnv(this.evalExpr(x, frame), x));
    let t = 0, p = 0, san = -1;
    let trail: Trail | null = null;
    let undelimited = false;
    const statics = e.quasis.map((q) => q.value.cooked ?? q.value.raw);
    const staticText = statics.join(" ");
    const instructionLike = INSTRUCTION_RE.test(staticText);
    // A fixed scheme://host/ prefix means interpolations cannot choose the host.
    const fixedHost = /^https?:\/\/[^/\s${}]+\//i.test(statics[0]);
    let allStr = true;
    let str = statics[0];
    let prefix: string | undefined;
    vals.forEach((v0, i) => {
      const v = flatten(v0);
      if (v.str !== undefined && !isTainted(v)) str += v.str + statics[i + 1];
      else if (allStr) { allStr = false; prefix = str + (v.prefix ?? ""); }
      if (!isTainted(v)) return;
      if (!trail) trail = v.trail;
      t |= v.t;
      p |= v.p;
      let s = v.san;
      if (fixedHost) {
        const before = statics.slice(0, i + 1).join("");
        // Under a fixed host, an encoded component or anything in the query string cannot redirect the request.
        if (v.san & SINK_BITS.url || before.includes("?")) s |= SINK_BITS.url;
        else s &= ~SINK_BITS.url;
      }
      san = san === -1 ? s : san & s;
      if (instructionLike && (v.t & (Taint.Untrusted | Taint.UntrustedLow) || v.p) && !isDelimited(statics[i], statics[i + 1]) && !this.isStringified(e.expressions[i])) undelimited = true;
      if (v.undelimited) undelimited = true;
    });
    if (!(t | p)) return allStr ? constant(str) : prefix ? { ...CLEAN, prefix } : CLEAN;
    const out: Val = { t, p, san: san === -1 ? 0 : san, trail, undelimited: undelimited || undefined, prefix: prefix || undefined };
    const flat = vals.map(flatten);
    const pairs = this.undelimitedParamPairs(e, flat, statics);
    // Pairs of a template spliced into this one still hold (`<task>${inner}</task>`).
    for (const v of vals) for (const pr of v.undelimitedWith ?? []) if (pairs.length < 16) pairs.push(pr);
    if (pairs.length) out.undelimitedWith = pairs;
    // Parameters that reach this string only between delimiters.
    let fenced = 0, bare = 0;
    flat.forEach((v, i) => {
      if (!v.p) return;
      if (isDelimited(statics[i], statics[i + 1]) || this.isStringified(e.expressions[i])) fenced |= v.p;
      else { fenced |= v.p & (v.fenced ?? 0); bare |= v.p & ~(v.fenced ?? 0); }
    });
    if (fenced & ~bare) out.fenced = fenced & ~bare;
    return step(out, this.file, e, "interpolated into a template string");
  }

  /**
   * Parameters spliced next to each other without delimiters (`${instruction}\n\n${text}` in a
   * helper): whether that is instruction text around untrusted input is the caller's to say.
   */
  private undelimitedParamPairs(e: TSESTree.TemplateLiteral, vals: Val[], statics: string[]): [number, number][] {
    const params = (v: Val) => Array.from({ length: MAX_PARAMS }, (_, b) => b).filter((b) => v.p & (1 << b));
    const out: [number, number][] = [];
    vals.forEach((v, i) => {
      if (!v.p || isDelimited(statics[i], statics[i + 1]) || this.isStringified(e.expressions[i])) return;
      vals.forEach((w, j) => {
        if (j === i || !w.p) return;
        // A parameter already fenced inside v (a `<document>${text}</document>` built earlier) is not bare here.
        for (const value of params(v)) if (!((v.fenced ?? 0) & (1 << value))) for (const instr of params(w)) if (instr !== value && out.length < 16) out.push([instr, value]);
      });
    });
    return out;
  }

  private isStringified(n: Node): boolean {
    n = unwrap(n);
    if (n.type !== "CallExpression") return false;
    const c = unwrap(n.callee);
    return c.type === "MemberExpression" && propName(c) === "stringify";
  }

  private evalTagged(e: TSESTree.TaggedTemplateExpression, frame: Frame): Val {
    const tag = this.evalExpr(e.tag, frame);
    const ref = this.refOf(tag, e.tag);
    const vals = e.quasi.expressions.map((x) => this.evalExpr(x, frame));
    if (ref) {
      for (const row of this.models.find(ref, "sink")) {
        e.quasi.expressions.forEach((x, i) => this.checkSink(vals[i], row.sink, x, frame, { api: short(this.src(e.tag)) }));
      }
      this.recordEffects(ref, e, frame);
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
      if (name === "threshold") this.checkSafetyThreshold(v, value, hasCategory, frame);
      if (name !== null) { fields.set(name, v); props.set(name, { file: this.file, node: p }); }
      else if (isTainted(v)) extra = join(extra, v);
    }
    const out: Val = { ...CLEAN, fields, props };
    if (isTainted(extra)) { out.t = extra.t; out.p = extra.p; out.trail = extra.trail; }
    return out;
  }

  private checkSafetyThreshold(v: Val, node: Node, hasCategory: boolean, frame: Frame): void {
    // A fallback or a branch (`env ?? "BLOCK_NONE"`, `strict ? X : "OFF"`) switches the filter off whenever it is taken.
    const alternatives = this.alternatives(node, frame);
    for (const alt of alternatives.length > 1 ? alternatives : [v]) {
      const ref = alt.ref ?? "";
      const s = alt.str;
      const none = (s === "BLOCK_NONE" && hasCategory) || /\.BLOCK_NONE$/.test(ref);
      const off = (s === "OFF" && hasCategory) || (/Threshold\.OFF$/.test(ref)) || (/\.OFF$/.test(ref) && hasCategory);
      if (none || off) {
        this.facts.push({ type: "safety-setting", file: this.file, start: node.range[0], end: node.range[1], value: none ? "BLOCK_NONE" : "OFF" });
        return;
      }
    }
  }

  /** The values an expression can take through `??`, `||` and `?:`, each peeked without side effects. */
  private alternatives(n: Node, frame: Frame, depth = 0): Val[] {
    n = unwrap(n);
    if (depth < 4 && n.type === "LogicalExpression" && (n.operator === "??" || n.operator === "||")) return [...this.alternatives(n.left, frame, depth + 1), ...this.alternatives(n.right, frame, depth + 1)];
    if (depth < 4 && n.type === "ConditionalExpression") return [...this.alternatives(n.consequent, frame, depth + 1), ...this.alternatives(n.alternate, frame, depth + 1)];
    if (n.type === "Literal") return [typeof n.value === "string" ? constant(n.value) : CLEAN];
    const pv = this.peekValue(n, frame) ?? CLEAN;
    const ref = this.exprRef(n, frame) ?? pv.ref;
    return [{ ...pv, ref }];
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
          this.checkSink(html, "html", htmlNode ? htmlNode.value : expr, frame, { api: "dangerouslySetInnerHTML", container: { start: attr.range[0], end: attr.range[1] } });
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
        if (name === "_call" && superName && /Tool$/.test(superName)) this.analyseToolHandler(fv, m, `class ${c.id?.name ?? ""}`, false, frame, undefined);
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

  // ---------------------------------------------------------------- functions

  private maybeRouteHandler(fn: TSESTree.FunctionDeclaration, frame: Frame): void {
    const exported = this.exportedDecls.has(fn);
    const useServer = this.useServerFile || (fn.body && fn.body.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server"));
    if (exported && fn.id && ROUTE_EXPORTS.has(fn.id.name) && fn.params.length) {
      // Next.js / SvelteKit-style route handler: the first parameter is the HTTP request.
      const v = this.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id);
      if (v.fn) this.deferOrRun(frame, () => this.analyseConcrete(v.fn!, [{ ...CLEAN, obj: "request" }, { ...CLEAN, obj: "context" }], fn.id!.name));
    } else if (useServer && (exported || !this.useServerFile) && fn.id) {
      const v = this.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id);
      if (v.fn) this.deferOrRun(frame, () => this.analyseConcrete(v.fn!, fn.params.map((p) => this.source(Taint.Untrusted, p, `server action argument \`${short(this.src(p))}\` (sent by the browser)`)), fn.id!.name));
    }
  }

  /** Top-level handlers wait for the module walk (and bottom-up summaries); nested ones run now. */
  private deferOrRun(frame: Frame, run: () => void): void {
    if (frame.fn === this.ast) this.deferredHandlers.push(run);
    else run();
  }

  private paramRoleValue(role: string, param: Node | undefined, node: Node): Val {
    const name = param && param.type === "Identifier" ? param.name : "";
    switch (role) {
      case "request": return name === "ctx" || name === "c" || name === "context" ? { ...CLEAN, obj: "context" } : { ...CLEAN, obj: "request" };
      case "context": return { ...CLEAN, obj: "context" };
      case "untrusted": return this.source(Taint.Untrusted, param ?? node, `message \`${short(param ? this.src(param) : "")}\` received from a client`);
      case "untrusted-low": return this.source(Taint.UntrustedLow, param ?? node, "operator input");
      case "external": return this.source(Taint.External, param ?? node, "external content");
      case "model": return this.source(Taint.Model, param ?? node, `tool argument \`${short(param ? this.src(param) : "")}\` chosen by the model`);
      default: return CLEAN;
    }
  }

  /** Parameter values for a function analysed on its own: typed or conventionally named requests. */
  private defaultParamValue(p: Node, i: number, symbolic: boolean): Val {
    const id = p.type === "AssignmentPattern" ? p.left : p.type === "TSParameterProperty" ? p.parameter : p;
    const ann = (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
    const typeName = ann && ann.type === "TSTypeReference" ? this.src(ann.typeName) : "";
    if (/^(express\.)?Request$|^NextRequest$|^FastifyRequest$|^IncomingMessage$|^HonoRequest$/.test(typeName) || (id.type === "Identifier" && id.name === "req")) return { ...CLEAN, obj: "request" };
    if (/^(Koa\.)?Context$|^ParameterizedContext$/.test(typeName)) return { ...CLEAN, obj: "context" };
    if (!symbolic || i >= MAX_PARAMS) return CLEAN;
    return { t: 0, p: 1 << i, san: 0, trail: { file: this.file, start: p.range[0], end: p.range[1], description: `parameter \`${short(this.src(id))}\``, prev: null } };
  }

  private summaryOf(fn: FunctionRef): Summary {
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
    const params = fn.node.params.map((p, i) => this.defaultParamValue(p, i, true));
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
  private analyseConcrete(fn: FunctionRef, params: Val[], _name: string, parent?: Frame): Summary {
    const owner = (fn.closure as Closure).module;
    if (owner !== this) return owner.analyseConcrete(fn, params, _name);
    if (this.inProgress.has(fn.node) || this.inProgress.size > MAX_DEPTH) return { ret: CLEAN, sinks: [], effects: [], approvals: false, name: _name };
    this.analysedConcretely.add(fn.node);
    this.inProgress.add(fn.node);
    const full = fn.node.params.map((p, i) => (params[i] && (isTainted(params[i]) || params[i].obj || params[i].fields)) ? params[i] : this.defaultParamValue(p, i, false));
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
    node.params.forEach((p, i) => {
      const v = params[i] ?? CLEAN;
      this.assignPattern(p.type === "TSParameterProperty" ? p.parameter : p, isTainted(v) && !v.elems && isArrayTyped(p) ? asArray(v) : v, frame);
    });
    for (const p of node.params) if (p.type === "TSParameterProperty" && fn.self?.fields) {
      const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
      if (id.type === "Identifier") fn.self.fields.set(id.name, params[node.params.indexOf(p)] ?? CLEAN);
    }
    if (node.body && node.body.type === "BlockStatement") {
      hoistVars(node.body, scope);
      declareLexical(node.body.body, scope);
      this.initFunctionBindings(node.body.body, frame);
      this.walkStatements(node.body.body, frame);
      if (this.stateCells.size) this.settleState(node, frame);
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
    if (calleeNode.type === "Identifier" && this.stateCells.size && this.stateSetterCall(calleeNode, args, argNodes, frame)) return CLEAN;
    const ref = callee.ref ?? (calleeNode.type === "Identifier" ? `?:${calleeNode.name}` : null);
    // Serialising the whole environment (Object.entries(process.env), JSON.stringify(process.env)) carries every secret in it.
    if (args[0] && argNodes[0] && ref && /^(global:(Object\.(entries|values)|JSON\.stringify)|util:inspect)$/.test(ref)) args[0] = this.wholeEnv(args[0], argNodes[0]);
    // A schema method that only narrows (`.optional()`, `.describe()`): the result is the receiver's schema.
    const resultRef = ref && recv?.ref && SCHEMA_NARROWING_RE.test(ref) ? recv.ref : ref ? `${ref}()` : undefined;

    // Prompt templates (LangChain): binding variables, piping into a model.
    if (recv && recv.obj === "prompt-template" && method) return this.templateMethod(recv, method, args, argNodes, e, frame);

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
        result = this.applyRows(rows, ref, args, argNodes, e, frame, recv);
      }
      this.recordEffects(ref, e, frame, args, argNodes);
      if (APPROVAL_RE.test(method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""))) frame.approvals = true;
    }
    // Raw REST calls to a provider's endpoint are LLM calls too.
    if (ref === "global:fetch" || ref === "?:fetch") {
      const rest = this.providerFetch(args, argNodes, e, frame);
      if (rest) return rest;
    }
    // promisify(exec) behaves like exec.
    if (ref === "util:promisify" && args[0]) return args[0];
    if (ref === "global:JSON.parse") return this.jsonParse(args[0] ?? CLEAN, e, frame);
    if (ref === "global:JSON.stringify") {
      const a = args[0] ?? CLEAN;
      const f = flatten(a);
      return { ...derived(f), jsonOf: a.fields || a.elems ? a : undefined };
    }
    this.markValidated(method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""), args);
    this.callbacks(args, argNodes, recv, method, frame);
    if (result) return resultRef && !result.ref ? { ...result, ref: resultRef } : result;
    if (matched) return { ...CLEAN, ref: resultRef };
    if (method && /^(safeP|p)arse(Async)?$/.test(method) && calleeNode.type === "MemberExpression" && args[0] && isTainted(flatten(args[0]))) {
      const parsed = this.parsedShape(calleeNode.object, args[0], method, e, frame);
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
    // An unmodelled package returns its arguments' text only when its name says so (call-results.ts).
    if (!ref || packageResultCarriesArgs(ref, e.type === "NewExpression") !== false) for (const a of args) if (!a.fn) out = join(out, derived(flatten(a)));
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
          else out = this.concat(out, a, call, frame);
        }
        if (!recv.elems) { let s = recv.str !== undefined ? recv : derived(flatten(recv)); for (const a of args) s = this.concat(s, a, call, frame); return s; }
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
      case "entries": case "keys": {
        // An array's keys are its indices: `for (const [i, file] of files.entries())` makes `i` a number.
        if (!recv.elems && !recv.array) return method === "entries" ? derived(recv) : null;
        if (method === "keys") return { ...CLEAN, array: true };
        return { ...CLEAN, elems: [{ ...CLEAN, elems: [CLEAN, this.elementOf(recv)] }], array: true };
      }
      case "map": case "flatMap": case "filter": case "slice": case "reverse": case "sort": case "toSorted": case "toReversed": case "flat": case "splice": case "values": case "at": case "find": case "findLast": case "pop": case "shift": {
        if (method === "filter" || method === "slice" || method === "reverse" || method === "sort" || method === "toSorted" || method === "toReversed" || method === "splice") {
          return recv.elems ? { ...recv, elems: [...recv.elems] } : asArray(derived(recv));
        }
        if (method === "at" || method === "find" || method === "findLast" || method === "pop" || method === "shift") return this.elementOf(recv);
        if (method === "map" || method === "flatMap") {
          const fn = args[0]?.fn;
          if (fn && isFunction(argNodes[0])) {
            const s = this.analyseConcrete(fn, [this.elementOf(recv), CLEAN], "map callback", frame);
            return asArray(derived(join(s.ret, CLEAN)));
          }
          return asArray(derived(recv));
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
          const re = argNodes[0] ? this.regexOf(argNodes[0], frame) : null;
          if (re && /^\[\^[\w\\-]*\]\+?$/.test(re) && args[1]?.str === "") return CLEAN;
          return derived(join(flatten(recv), args[1] && !args[1].fn ? derived(args[1]) : CLEAN));
        }
        if (method === "json" && isTainted(recv)) return { ...derived(recv), envelope: undefined };
        if (method === "split" && isTainted(recv)) return asArray(derived(recv));
        return isTainted(recv) ? derived(recv) : null;
      }
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- models

  private argAt(args: Val[], argNodes: readonly Node[], path: string): { val: Val; node: Node | null } | null {
    const parts = path.split(".");
    const idx = parts[0] === "last" ? args.length - 1 : Number(parts[0]);
    if (idx < 0 || idx >= args.length) return null;
    let val = args[idx];
    let node: Node | null = argNodes[idx] ?? null;
    for (const f of parts.slice(1)) {
      const next = val.fields?.get(f);
      if (!next) return null;
      const prop = val.props?.get(f);
      node = (node ? this.propertyNode(node, f) : null) ?? (prop && prop.file === this.file ? (prop.node.shorthand ? prop.node.key : prop.node.value) : null);
      val = next;
    }
    return { val, node };
  }

  private propertyNode(n: Node, name: string): Node | null {
    n = unwrap(n);
    if (n.type !== "ObjectExpression") return null;
    for (const p of n.properties) if (p.type === "Property" && keyName(p) === name) return p.shorthand ? p.key : p.value;
    return null;
  }

  private applyRows(rows: ModelRow[], ref: string, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null): Val | null {
    let result: Val | null = null;
    const api = short(this.src(call.callee));
    for (const row of rows) {
      switch (row.kind) {
        case "sink": {
          let shellOpts: Val | undefined;
          if (row.when === "shell-option") {
            const opts = shellOpts = args.find((a, i) => i > 0 && a.fields?.has("shell"));
            const shell = opts?.fields?.get("shell");
            if (!shell || (shell.str === undefined && !isTainted(shell) && !shell.ref && !this.isTrueLiteral(argNodes, "shell"))) continue;
            if (shell.str === "" ) continue;
          }
          if (row.when === "shell-argv") {
            const cmd = args[0]?.str;
            const argv = args[1];
            if (!cmd || !SHELLS.has(cmd.trim()) || !argv?.elems) continue;
            const ci = argv.elems.findIndex((x) => x.str === "-c" || x.str === "/c" || x.str === "-Command");
            if (ci < 0) continue;
            const arrNode = argNodes[1] && unwrap(argNodes[1]).type === "ArrayExpression" ? (unwrap(argNodes[1]) as TSESTree.ArrayExpression).elements[ci + 1] : null;
            for (const x of argv.elems.slice(ci + 1)) this.checkSink(x, "shell", arrNode ?? argNodes[1], frame, { api });
            continue;
          }
          const at = this.argAt(args, argNodes, row.arg);
          if (!at) continue;
          // spawn(cmd, { shell: true }): the options object is not the argument array.
          if (shellOpts && at.val === shellOpts) continue;
          let v = at.val;
          let sinkNode = at.node ?? call;
          if (row.sink === "sql" && v.fields && (v.fields.has("text") || v.fields.has("sql"))) {
            // query({ text, values }): only the text is SQL; values are parameters.
            const key = v.fields.has("text") ? "text" : "sql";
            v = v.fields.get(key)!;
            sinkNode = (at.node && this.propertyNode(at.node, key)) ?? sinkNode;
          }
          if (row.sink === "code" && (v.fn || (ref.endsWith("setTimeout") || ref.endsWith("setInterval")) && v.str === undefined && !isTainted(v))) continue;
          if (row.sink === "code" && ref === "global:require" && argNodes[0]?.type === "Literal") continue;
          this.checkSink(v, row.sink, sinkNode, frame, { api, container: { start: call.range[0], end: call.range[1] } });
          if (row.sink === "sql" && v.str && /\b(DELETE\s+FROM|DROP\s+(TABLE|DATABASE)|TRUNCATE)\b/i.test(v.str)) {
            frame.effects.push({ effect: "deletes database records", file: this.file, start: call.range[0], end: call.range[1] });
          }
          break;
        }
        case "source":
          if (!row.read) result = join(result ?? CLEAN, this.source(taintBit(row.taint), call, `${labelOf(row.taint)} from \`${api}()\``));
          break;
        case "sanitizer": {
          const a = args[0] ?? CLEAN;
          const bits = row.sinks === "all" ? 0x3ff : row.sinks.reduce((m, s) => m | SINK_BITS[s], 0);
          result = row.sinks === "all" ? CLEAN : sanitised(derived(flatten(a)), bits);
          break;
        }
        case "clean": result = CLEAN; break;
        case "propagator": {
          const from = row.from === "args" ? args.reduce((m, a) => join(m, derived(flatten(a))), CLEAN)
            : row.from === "receiver" ? derived(recv ?? CLEAN) : derived(flatten(this.argAt(args, argNodes, row.from)?.val ?? CLEAN));
          result = join(result ?? CLEAN, from);
          break;
        }
        case "llm-call":
          result = join(result ?? CLEAN, this.llmCall(row, args, argNodes, call, frame, api));
          break;
        case "message": {
          const c = this.argAt(args, argNodes, row.content);
          const content = c?.val.fields?.get("content") ?? c?.val ?? CLEAN;
          const contentNode = c?.node && c.val.fields?.has("content") ? this.propertyNode(c.node, "content") : c?.node;
          result = { ...CLEAN, fields: new Map([["role", constant(row.role)], ["content", content]]), msgNode: contentNode ?? call } as Val;
          break;
        }
        case "prompt-template":
          result = this.makeTemplate(row, args, argNodes, call, frame);
          break;
        case "tool": {
          const h = this.argAt(args, argNodes, row.handler);
          const approval = row.approval ? this.argAt(args, argNodes, row.approval) : null;
          const approved = !!approval && !(approval.val.str === undefined && approval.node && neverApproves(approval.node));
          const objNode = argNodes[0] && unwrap(argNodes[0]).type === "ObjectExpression" ? unwrap(argNodes[0]) : null;
          if (h?.val.fn) this.analyseToolHandler(h.val, call, api, approved, frame, row.approval && objNode ? objNode : undefined);
          break;
        }
        case "handler": {
          if (row.events) {
            // "messageCreate", or an enum member such as Events.MessageCreate
            const raw = args[0]?.str ?? args[0]?.ref?.split(/[.:]/).pop();
            if (raw === undefined) continue;
            const ev = raw.charAt(0).toLowerCase() + raw.slice(1);
            if (row.events.includes("*") ? LIFECYCLE_EVENTS.has(ev) : !row.events.includes(ev)) continue;
          }
          const h = this.argAt(args, argNodes, row.handler);
          if (h?.val.fn) {
            const params = h.val.fn.node.params.map((p, i) => this.paramRoleValue(row.params[i] ?? "none", p, call));
            this.analyseConcrete(h.val.fn, params, api);
          }
          break;
        }
        case "client":
          this.clientCall(row, args, argNodes, call, frame, api);
          result = result ?? { ...CLEAN };
          break;
        case "effect":
          break;
      }
    }
    return result;
  }

  private isTrueLiteral(argNodes: readonly Node[], key: string): boolean {
    for (const a of argNodes) {
      const n = unwrap(a);
      if (n.type !== "ObjectExpression") continue;
      const v = this.propertyNode(n, key);
      if (v && v.type === "Literal" && v.value === true) return true;
      if (v && v.type === "Literal" && typeof v.value === "string" && v.value) return true;
    }
    return false;
  }

  private recordEffects(ref: string, call: Node, frame: Frame, args: Val[] = [], argNodes: readonly Node[] = []): void {
    for (const row of this.models.find(ref, "effect")) {
      if (row.taintedArg) {
        const a = this.argAt(args, argNodes, row.taintedArg);
        const v = a ? flatten(a.val) : CLEAN;
        if (!isTainted(v) || (row.sink && v.san & SINK_BITS[row.sink])) continue;
      }
      if (!row.taintedArg && /^(child_process|execa):/.test(ref) && isReadOnlyCommand(args)) continue;
      frame.effects.push({ effect: row.effect, file: this.file, start: call.range[0], end: call.range[1] });
    }
  }

  private analyseToolHandler(handler: Val, def: Node, api: string, approved: boolean, frame: Frame, options: Node | undefined): void {
    const fn = handler.fn!;
    const params = fn.node.params.map((p, i) => (i === 0 ? this.paramRoleValue("model", p, def) : CLEAN));
    const s = this.analyseConcrete(fn, params, api);
    const effects = s.effects;
    if (effects.length) {
      const fact: ToolFact = {
        type: "tool", file: this.file, start: def.range[0], end: def.range[1], api, effects,
        approved: approved || s.approvals,
        // Where the fix adds `needsApproval: true`, or the `false` it must replace.
        approvalInsertAt: options ? options.range[0] + 1 : undefined,
        approvalFalse: (() => {
          const v = options ? this.propertyNode(options, "needsApproval") : null;
          return v && neverApproves(v) ? { start: v.range[0], end: v.range[1] } : undefined;
        })(),
      };
      this.facts.push(fact);
    }
    void frame;
  }

  private clientCall(row: Extract<ModelRow, { kind: "client" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, api: string): void {
    // A constant apiKey that is no provider key (a proxy's dummy) means no key ships to the browser.
    const keyArg = row.apiKey ? this.argAt(args, argNodes, row.apiKey) : null;
    const dummyKey = !!keyArg && keyArg.val.str !== undefined && !isTainted(keyArg.val) && findKeys(keyArg.val.str).length === 0 && isPlaceholderKey(keyArg.val.str);
    if (row.browserFlag && !dummyKey) {
      const flag = this.argAt(args, argNodes, row.browserFlag);
      const node = flag?.node;
      if (flag && node && !(node.type === "Literal" && node.value === false)) {
        const parts = row.browserFlag.split(".");
        const holder = parts.length === 2 ? args[Number(parts[0])] : null;
        const p = holder?.props?.get(parts[1]);
        const prop = p && p.file === this.file ? p.node : undefined;
        const fact: BrowserClientFact = { type: "browser-client", file: this.file, start: (prop ?? node).range[0], end: (prop ?? node).range[1], api };
        this.facts.push(fact);
      }
    }
    if (row.apiKey) {
      const key = this.argAt(args, argNodes, row.apiKey);
      if (key) this.checkSink(key.val, "api-key", key.node ?? call, frame, { api });
    }
  }

  private llmCall(row: Extract<ModelRow, { kind: "llm-call" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, api: string): Val {
    const confidence = row.confidence ?? "high";
    const present = row.channels.map((c) => ({ c, at: this.argAt(args, argNodes, c.at) }));
    if (confidence === "medium" && !present.some((p) => p.at)) return CLEAN;
    for (const { c, at } of present) {
      if (!at) continue;
      const detail = { api, confidence };
      switch (c.as) {
        case "instruction": this.checkPrompt(at.val, "instruction", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() }); break;
        case "prompt": this.checkPrompt(at.val, "prompt", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() }); break;
        case "messages": this.checkMessages(at.val, at.node ?? call, frame, detail); break;
        case "input": case "contents":
          if (at.val.elems) this.checkMessages(at.val, at.node ?? call, frame, detail);
          else this.checkPrompt(at.val, "prompt", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() });
          break;
      }
    }
    this.checkParamSpreads(row, args, argNodes, frame, { api, confidence });
    // Tools given inline as plain objects (`tools: { name: { execute } }`).
    const tools = args[0]?.fields?.get("tools");
    if (tools?.fields) {
      const toolsNode = argNodes[0] ? this.propertyNode(argNodes[0], "tools") : null;
      for (const [name, t] of tools.fields) {
        const exec = t.fields?.get("execute");
        if (exec?.fn && !this.analysedConcretely.has(exec.fn.node)) {
          const tn = toolsNode ? this.propertyNode(toolsNode, name) : null;
          const na = tn ? this.propertyNode(tn, "needsApproval") : null;
          const approved = !!t.fields?.get("needsApproval") && !(na && neverApproves(na));
          if (tn && unwrap(tn).type === "ObjectExpression") this.analyseToolHandler(exec, tn, `tool ${name}`, approved, frame, unwrap(tn));
        }
      }
    }
    if (row.result === "client") return CLEAN;
    const out = this.source(Taint.Model, call, `model output from \`${api}()\``);
    // Structured output (the model row says where the schema is): fields the schema closes
    // (z.enum, z.number, ...: whatever a `clean` model row says its parse() yields) are not
    // free text. Fields it leaves open stay model output.
    if (!row.structured) return out;
    const schemaNode = this.argAt(args, argNodes, row.structured.schema)?.node ?? null;
    const shape = schemaNode ? this.schemaShape(schemaNode, frame, (key) => this.source(Taint.Model, call, `model output from \`${api}()\` (field \`${key}\`)`), 0) : null;
    return shape ? { ...out, fields: new Map([[row.structured.field, shape]]) } : out;
  }

  /**
   * Request data spread into a model call's parameters (`create({ messages, ...options })`) can
   * set any parameter: it replaces the system instructions, or the messages holding the server's
   * system message, written before it, unless a property after the spread fixes that one. Only a
   * spread of unknown shape counts (a validated or picked object has known fields). A call whose
   * parameters are all the client's (a proxy, a client-held history) is the user's channel.
   */
  private checkParamSpreads(row: Extract<ModelRow, { kind: "llm-call" }>, args: Val[], argNodes: readonly Node[], frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
    const serverInstruction = (v: Val | undefined) => !!v?.elems?.some((m) => {
      const role = m.fields?.get("role")?.str ?? m.elems?.[0]?.str;
      const content = m.fields?.get("content") ?? m.elems?.[1];
      return role !== undefined && ROLE_INSTRUCTION.has(role) && !!content && !isTainted(flatten(content));
    });
    const fieldsByArg = new Map<number, { field: string; instruction: boolean }[]>();
    for (const c of row.channels) {
      const [i, field, ...rest] = c.at.split(".");
      if (rest.length || field === undefined || !/^\d+$/.test(i) || c.as === "prompt") continue;
      const list = fieldsByArg.get(Number(i)) ?? [];
      list.push({ field, instruction: c.as === "instruction" });
      fieldsByArg.set(Number(i), list);
    }
    for (const [i, channels] of fieldsByArg) {
      const obj = argNodes[i] ? unwrap(argNodes[i]) : null;
      if (!obj || obj.type !== "ObjectExpression") continue;
      const props = obj.properties;
      props.forEach((p, k) => {
        if (p.type !== "SpreadElement") return;
        const v = this.peekValue(p.argument, frame);
        if (!v || v.fields || v.elems || !isTainted(v)) return;
        const setAt = (field: string) => props.flatMap((q, j) => (q.type === "Property" && keyName(q) === field ? [j] : []));
        const open = channels.filter(({ field, instruction }) => {
          if (v.omits?.includes(field)) return false;
          const at = setAt(field);
          if (at.some((j) => j > k)) return false;
          if (!at.some((j) => j < k)) return false;
          const own = args[i]?.fields?.get(field);
          return instruction ? !!own && !isTainted(flatten(own)) : serverInstruction(own);
        }).map((c) => c.field);
        if (open.length) this.checkSink(v, "instruction", p, frame, { ...detail, channel: `${open.join(" and ")} (which the spread can replace)` });
      });
    }
  }

  /** Model output as a schema shapes it: null when the schema is not an object schema we can read. */
  private schemaShape(n: Node, frame: Frame, open: (field: string) => Val, depth: number): Val | null {
    n = unwrap(n);
    if (depth > 6) return null;
    if (n.type === "Identifier") {
      const b = frame.scope.lookup(n.name);
      return b?.kind === "const" && b.init ? this.schemaShape(b.init, frame, open, depth + 1) : null;
    }
    if (n.type !== "CallExpression") return null;
    const c = unwrap(n.callee);
    if (c.type !== "MemberExpression") return null;
    const method = propName(c);
    if ((method === "object" || method === "strictObject" || method === "looseObject") && n.arguments[0] && unwrap(n.arguments[0]).type === "ObjectExpression") {
      const fields = new Map<string, Val>();
      for (const p of (unwrap(n.arguments[0]) as TSESTree.ObjectExpression).properties) {
        if (p.type !== "Property") return null;
        const key = keyName(p);
        if (key === null) return null;
        const closed = this.isClosedSchema(p.value, frame);
        fields.set(key, closed ? CLEAN : this.schemaShape(p.value, frame, open, depth + 1) ?? open(key));
      }
      return { ...CLEAN, fields };
    }
    // z.object({...}).strict().describe("...").optional(): the same shape, however long the chain.
    if (method && SCHEMA_NARROWING_METHODS.has(method)) return this.schemaShape(c.object, frame, open, depth);
    return null;
  }

  /**
   * `Plan.parse(data)` with an object schema: the fields the schema closes (z.enum, z.number...)
   * are clean, the others carry what went in. `safeParse` puts that shape under `.data`.
   */
  private parsedShape(schema: Node, input: Val, method: string, call: Node, frame: Frame): Val | null {
    const rest = derived(flatten(input));
    const shape = this.schemaShape(schema, frame, (key) => step(rest, this.file, call, `field \`${key}\` of the value ${method}() checked`), 0);
    if (!shape?.fields) return null;
    return method.startsWith("safe") ? { ...CLEAN, fields: new Map([["data", shape], ["success", CLEAN], ["error", CLEAN]]) } : shape;
  }

  /** A schema whose parse() a `clean` model row vouches for (a closed set, a number, a boolean). */
  private isClosedSchema(n: Node, frame: Frame): boolean {
    // A schema kept in a variable (`period: Period`): the reference its value was built with.
    const ref = this.exprRef(unwrap(n), frame) ?? this.peekValue(n, frame)?.ref;
    return !!ref && this.models.find(`${ref}.parse`, "clean").length > 0;
  }

  /** The model reference an expression chain stands for (`zod:z.enum().describe()`), without evaluating it. */
  private exprRef(n: Node, frame: Frame): string | null {
    n = unwrap(n);
    if (n.type === "Identifier") {
      const b = frame.scope.lookup(n.name);
      return b?.kind === "import" ? this.importValue(b).ref ?? null : null;
    }
    if (n.type === "MemberExpression") {
      const name = propName(n);
      const base = this.exprRef(n.object, frame);
      return base && name ? memberRef(base, name) : null;
    }
    if (n.type === "CallExpression") {
      const base = this.exprRef(n.callee, frame);
      const c = unwrap(n.callee);
      if (base && c.type === "MemberExpression" && SCHEMA_NARROWING_RE.test(base)) return this.exprRef(c.object, frame);
      return base ? `${base}()` : null;
    }
    return null;
  }

  private checkPrompt(v: Val, sink: "instruction" | "prompt", node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
    // Gemini Content: { role, parts: [{ text }] }
    const parts = v.fields?.get("parts");
    if (parts) {
      this.checkPrompt(parts, sink, this.propertyNode(node, "parts") ?? node, frame, detail);
      return;
    }
    if (v.elems && v.elems.some((e) => e.fields?.has("text") || e.fields?.has("type"))) {
      // Content blocks: [{ type: "text", text }]
      const arr = unwrap(node).type === "ArrayExpression" ? (unwrap(node) as TSESTree.ArrayExpression) : null;
      v.elems.forEach((el, i) => {
        const elNode = arr && arr.elements.length === v.elems!.length ? arr.elements[i] : null;
        const textNode = elNode ? this.propertyNode(elNode, "text") ?? elNode : node;
        this.checkPrompt(el.fields?.get("text") ?? el, sink, textNode, frame, detail);
      });
      return;
    }
    this.checkSink(v, sink, node, frame, detail);
  }

  private checkMessages(v: Val, node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
    const arrNode = unwrap(node).type === "ArrayExpression" ? (unwrap(node) as TSESTree.ArrayExpression) : null;
    if (!v.elems) {
      this.checkSink(v, "prompt", node, frame, { ...detail, channel: "messages" });
      return;
    }
    v.elems.forEach((m, i) => {
      const elNode = arrNode && arrNode.elements.length === v.elems!.length ? arrNode.elements[i] : null;
      let role: string | undefined;
      let content: Val | undefined;
      let contentNode: Node | null = null;
      if (m.fields) {
        role = m.fields.get("role")?.str;
        content = m.fields.get("content") ?? m.fields.get("parts") ?? m.fields.get("text");
        contentNode = elNode ? this.propertyNode(elNode, "content") ?? this.propertyNode(elNode, "parts") : null;
        if (!contentNode) contentNode = (m as Val & { msgNode?: Node }).msgNode ?? null;
        if (!contentNode) {
          // An element pushed earlier: the `content` property it was written with.
          const p = m.props?.get("content") ?? m.props?.get("parts");
          if (p && p.file === this.file) contentNode = p.node.shorthand ? p.node.key : p.node.value;
        }
      } else if (m.elems && m.elems.length === 2 && m.elems[0].str !== undefined) {
        role = m.elems[0].str;
        content = m.elems[1];
        const en = elNode ? unwrap(elNode) : null;
        contentNode = en && en.type === "ArrayExpression" ? en.elements[1] : null;
      }
      if (!content) content = m;
      const where = contentNode ?? elNode ?? node;
      const isInstr = role !== undefined && ROLE_INSTRUCTION.has(role);
      const container = elNode && unwrap(elNode).type === "ObjectExpression" ? { start: elNode.range[0], end: elNode.range[1] } : undefined;
      this.checkPrompt(content, isInstr ? "instruction" : "prompt", where, frame, { ...detail, role, channel: role ? `${role} message` : "message", container });
    });
  }

  private makeTemplate(row: Extract<ModelRow, { kind: "prompt-template" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val {
    const info: TemplateInfo = { instructionVars: new Set(), promptVars: new Set(), hasModel: false };
    const undelimitedVars = new Set<string>();
    const addText = (text: string | undefined, instruction: boolean) => {
      if (text === undefined) return;
      const re = /(?<!\{)\{([A-Za-z_$][\w$]*)\}(?!\})/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        (instruction ? info.instructionVars : info.promptVars).add(m[1]);
        if (!instruction && INSTRUCTION_RE.test(text.replace(m[0], " ")) && !isDelimited(text.slice(0, m.index), text.slice(m.index + m[0].length))) undelimitedVars.add(m[1]);
      }
    };
    const at = this.argAt(args, argNodes, row.template);
    if (!at) return { ...CLEAN, obj: "prompt-template", template: info };
    if (row.form === "messages") {
      const arrNode = at.node && unwrap(at.node).type === "ArrayExpression" ? (unwrap(at.node) as TSESTree.ArrayExpression) : null;
      (at.val.elems ?? []).forEach((m, i) => {
        const elNode = arrNode && arrNode.elements.length === at.val.elems!.length ? arrNode.elements[i] : null;
        if (m.obj === "prompt-template" && m.template) {
          m.template.instructionVars.forEach((x) => info.instructionVars.add(x));
          m.template.promptVars.forEach((x) => info.promptVars.add(x));
          return;
        }
        let role: string | undefined;
        let text: Val | undefined;
        let textNode: Node | null = null;
        if (m.elems && m.elems.length === 2) {
          role = m.elems[0].str; text = m.elems[1];
          const en = elNode ? unwrap(elNode) : null;
          textNode = en && en.type === "ArrayExpression" ? en.elements[1] : null;
        } else if (m.fields) {
          role = m.fields.get("role")?.str; text = m.fields.get("content");
          textNode = (m as Val & { msgNode?: Node }).msgNode ?? null;
          // A message object (SystemMessage) is literal content, not a template.
          if (text && isTainted(flatten(text))) this.checkSink(text, role && ROLE_INSTRUCTION.has(role) ? "instruction" : "prompt", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role, channel: `${role} message` });
          return;
        } else if (m.str !== undefined) { role = "human"; text = m; }
        if (!text) return;
        const instr = role === "system" || role === "developer";
        this.checkSink(text, "prompt-template", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role });
        // Untrusted text as the system template is also untrusted text in the system message.
        if (instr) this.checkSink(text, "instruction", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role, channel: "system message template" });
        addText(text.str, instr);
      });
    } else {
      this.checkSink(at.val, "prompt-template", at.node ?? call, frame, { api: short(this.src((call as TSESTree.CallExpression).callee)) });
      if (row.form === "system-text") this.checkSink(at.val, "instruction", at.node ?? call, frame, { api: short(this.src((call as TSESTree.CallExpression).callee)), channel: "system message template" });
      for (const text of at.val.str !== undefined ? [at.val.str] : this.tableStrings(at.node, frame)) addText(text, row.form === "system-text");
    }
    const out: Val = { ...CLEAN, obj: "prompt-template", template: info, undelimitedVars } as Val;
    if (row.form === "system-text") return { ...out, fields: undefined };
    return out;
  }

  /**
   * The strings a value read from a table of constant strings with a key we do not know can be
   * (`TEMPLATES[kind]`): each entry, so a template picked at run time is judged on all of them.
   */
  private tableStrings(n: Node | null, frame: Frame): string[] {
    const e = n ? unwrap(n) : null;
    if (!e || e.type !== "MemberExpression" || !e.computed) return [];
    const entries = [...(this.peekValue(e.object, frame)?.fields?.values() ?? [])];
    return entries.length && entries.every((v) => v.str !== undefined && !isTainted(v)) ? entries.map((v) => v.str!) : [];
  }

  private templateMethod(tpl: Val, method: string, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val {
    const info = tpl.template!;
    if (method === "pipe") return { ...tpl, template: { ...info, hasModel: true } };
    if (method === "partial" || method === "invoke" || method === "format" || method === "formatMessages" || method === "formatPromptValue" || method === "stream" || method === "batch" || method === "call") {
      const vars = args[0];
      const varsNode = argNodes[0] ?? null;
      let all = CLEAN;
      if (vars?.fields) {
        for (const [name, v] of vars.fields) {
          const node = (varsNode && this.propertyNode(varsNode, name)) ?? varsNode ?? call;
          all = join(all, flatten(v));
          const bound = step(v, this.file, node, `bound to template variable \`{${name}}\``);
          if (info.instructionVars.has(name)) this.checkSink(bound, "instruction", node, frame, { api: `prompt template .${method}()`, channel: `{${name}} in the system message` });
          else if (info.promptVars.has(name)) {
            const und = (tpl as Val & { undelimitedVars?: Set<string> }).undelimitedVars?.has(name);
            this.checkSink(und ? { ...bound, undelimited: true } : bound, "prompt", node, frame, { api: `prompt template .${method}()`, channel: `{${name}}` });
          }
        }
      } else if (vars && isTainted(flatten(vars))) all = flatten(vars);
      if (method === "partial") return tpl;
      if (info.hasModel) return this.source(Taint.Model, call, "model output from a prompt template chain");
      return derived(all);
    }
    return tpl;
  }

  private providerFetch(args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val | null {
    const url = args[0];
    // The URL's known text: a template's fixed parts with the constants it interpolates (`${GEMINI_URL}?key=...`).
    const tpl = argNodes[0] && unwrap(argNodes[0]).type === "TemplateLiteral" ? (unwrap(argNodes[0]) as TSESTree.TemplateLiteral) : null;
    const u = url?.str ?? (tpl ? tpl.quasis.map((q, i) => (q.value.cooked ?? "") + (tpl.expressions[i] ? this.peekValue(tpl.expressions[i], frame)?.str ?? "" : "")).join("") : "");
    let shape: "openai" | "anthropic" | "gemini" | null = null;
    if (/\/(v\d+\/)?chat\/completions|\/v1\/responses/.test(u)) shape = "openai";
    else if (/\/v1\/messages/.test(u) && /anthropic/.test(u)) shape = "anthropic";
    else if (/:(stream)?generateContent/.test(u)) shape = "gemini";
    if (!shape) return null;
    const init = args[1];
    const body = init?.fields?.get("body");
    const json = body?.jsonOf;
    const api = `fetch ${shape} REST API`;
    if (json) {
      const bodyNode = argNodes[1] ? this.propertyNode(argNodes[1], "body") : null;
      const objNode = bodyNode && unwrap(bodyNode).type === "CallExpression" ? (unwrap(bodyNode) as TSESTree.CallExpression).arguments[0] : null;
      const fieldNode = (name: string) => (objNode ? this.propertyNode(objNode, name) : null) ?? bodyNode ?? call;
      if (shape === "openai") {
        const m = json.fields?.get("messages");
        if (m) this.checkMessages(m, fieldNode("messages"), frame, { api });
        const ins = json.fields?.get("instructions");
        if (ins) this.checkPrompt(ins, "instruction", fieldNode("instructions"), frame, { api, channel: "instructions" });
      } else if (shape === "anthropic") {
        const sys = json.fields?.get("system");
        if (sys) this.checkPrompt(sys, "instruction", fieldNode("system"), frame, { api, channel: "system" });
        const m = json.fields?.get("messages");
        if (m) this.checkMessages(m, fieldNode("messages"), frame, { api });
      } else {
        const sys = json.fields?.get("systemInstruction") ?? json.fields?.get("system_instruction");
        if (sys) this.checkSink(sys, "instruction", fieldNode(json.fields?.has("systemInstruction") ? "systemInstruction" : "system_instruction"), frame, { api, channel: "systemInstruction" });
        const c = json.fields?.get("contents");
        if (c) this.checkMessages(c, fieldNode("contents"), frame, { api });
      }
    }
    const headers = init?.fields?.get("headers");
    if (headers?.fields) for (const [k, v] of headers.fields) {
      if (/^(authorization|x-api-key|x-goog-api-key|api-key)$/i.test(k)) this.checkSink(v, "api-key", (argNodes[1] && this.propertyNode(argNodes[1], "headers") && this.propertyNode(this.propertyNode(argNodes[1], "headers")!, k)) || call, frame, { api });
    }
    this.checkSink(url, "url", argNodes[0] ?? call, frame, { api: "fetch" });
    return { ...this.source(Taint.Model, call, `model output from \`${api}\``), ref: "global:fetch()", envelope: true };
  }

  private jsonParse(arg: Val, call: Node, frame: Frame): Val {
    const a = flatten(arg);
    if (!(a.t & Taint.Model)) return derived(a);
    // The provider's own JSON around the model's text (an SSE event, a raw response body).
    if (a.envelope) return { ...step(derived(a), this.file, call, "parsed as JSON"), envelope: undefined };
    // JSON.parse(JSON.stringify(x)) is a deep copy of a value the program built, not parsing model text.
    const argNode = (call as TSESTree.CallExpression).arguments[0];
    if (argNode && this.isStringified(argNode)) return arg;
    // Validated later (Schema.parse(JSON.parse(x)), ajv.validate(s, data)): markValidated clears it.
    const fact = { type: "json-parse" as const, file: this.file, start: call.range[0], end: call.range[1], trail: a.trail, argStart: (call as TSESTree.CallExpression).arguments[0].range[0], argEnd: (call as TSESTree.CallExpression).arguments[0].range[1] };
    this.jsonParses.set(call, { fact, validated: false });
    void frame;
    return { ...step(derived(a), this.file, call, "parsed as JSON"), parsedJson: call };
  }

  private markValidated(name: string, args: Val[]): void {
    if (!name || !(VALIDATOR_METHODS.has(name) || /^(is|assert|validate)[A-Z]/.test(name))) return;
    for (const a of args) if (a.parsedJson) { const j = this.jsonParses.get(a.parsedJson); if (j) j.validated = true; }
  }

  // ---------------------------------------------------------------- sinks

  private checkSink(v0: Val, sink: SinkKind, node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
    const v = flatten(v0);
    if (!isTainted(v)) return;
    if (v.san & SINK_BITS[sink]) return;
    const { confidence, ...rest } = detail;
    const hitDetail = { ...rest, undelimited: v.undelimited || rest.undelimited, envName: v.envName };
    if (v.t) {
      this.facts.push({
        type: "sink", sink, file: this.file, start: node.range[0], end: node.range[1], t: v.t,
        trail: v.trail, confidence: confidence ?? "high", detail: hitDetail,
      });
    }
    if (v.p && frame.symbolic) {
      const steps = trailSteps(v.trail).filter((s) => !/^parameter `/.test(s.description));
      frame.paramSinks.push({
        sink, p: v.p, steps: [...steps, { file: this.file, start: node.range[0], end: node.range[1], description: `used as ${detail.channel ? `the ${detail.channel}` : sink} of \`${detail.api ?? "a sink"}\``, prev: null }],
        hit: { type: "sink", sink, file: this.file, start: node.range[0], end: node.range[1], confidence: confidence ?? "high", detail: hitDetail },
      });
    }
  }
}

/** `path.<name>` under any of its spellings (`path:resolve`, `path/posix:resolve`, `path:win32.resolve`). */
function isPathFn(ref: string | null, name: string): boolean {
  if (!ref) return false;
  const m = /^path(?:\/posix|\/win32)?:(?:posix\.|win32\.)?(\w+)$/.exec(ref);
  return !!m && m[1] === name;
}

/** Read-only programs whose `--output` selects what to print, not a file to write. */
const OUTPUT_IS_A_FORMAT = new Set(["df"]);

/** `execFile("git", ["status", ...])`, `exec("systemctl status api")`: a fixed program and subcommand that only read. */
function isReadOnlyCommand(args: Val[]): boolean {
  const first = args[0]?.str;
  if (first === undefined) return false;
  let words: (string | undefined)[];
  // What each argument is known to start with: a flag's name, whatever value follows it.
  let starts: (string | undefined)[];
  if (/\s/.test(first.trim())) {
    // One command string: no shell operators, or it could run anything after the first command.
    if (/[;&|`$<>()\n]/.test(first)) return false;
    words = starts = first.trim().split(/\s+/);
  } else {
    const argv = args[1]?.elems ?? [];
    words = [first.trim(), argv[0]?.str];
    starts = argv.map((a) => a.str ?? a.prefix);
  }
  const prog = (words[0] ?? "").replace(/^.*\//, "");
  // `git log --output=FILE` and the like write a file. Not `-o`: for kubectl, ps and systemctl
  // it picks an output format; nor df's --output, a list of columns.
  if (!OUTPUT_IS_A_FORMAT.has(prog) && starts.some((w) => w !== undefined && /^--output\b/.test(w))) return false;
  if (READ_ONLY_PROGRAMS.has(prog)) return true;
  const sub = READ_ONLY_SUBCOMMANDS.get(prog);
  return !!sub && words[1] !== undefined && sub.has(words[1]);
}

/** `needsApproval: false`, or a function that can only return false (`async () => false`): no gate. */
function neverApproves(n: Node): boolean {
  n = unwrap(n);
  if (n.type === "Literal") return n.value === false;
  if (!isFunction(n) || !n.body) return false;
  if (n.body.type !== "BlockStatement") return isFalseLiteral(n.body);
  const returns: TSESTree.ReturnStatement[] = [];
  const visit = (x: Node | null | undefined): void => {
    if (!x || isFunction(x) || x.type === "ClassDeclaration" || x.type === "ClassExpression") return;
    if (x.type === "ReturnStatement") { returns.push(x); return; }
    for (const [k, v] of Object.entries(x)) {
      if (k === "parent" || !v || typeof v !== "object") continue;
      if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === "string") visit(c); }
      else if (typeof (v as Node).type === "string") visit(v as Node);
    }
  };
  for (const st of n.body.body) visit(st);
  // A body that can fall off the end returns undefined: falsy too, but say so only when every exit is explicit.
  const last = n.body.body[n.body.body.length - 1];
  return returns.length > 0 && !!last && last.type === "ReturnStatement" && returns.every((r) => !!r.argument && isFalseLiteral(r.argument));
}

function isFalseLiteral(n: Node): boolean {
  n = unwrap(n);
  if (n.type === "AwaitExpression") return isFalseLiteral(n.argument);
  return n.type === "Literal" && n.value === false;
}

interface Target { binding: Binding; path?: string[] }
interface Narrowing extends Target { value: Val }

/** A copy of `base` whose property at `path` holds `v` (what a guard on `geo.region` learned). */
function withField(base: Val, path: string[], v: Val): Val {
  const [k, ...rest] = path;
  const cur = base.fields?.get(k) ?? (isTainted(base) ? derived(base) : CLEAN);
  const fields = new Map(base.fields ?? []);
  fields.set(k, rest.length ? withField(cur, rest, v) : v);
  return { ...base, fields };
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

function taintBit(name: "untrusted" | "untrusted-low" | "external" | "model" | "secret"): number {
  switch (name) {
    case "untrusted": return Taint.Untrusted;
    case "untrusted-low": return Taint.UntrustedLow;
    case "external": return Taint.External;
    case "model": return Taint.Model;
    case "secret": return Taint.Secret;
  }
}

function labelOf(name: string): string {
  switch (name) {
    case "untrusted": return "user input";
    case "untrusted-low": return "command-line input";
    case "external": return "external content";
    case "model": return "model output";
    default: return "secret";
  }
}

