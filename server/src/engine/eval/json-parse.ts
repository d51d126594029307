// JSON.parse of model output: recorded unless a validator later checks the parsed value, and only
// when the parsed value is used (not only logged, nor discarded).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame, ParamSink } from "./evaluator";
import { isStringified } from "./prompt-text";
import { type Node, unwrap } from "./syntax";
import { Taint } from "../types";
import { derived, flatten, sourceConfidence, step, trailSteps, type Val } from "../value";

export const VALIDATOR_METHODS = new Set([
  "parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "assert", "is", "check", "decode",
  "cast", "create", "assertType", "assertEquals", "validateAsync", "spa", "Check", "Decode", "Parse",
]);

/**
 * Calls whose arguments are only shown (logged, written to the terminal, asked at a terminal prompt),
 * not used: the console, a logging package's logger (pino, winston, ...), a `logger` / `log` object's
 * level methods (`this.logger.info`), and functions named as logging (`addBreadcrumb`, `logDebug`).
 */
const LEVEL = String.raw`(?:log|info|debug|warn|warning|error|trace|fatal|verbose|silly|success)`;
const DISPLAY_CALL_RE = new RegExp([
  String.raw`^global:(console\.\w+|process\.std(out|err)\.write)$`,
  String.raw`^readline(\/promises)?:createInterface\(\)\.question$|^\?:rl\.question$`,
  String.raw`^(?:pino|winston|bunyan|consola|loglevel|log4js|signale|npmlog|@nestjs\/common)(?:\/[\w-]+)?:.*\.${LEVEL}$`,
  String.raw`^\?:(?:.*\.)?(?:logger|log|_logger|_log)\.${LEVEL}$`,
  String.raw`^\?:(?:addBreadcrumb|logDebug|logInfo|logEvent|debugLog)$|^@sentry\/[\w-]+:addBreadcrumb$`,
].join("|"));

/**
 * `notUsedYet`: the call's result is only shown, discarded or bound to a name (whose reads then
 * decide, see noteJsonRead).
 */
export function jsonParse(ev: Evaluator, arg: Val, call: Node, frame: Frame, notUsedYet: boolean): Val {
  const a = flatten(arg);
  if (!(a.t & Taint.Model) && !(a.p && frame.symbolic)) return derived(a);
  // The provider's own JSON around the model's text (an SSE event, a raw response body).
  if (a.envelope) return { ...step(derived(a), ev.file, call, "parsed as JSON"), envelope: undefined };
  // JSON.parse(JSON.stringify(x)) is a deep copy of a value the program built, not parsing model text.
  const argNode = (call as TSESTree.CallExpression).arguments[0];
  if (argNode && isStringified(ev, argNode)) return arg;
  // A parameter parsed in a helper: whether the callers' arguments are model output decides (paramJsonSinks).
  if (a.p && frame.symbolic) {
    const parses = paramParsesOf(ev);
    const prev = parses.get(call);
    parses.set(call, { p: a.p | (prev?.p ?? 0), trail: a.trail, validated: false, used: (!notUsedYet && returning !== call) || !!prev?.used, owner: frame.paramSinks });
    if (!(a.t & Taint.Model)) return { ...step(derived(a), ev.file, call, "parsed as JSON"), parsedJson: call };
  }
  // Validated later (Schema.parse(JSON.parse(x)), ajv.validate(s, data)): markValidated clears it.
  const fact = { type: "json-parse" as const, file: ev.file, start: call.range[0], end: call.range[1], trail: a.trail, confidence: sourceConfidence(a.trail), argStart: (call as TSESTree.CallExpression).arguments[0].range[0], argEnd: (call as TSESTree.CallExpression).arguments[0].range[1] };
  ev.jsonParses.set(call, { fact, validated: false, used: !notUsedYet || !!ev.jsonParses.get(call)?.used });
  void frame;
  return { ...step(derived(a), ev.file, call, "parsed as JSON"), parsedJson: call };
}

export function markValidated(ev: Evaluator, name: string, args: Val[]): void {
  if (!name || !(VALIDATOR_METHODS.has(name) || /^(is|assert|validate)[A-Z]/.test(name))) return;
  for (const a of args) if (a.parsedJson) {
    const j = ev.jsonParses.get(a.parsedJson);
    if (j) j.validated = true;
    const pj = paramParses.get(ev)?.get(a.parsedJson);
    if (pj) pj.validated = true;
  }
}

/**
 * A type guard the program wrote (`isRecord(x): x is Record<string, unknown>`, `asserts x is Plan`)
 * called on parsed JSON: the developer's own check of its shape, like a schema's.
 */
export function markGuarded(ev: Evaluator, fnNode: Node, args: Val[]): void {
  const pred = "returnType" in fnNode ? fnNode.returnType?.typeAnnotation : undefined;
  if (!pred || pred.type !== "TSTypePredicate" || pred.parameterName.type !== "Identifier") return;
  const name = pred.parameterName.name;
  const idx = (fnNode as TSESTree.FunctionLike).params.findIndex((p) => p.type === "Identifier" && p.name === name);
  const a = idx >= 0 ? args[idx] : undefined;
  const j = a?.parsedJson ? ev.jsonParses.get(a.parsedJson) : undefined;
  if (j) j.validated = true;
  const pj = a?.parsedJson ? paramParses.get(ev)?.get(a.parsedJson) : undefined;
  if (pj) pj.validated = true;
}

/** A read of a name holding parsed JSON uses it, unless the read is only shown, only passes it on, or (in a helper) only returns it. */
export function noteJsonRead(ev: Evaluator, v: Val, read: Node): void {
  if (!v.parsedJson || ev.displayDepth > 0 || ev.jsonPassOn.has(read)) return;
  const j = ev.jsonParses.get(v.parsedJson);
  if (j) j.used = true;
  const pj = paramParses.get(ev)?.get(v.parsedJson);
  if (pj && returning !== RETURNED_NAME) pj.used = true;
}

// JSON.parse of a helper's parameter (`function handleSendEmail(args) { const p = JSON.parse(args) ... }`):
// the parse is part of the helper's summary, a `json` sink of that parameter, so a caller passing
// tool-call arguments or model text gets the finding (at its argument, like any sink in a helper).
// Only a parse whose result the helper uses unvalidated counts: returning it hands the decision to
// the caller, where the returned value is not tracked as parsed JSON, so such helpers stay silent.
/** `owner`: the records of the function being summarised (inline callbacks share their enclosing function's). */
interface ParamParse { p: number; trail: Val["trail"]; validated: boolean; used: boolean; owner: ParamSink[] }
const paramParses = new WeakMap<Evaluator, Map<Node, ParamParse>>();
const RETURNED_NAME = Symbol("returned name");
/** The JSON.parse call, or a bare name, being returned from a helper right now. */
let returning: Node | typeof RETURNED_NAME | null = null;

function paramParsesOf(ev: Evaluator): Map<Node, ParamParse> {
  let m = paramParses.get(ev);
  if (!m) paramParses.set(ev, (m = new Map()));
  return m;
}

/** Evaluates a helper's `return` argument: returning the parsed value (or the name holding it) is not a use. */
export function returnedJson<T>(arg: Node, run: () => T): T {
  const saved = returning;
  const n = unwrap(arg);
  returning = n.type === "Identifier" ? RETURNED_NAME : n.type === "CallExpression" ? n : null;
  try { return run(); } finally { returning = saved; }
}

/** At the end of a helper's symbolic analysis: its parameters parsed and used unvalidated, as `json` sinks. */
export function paramJsonSinks(ev: Evaluator, frame: Frame): ParamSink[] {
  const out: ParamSink[] = [];
  for (const [call, j] of paramParses.get(ev) ?? []) {
    if (!j.used || j.validated || j.owner !== frame.paramSinks) continue;
    const steps = trailSteps(j.trail).filter((s) => !/^parameter `/.test(s.description));
    const args = (call as TSESTree.CallExpression).arguments[0];
    out.push({
      sink: "json", p: j.p,
      steps: [...steps, { file: ev.file, start: call.range[0], end: call.range[1], description: "parsed with JSON.parse and used without validation", prev: null }],
      hit: { type: "sink", sink: "json", file: ev.file, start: call.range[0], end: call.range[1], confidence: "high", detail: { api: "JSON.parse", channel: ev.src(args) } },
    });
  }
  return out;
}

/**
 * The name an access chain starts from (`input.action?.commands || []`, `(plan as Plan).steps`):
 * reading it there only hands part of the parsed value to what comes next.
 */
export function accessRoot(n: Node): TSESTree.Identifier | null {
  n = unwrap(n);
  if (n.type === "ChainExpression") return accessRoot(n.expression);
  if (n.type === "MemberExpression") return n.computed && n.property.type !== "Literal" ? null : accessRoot(n.object);
  if (n.type === "LogicalExpression" && (n.operator === "||" || n.operator === "??")) {
    const r = unwrap(n.right);
    return r.type === "Literal" || r.type === "ArrayExpression" || r.type === "ObjectExpression" ? accessRoot(n.left) : null;
  }
  return n.type === "Identifier" ? n : null;
}

/**
 * `const commands = input.action?.commands || []` and `commands.forEach((cmd) => ...)`: the read of
 * `input` (or `commands`) passes the parsed value on, to a name or to a callback's parameter; the
 * reads of those decide whether it is used (a confirmation prompt that only prints them does not).
 */
export function passesJsonOn(ev: Evaluator, root: TSESTree.Identifier | null): void {
  if (root) ev.jsonPassOn.add(root);
}

/** JSON.parse results in `init` (a discarded expression, a name's initial value) are not used by being made. */
export function withJsonContext<T>(ev: Evaluator, init: Node | null, run: () => T): T {
  const saved = ev.jsonNotYetUsed;
  const n = init ? unwrap(init) : null;
  ev.jsonNotYetUsed = new Set(n ? (n.type === "ConditionalExpression" ? [unwrap(n.consequent), unwrap(n.alternate)] : [n]) : []);
  try { return run(); } finally { ev.jsonNotYetUsed = saved; }
}

/**
 * Evaluates a call's arguments in the display context the callee gives them: a logging call's
 * arguments are only shown; JSON.stringify and String keep the context they are in (a JSON.parse
 * given straight to JSON.stringify is not used); any other call uses its arguments.
 */
export function argsInContext(ev: Evaluator, ref: string | undefined, run: () => Val[], first: Node | null = null): Val[] {
  const display = !!ref && DISPLAY_CALL_RE.test(ref);
  ev.displayDepth = display ? ev.displayDepth + 1 : ref === "global:JSON.stringify" || ref === "global:String" ? ev.displayDepth : 0;
  // JSON.stringify(JSON.parse(text), null, 2) pretty-prints the text: the parsed value is turned
  // straight back into text, no field of it is read.
  const args = withJsonContext(ev, ref === "global:JSON.stringify" ? first : null, run);
  ev.displayDepth = 0;
  return args;
}
