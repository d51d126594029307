// What the concern modules of the propagation pass share: the analyser's state they may read
// and change (the Evaluator interface, implemented by ModuleAnalyzer), evaluation frames,
// environments, function summaries and the narrowings guards produce.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { ModuleExports, ModuleHost } from "../analyzer";
import type { FnNode, Node } from "./syntax";
import type { Fact, SinkHit } from "../facts";
import type { ModelIndex } from "../model";
import { Binding, Scope } from "../scope";
import type { SinkKind } from "../types";
import type { TemplateInfo, Trail, Val } from "../value";
import { withoutParams } from "./captured-params";
import type { ReturnWalk } from "./guard-wrappers";

export interface ParamSink {
  sink: SinkKind;
  p: number;
  steps: Trail[]; // from the parameter to the sink, oldest first (the parameter itself excluded)
  hit: Omit<SinkHit, "t" | "trail">;
}

/**
 * In a summary: a parameter (or a field of one, or any entry of one called with a computed key)
 * that the function calls, and the arguments it passes (which may carry other parameters' bits).
 * A caller passing a function there gets it analysed with those arguments.
 */
export interface ParamCall {
  fn: number;
  /** undefined: the parameter itself is called; a name: that field of it; null: any field (computed key). */
  member?: string | null;
  args: Val[];
}

/**
 * What a call does, for the tools whose handler makes it. `leg`: what it gives the agent
 * (lethal-trifecta-agent); `capability`: only that, no high-impact effect (excessive-agency-tool skips it).
 */
export interface Effect { effect: string; file: string; start: number; end: number; leg?: Leg; capability?: true }
export type Leg = "external-content" | "private-data" | "outbound";

export interface Summary {
  ret: Val;
  sinks: ParamSink[];
  effects: Effect[];
  approvals: boolean;
  name: string;
  /** Parameters the function calls, with what (higher-order helpers: `retry(fn)`, `timed(label, input, step)`). */
  calls?: ParamCall[];
  /** Templates formatted here whose text the callers pass (prompt-templates.ts): their variables are judged at each call. */
  templateCalls?: TemplateCall[];
}

/** In a summary: a template whose text comes from parameters, formatted with these values bound to its variables. */
export interface TemplateCall {
  info: TemplateInfo;
  bound: { name: string; value: Val; start: number; end: number }[];
  api: string;
}

export class Env {
  readonly vars = new Map<Binding, Val>();
  /**
   * `captured`: the environment of a closure summarised on its own, made in a summarised function:
   * what it reads from outside itself carries that function's parameter bits, not its own
   * (captured-params.ts), so those reads come without them.
   */
  constructor(readonly parent: Env | null, readonly captured = false) {}
  get(b: Binding): Val | undefined {
    let foreign = false;
    for (let e: Env | null = this; e; e = e.parent) {
      const v = e.vars.get(b);
      if (v) return foreign ? withoutParams(v) : v;
      if (e.captured) foreign = true;
    }
    return undefined;
  }
}

export interface Frame {
  fn: Node;
  scope: Scope;
  env: Env;
  self: Val | null;
  returns: Val[];
  /** What the returns of this walk prove, for guard wrappers (eval/guard-wrappers.ts). */
  walk: ReturnWalk;
  paramSinks: ParamSink[];
  /** Shared with inline callbacks like paramSinks; absent in the module frame. */
  paramCalls?: ParamCall[];
  /** Shared with inline callbacks like paramSinks; absent in the module frame. */
  templateCalls?: TemplateCall[];
  effects: Effect[];
  approvals: boolean;
  symbolic: boolean;
  name: string;
  depth: number;
}

export interface Closure {
  module: Evaluator; scope: Scope; env: Env;
  /** Made while a function was summarised: the variables it captures carry that function's parameter bits. */
  inSummary?: true;
  /** A closure a factory returned, bound to one call's arguments (bound-closures.ts): its summary is its own, not its node's. */
  bound?: { summary?: Summary; flows?: SinkHit[]; /** Bound in this function's summary: called there, it is analysed in place. */ inSummaryOf?: Node };
}

export interface StateCell { state: Binding; owner: Node; value: Val; changed?: boolean }

export const MAX_DEPTH = 48;
/**
 * Parameter bits 0..11 stand for parameters; bits 12..29 for access paths below them (fields of
 * `this` in class methods, fields of parameters: `ctx.agent`, a destructured `{ filename }`).
 */
export const MAX_PARAMS = 12;
export const FIELD_BASE = 12;

export interface Target { binding: Binding; path?: string[] }
export interface Narrowing extends Target { value: Val }

/** What the concern modules use of the module analyser (ModuleAnalyzer implements it). */
export interface Evaluator {
  readonly facts: Fact[];
  readonly exports: ModuleExports;
  /** Modules whose exports this analysis read (for incremental re-analysis). */
  readonly dependencies: Set<string>;
  readonly summaries: Map<Node, Summary>;
  readonly inProgress: Set<Node>;
  readonly analysedConcretely: Set<Node>;
  readonly jsonParses: Map<Node, { fact: Fact; validated: boolean; used: boolean }>;
  /**
   * Not a use of parsed JSON (unvalidated-llm-json): inside the arguments of a logging call, only
   * shown (> 0), and the JSON.parse calls whose result is discarded or bound to a name, where the
   * name's reads decide (eval/json-parse.ts).
   */
  displayDepth: number;
  jsonNotYetUsed: Set<Node>;
  /** Reads of names holding parsed JSON that only pass it on (json-parse.ts passesJsonOn). */
  jsonPassOn: Set<Node>;
  useServerFile: boolean;
  readonly pendingFunctions: { fn: FnNode; closure: Closure; self?: Val }[];
  /** React state declared with useState, by setter binding. */
  readonly stateCells: Map<Binding, StateCell>;
  readonly exportedLocal: { local: string; exported: string }[];
  /** Names for anonymous functions, from the declarator or property that holds them. */
  readonly fnNames: Map<Node, string>;
  /** Top-level declarations under `export` (for route handlers and server actions). */
  readonly exportedDecls: Set<Node>;
  aborted: boolean;
  /** A helper chain went deeper than MAX_DEPTH: some flows through it may be missing. */
  depthLimited: boolean;
  /** Route handlers and server actions, analysed after the module walk (see run()). */
  readonly deferredHandlers: (() => void)[];
  readonly file: string;
  /** The module's source text. */
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly host: ModuleHost;
  readonly models: ModelIndex;
  normaliseModule(source: string): string;
  /** The value an import binding stands for: a reference into a package, or another module's export. */
  importValue(b: Binding): Val;
  localModuleValue(source: string, imported: string): Val;
  moduleValue(source: string, imported: string): Val;
  readBinding(b: Binding, frame: Frame, id: TSESTree.Identifier | null): Val;
  initFunctionBindings(stmts: readonly Node[], frame: Frame): void;
  fnValue(node: FnNode, frame: Frame): Val;
  src(n: Node): string;
}
