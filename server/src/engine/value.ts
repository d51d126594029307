// Abstract values: what the engine knows about an expression's result.
// A value carries taint kinds (bit flags), symbolic parameter bits for function summaries,
// the sinks it has been made safe for, a provenance trail, and, where known, its shape
// (constant string, object fields, array elements, API reference, function).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { AgentTool } from "./facts";
import type { SinkKind } from "./types";

/** One link of a provenance trail; trails are shared, newest link first. */
export interface Trail {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly description: string;
  readonly prev: Trail | null;
  /** An argument passed into a helper: findings through the helper are reported here. */
  readonly anchor?: boolean;
  /** On a source link: the source is only probably what it says (an LLM call recognised by shape). */
  readonly confidence?: "medium";
}

/** "tool-name": the name a handler serving several tools branches on (see eval/handlers.ts, `dispatch`); "response": the response object of an Express-style route at a literal path (eval/own-routes.ts). */
export type ObjectKind = "request" | "context" | "response" | "form-data" | "prompt-template" | "search-params" | "tool-name";

/** One function of a table read with a computed key; `tool` when the key is a dispatched tool's name. */
export interface TableEntry {
  name: string;
  fn: FunctionRef;
  /** The property that defines it, when in the reading file (where a tool found through it is reported). */
  at?: { start: number; end: number };
  tool?: boolean;
}

export interface FunctionRef {
  node: TSESTree.FunctionLike | TSESTree.ArrowFunctionExpression;
  /** Opaque handle to the module and closure environment the function was created in. */
  closure: unknown;
  /** For class methods: the class's field store for `this`. */
  self?: Val;
}

export interface TemplateInfo {
  /** Template variables that land in an instruction (system) message. */
  instructionVars: Set<string>;
  /** Variables that land in other prompt text, with whether the text around them is instructions. */
  promptVars: Set<string>;
  /** The template has an LLM piped behind it: invoking it returns model output. */
  hasModel: boolean;
  /**
   * Prompt variables whose text around them is instructions with nothing marking where the value
   * starts and ends. Part of the template, so it travels with it (returned by a factory, joined).
   */
  undelimitedVars?: Set<string>;
  /**
   * A runnable composed of steps (LangChain LCEL, eval/runnables.ts): what invoking it returns for an
   * input that carries nothing, and whether the input itself flows through to that output.
   */
  output?: Val;
  passesInput?: boolean;
  /**
   * In a summary: the template's text came from these parameters (`fromTemplate(\`${preamble}\n${body}\`)`
   * in a helper), so its variables are read from the text each call passes (eval/prompt-templates.ts).
   */
  textFrom?: { p: number; instruction: boolean };
}

export interface Val {
  t: number; // taint kinds (Taint bits)
  p: number; // parameter bits: bit i = flows from parameter i of the function being summarised
  san: number; // SinkKind bits this value was sanitised for
  trail: Trail | null;
  str?: string; // known constant string
  /**
   * Constant strings the value may be, when `str` is not known: the sides of a join
   * (`isWindows ? "cmd.exe" : "/bin/sh"`, `process.env.SHELL ?? "/bin/bash"`) and a parameter's
   * default. Not a closed set: the value may be something else too.
   */
  strs?: string[];
  /** For a file path: what the program wrote to that file (a script it may then run). */
  holds?: Val;
  /** Known constant start of a string whose rest is not known (`"--output=" + p`). */
  prefix?: string;
  fields?: Map<string, Val>;
  /** Where each field was written (object literal properties), for locations through spreads. */
  props?: Map<string, { file: string; node: TSESTree.Property }>;
  elems?: Val[];
  ref?: string; // qualified API reference, e.g. "openai:OpenAI().chat.completions.create"
  fn?: FunctionRef;
  /** A table of functions read with a computed key (`tools[name]`): calling it may call any entry. */
  entries?: TableEntry[];
  obj?: ObjectKind;
  /** A tool made by a `tool` row (`tool({ execute })`): what it gives the agent it is handed to (lethal-trifecta-agent). */
  tool?: AgentTool;
  /** A response of the app's own route (eval/own-routes.ts): what its body carries, JSON fields apart. */
  body?: Val;
  template?: TemplateInfo;
  /** Set on strings where tainted text is spliced into instruction-like text without delimiters. */
  undelimited?: boolean;
  /**
   * In a summary: [i, j] pairs where parameter j is spliced, without delimiters, next to
   * parameter i (`${instruction}\n\n${text}`). A caller passing instruction text as i and
   * untrusted input as j gets an undelimited result.
   */
  undelimitedWith?: [number, number][];
  /**
   * Parameter bits that reach this value only inside delimiters (`<document>${text}</document>`):
   * splicing the value elsewhere does not splice those parameters bare. Dropped by joins (cautious).
   */
  fenced?: number;
  /** process.env / import.meta.env name this value was read from. */
  envName?: string;
  /** The object this string is a JSON serialisation of (for raw REST bodies). */
  jsonOf?: Val;
  /** The value is the result of JSON.parse(model output) with no validation yet. */
  parsedJson?: TSESTree.Node;
  /**
   * The model taint is a provider's raw wire format (a REST response body or SSE stream) around
   * the model's text, not that text: parsing it (JSON.parse, `.json()`) is not parsing model output.
   */
  envelope?: boolean;
  /**
   * The rest of a destructured object (`const { system, ...rest } = body`): these keys were taken
   * out, so the value cannot hold them. Dropped by any join or derivation (cautious).
   */
  omits?: string[];
  /**
   * Known to be an array though its elements are not known one by one (a parameter typed `T[]`,
   * the result of `split`, `map`, `filter`): its `entries()` and `keys()` keys are indices, not
   * its data. Dropped by joins and derivations (cautious: a Map's keys may be data).
   */
  array?: true;
  /**
   * In a function summary: the value *is* this access path of the call (`#0` the first argument,
   * `#0.agent` its field, `config.storage` a field of `this`), not just derived from it. Reading a
   * field of it names a narrower path, so a caller's other fields stay apart. Kept by `step`,
   * dropped by joins and derivations.
   */
  slot?: AccessPath;
  /**
   * A messages list whose roles something constrained (a schema closing `role`, a `map` that sets
   * it, a `filter` on it): request data in it is not the client choosing roles (eval/client-roles.ts).
   * Dropped by joins and derivations (cautious).
   */
  rolesChecked?: true;
  /**
   * A Set or Map the code built (eval/collections.ts): changed in place by `add` / `set`. Its
   * `elems` are what iterating it yields (a Map: one [keys, values] pair). Dropped by joins, which
   * keep those elements.
   */
  coll?: Collection;
  /**
   * Callbacks registered on this object that a later call on it, or on what its methods return,
   * runs (a LangGraph graph's nodes, eval/registered-callbacks.ts).
   */
  registered?: RegisteredCallback[];
  /**
   * Fields written before a spread of data whose keys are not known (`{ persona: "x", ...body }`):
   * the spread may have replaced them, so reading one also gives the object's own taint
   * (eval/collections.ts). The fields themselves keep what the code wrote, for the checks that
   * report the spread itself (an LLM call's parameters). Joins keep both sides' (cautious).
   */
  spreadOver?: string[];
  /**
   * An object schema (zod `z.object({...})`, through `.strict()`, `.optional()`...): what its
   * `parse` gives each field, so a module that imports the schema reads it as the defining module
   * does (eval/schema-narrowing.ts).
   */
  schema?: SchemaTemplate;
  /**
   * The literal `true` reached this value on some path (`options.shell = true` in one branch):
   * an option that may be switched on. Kept by joins, dropped by derivations.
   */
  mayBeTrue?: true;
}

/** What an object schema says of each field of what it parses: closed (an enum, a number), or open. */
export interface SchemaTemplate {
  fields: Map<string, "closed" | { nested: SchemaTemplate | null; rolesChecked: boolean }>;
}

export interface RegisteredCallback {
  fn: FunctionRef;
  /** Method names that run it. */
  runBy: string[];
  /** For each parameter, the argument of the running call it receives ("0", "1.configurable"), or "none". */
  params: string[];
}

/** What a Set or Map built in the code holds (eval/collections.ts). */
export interface Collection {
  kind: "set" | "map";
  /** Map values stored under a constant key, by that key (the latest write wins). */
  byKey: Map<string, Val>;
  /** Map values stored under keys not known as constants: any `get` may return them. */
  unkeyed: Val;
}

/** A symbolic access path and the table of paths of its summary (where its bit is allocated). */
export interface AccessPath {
  readonly table: PathTable;
  readonly path: string;
}

/** Access paths of one summary, each standing for parameter bit `base + index`. */
export interface PathTable {
  readonly names: string[];
  readonly base: number;
  readonly size: number;
}

export const SINK_BITS: Record<SinkKind, number> = {
  instruction: 1,
  prompt: 2,
  "prompt-template": 4,
  code: 8,
  shell: 16,
  sql: 32,
  html: 64,
  url: 128,
  path: 256,
  "api-key": 512,
  json: 1024,
  response: 4096,
  // An endpoint is a URL whose host matters: what makes a URL safe to request (a fixed
  // scheme://host/, an allow-listed host) makes it a safe endpoint, so its mask holds the url bit;
  // and so does PROGRAM_BASE, which only an endpoint accepts.
  endpoint: 128 | 2048,
  store: 8192,
  markdown: 16384,
  // Outside ALL_SINKS: no text sanitiser makes a name safe to pick a function with (`constructor`
  // is all letters); only a check against the table's own keys does (eval/tool-dispatch.ts).
  dispatch: 32768,
};
/**
 * Safe as an endpoint only: the URL starts with a part the program chose that we cannot read (a
 * configured base URL, `${baseUrl}/${path}`), so the request's data extends that base rather than
 * naming the host. Not enough for a URL the model writes (llm-output-ssrf keeps the url bit alone).
 */
export const PROGRAM_BASE = 2048;
export const ALL_SINKS = 16383;

export const CLEAN: Val = Object.freeze({ t: 0, p: 0, san: 0, trail: null }) as Val;
/** The literal `true` (see Val.mayBeTrue). */
export const TRUE: Val = Object.freeze({ t: 0, p: 0, san: 0, trail: null, mayBeTrue: true }) as Val;

export function constant(str: string): Val {
  return { t: 0, p: 0, san: 0, trail: null, str };
}

export function isTainted(v: Val): boolean {
  return (v.t | v.p) !== 0;
}

/** Taint of the value and everything inside it (fields, elements), to a bounded depth. */
export function deepTaint(v: Val, depth = 0): { t: number; p: number; trail: Trail | null; san: number } {
  let t = v.t;
  let p = v.p;
  let trail = v.trail;
  let san = isTainted(v) ? v.san : ALL_SINKS;
  if (depth < 4) {
    const visit = (c: Val) => {
      const d = deepTaint(c, depth + 1);
      if ((d.t | d.p) !== 0) {
        if (!trail || ((t | p) === 0)) trail = d.trail;
        t |= d.t;
        p |= d.p;
        san &= d.san;
      }
    };
    if (v.fields) for (const f of v.fields.values()) visit(f);
    if (v.elems) for (const e of v.elems) visit(e);
  }
  if ((t | p) === 0) san = 0;
  return { t, p, trail, san };
}

/** A value carrying the flattened taint of `v` (used when an object is stringified or sent whole). */
export function flatten(v: Val): Val {
  if (!v.fields && !v.elems) return v;
  const d = deepTaint(v);
  return { t: d.t, p: d.p, san: d.san, trail: d.trail };
}

/** Least upper bound: tainted if either is; shape kept only where both agree. */
export function join(a: Val, b: Val): Val {
  if (a === b) return a;
  const at = isTainted(a);
  const bt = isTainted(b);
  const out: Val = {
    t: a.t | b.t,
    p: a.p | b.p,
    san: at && bt ? a.san & b.san : at ? a.san : bt ? b.san : 0,
    // Keep the trail of a real source over that of a parameter placeholder.
    trail: a.t ? a.trail : b.t ? b.trail : at ? a.trail : b.trail,
  };
  if (a.str !== undefined && a.str === b.str) out.str = a.str;
  else {
    if (a.prefix !== undefined && a.prefix === b.prefix) out.prefix = a.prefix;
    const strs = mayBeStrings(a, b);
    if (strs) out.strs = strs;
  }
  if (a.holds || b.holds) out.holds = a.holds && b.holds ? join(a.holds, b.holds) : a.holds ?? b.holds;
  if (a.fields || b.fields) {
    const fields = new Map<string, Val>();
    // A field one side lacks reads, on that side, as that side's own taint (a tainted
    // object without a field store): a narrowed `geo.region` must not stay clean after the branch.
    if (a.fields) for (const [k, v] of a.fields) fields.set(k, b.fields?.has(k) || !bt ? v : join(v, derived(b)));
    if (b.fields) for (const [k, v] of b.fields) fields.set(k, a.fields?.has(k) ? join(fields.get(k)!, v) : at ? join(v, derived(a)) : v);
    out.fields = fields;
  }
  if (a.elems || b.elems) out.elems = [...(a.elems ?? []), ...(b.elems ?? [])].slice(0, 64);
  out.ref = a.ref ?? b.ref;
  out.fn = a.fn ?? b.fn;
  if (a.entries || b.entries || (a.fn && b.fn && !sameFunction(a.fn, b.fn))) out.entries = joinEntries(a, b);
  if (a.mayBeTrue || b.mayBeTrue) out.mayBeTrue = true;
  if (a.spreadOver || b.spreadOver) out.spreadOver = [...new Set([...(a.spreadOver ?? []), ...(b.spreadOver ?? [])])];
  if (a.registered || b.registered) out.registered = a.registered && b.registered && a.registered !== b.registered ? [...new Set([...a.registered, ...b.registered])] : a.registered ?? b.registered;
  out.obj = a.obj ?? b.obj;
  out.template = a.template ?? b.template;
  out.undelimited = a.undelimited || b.undelimited || undefined;
  if (a.undelimitedWith || b.undelimitedWith) out.undelimitedWith = [...(a.undelimitedWith ?? []), ...(b.undelimitedWith ?? [])].slice(0, 16);
  out.envName = a.envName ?? b.envName;
  out.jsonOf = a.jsonOf ?? b.jsonOf;
  out.parsedJson = a.parsedJson ?? b.parsedJson;
  // Still only an envelope if every tainted side is one.
  if ((at || bt) && (!at || a.envelope) && (!bt || b.envelope)) out.envelope = true;
  return out;
}

/**
 * The functions a joined value may be (`cond ? onText : onCode`, an element of an array of handler
 * objects): each side's entries, or its function. A call of the result calls every one of them.
 */
function joinEntries(a: Val, b: Val): TableEntry[] | undefined {
  const as = a.entries ?? (a.fn ? [{ name: "", fn: a.fn }] : []);
  const bs = b.entries ?? (b.fn ? [{ name: "", fn: b.fn }] : []);
  if (!as.length || !bs.length) return a.entries ?? b.entries;
  const out = [...as];
  for (const e of bs) if (out.length < MAX_ALTERNATIVES && !out.some((o) => sameFunction(o.fn, e.fn))) out.push(e);
  return out;
}

const MAX_ALTERNATIVES = 16;

/** Two closures of one node share its summary, unless one is bound to a factory call's arguments (eval/bound-closures.ts). */
function sameFunction(a: FunctionRef, b: FunctionRef): boolean {
  return a.node === b.node && (a.closure === b.closure || !((a.closure as { bound?: unknown }).bound || (b.closure as { bound?: unknown }).bound));
}

/** The constants either side may be (at most 8), for a join whose sides differ. */
function mayBeStrings(a: Val, b: Val): string[] | undefined {
  if (a.str === undefined && !a.strs && b.str === undefined && !b.strs) return undefined;
  const out = new Set<string>();
  for (const v of [a, b]) {
    if (v.str !== undefined) out.add(v.str);
    for (const s of v.strs ?? []) out.add(s);
  }
  return [...out].slice(0, 8);
}

export function joinAll(vals: Val[]): Val {
  let out = CLEAN;
  for (const v of vals) out = join(out, v);
  return out;
}

/** Same taint, new trail link; no-op for untainted values. */
export function step(v: Val, file: string, node: { range: [number, number] }, description: string): Val {
  if (!isTainted(v)) return v;
  return { ...v, trail: { file, start: node.range[0], end: node.range[1], description, prev: v.trail } };
}

/** A derived value (concatenation, method result): taint only, no shape. */
export function derived(v: Val): Val {
  if (!isTainted(v)) return CLEAN;
  return { t: v.t, p: v.p, san: v.san, trail: v.trail, undelimited: v.undelimited, undelimitedWith: v.undelimitedWith, envelope: v.envelope };
}

/** A tainted value known to be an array (see Val.array). */
export function asArray(v: Val): Val {
  return isTainted(v) ? { ...v, array: true } : v;
}

export function withoutTaint(v: Val, mask: number): Val {
  return { ...v, t: v.t & ~mask };
}

export function sanitised(v: Val, sinkBits: number): Val {
  if (!isTainted(v)) return v;
  return { ...v, san: v.san | sinkBits };
}

/** "medium" when the trail starts at a source recognised with medium confidence (Trail.confidence). */
export function sourceConfidence(trail: Trail | null): "medium" | undefined {
  let t = trail;
  for (let n = 0; t?.prev && n < 256; n++) t = t.prev;
  return t?.confidence;
}

export function trailSteps(trail: Trail | null): Trail[] {
  const out: Trail[] = [];
  for (let t = trail; t && out.length < 64; t = t.prev) out.push(t);
  return out.reverse();
}
