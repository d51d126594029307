// Framework handler registration and tool handlers: route handlers and server actions, event
// handlers registered with a model row, and tools, whose parameters get the role the framework
// gives them (request data, client messages, model-chosen arguments).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Evaluator, type Frame, MAX_PARAMS } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete } from "./functions";
import { propertyNode } from "./model-rows";
import { isFunction, type Node, short, unwrap } from "./syntax";
import type { ToolFact } from "../facts";
import { Taint } from "../types";
import { CLEAN, type Val } from "../value";

export const ROUTE_EXPORTS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

export const APPROVAL_RE = /confirm|approv|askUser|askHuman|humanInTheLoop|requireHuman|interrupt|elicitInput|promptUser|waitForUser/i;

/** Commands that only report state: a tool running one, with the program and subcommand fixed, acts on nothing. */
export const LIFECYCLE_EVENTS = new Set(["connection", "connect", "disconnect", "close", "error", "open", "end", "ready", "listening", "drain", "finish", "exit"]);

/** `needsApproval: false`, or a function that can only return false (`async () => false`): no gate. */
export function neverApproves(n: Node): boolean {
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

export function isFalseLiteral(n: Node): boolean {
  n = unwrap(n);
  if (n.type === "AwaitExpression") return isFalseLiteral(n.argument);
  return n.type === "Literal" && n.value === false;
}

export function maybeRouteHandler(ev: Evaluator, fn: TSESTree.FunctionDeclaration, frame: Frame): void {
  const exported = ev.exportedDecls.has(fn);
  const useServer = ev.useServerFile || (fn.body && fn.body.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server"));
  if (exported && fn.id && ROUTE_EXPORTS.has(fn.id.name) && fn.params.length) {
    // Next.js / SvelteKit-style route handler: the first parameter is the HTTP request.
    const v = ev.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id);
    recordHandler(ev, fn, `route ${fn.id.name}`);
    if (v.fn) deferOrRun(ev, frame, () => analyseConcrete(ev, v.fn!, [{ ...CLEAN, obj: "request" }, { ...CLEAN, obj: "context" }], fn.id!.name));
  } else if (useServer && (exported || !ev.useServerFile) && fn.id) {
    const v = ev.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id);
    recordHandler(ev, fn, "server action");
    if (v.fn) deferOrRun(ev, frame, () => analyseConcrete(ev, v.fn!, fn.params.map((p) => source(ev, Taint.Untrusted, p, `server action argument \`${short(ev.src(p))}\` (sent by the browser)`)), fn.id!.name));
  }
}

/** Where requests enter (a handler row's registration, a route export, a server action): what "understood" counts. */
export function recordHandler(ev: Evaluator, node: Node, api: string): void {
  ev.facts.push({ type: "handler", file: ev.file, start: node.range[0], end: node.range[1], api });
}

/** Top-level handlers wait for the module walk (and bottom-up summaries); nested ones run now. */
export function deferOrRun(ev: Evaluator, frame: Frame, run: () => void): void {
  if (frame.fn === ev.ast) ev.deferredHandlers.push(run);
  else run();
}

export function paramRoleValue(ev: Evaluator, role: string, param: Node | undefined, node: Node): Val {
  const name = param && param.type === "Identifier" ? param.name : "";
  switch (role) {
    case "request": return name === "ctx" || name === "c" || name === "context" ? { ...CLEAN, obj: "context" } : { ...CLEAN, obj: "request" };
    case "context": return { ...CLEAN, obj: "context" };
    case "untrusted": return source(ev, Taint.Untrusted, param ?? node, `message \`${short(param ? ev.src(param) : "")}\` received from a client`);
    case "untrusted-low": return source(ev, Taint.UntrustedLow, param ?? node, "operator input");
    case "external": return source(ev, Taint.External, param ?? node, "external content");
    case "model": return source(ev, Taint.Model, param ?? node, `tool argument \`${short(param ? ev.src(param) : "")}\` chosen by the model`);
    default: return CLEAN;
  }
}

/** Parameter values for a function analysed on its own: typed or conventionally named requests. */
export function defaultParamValue(ev: Evaluator, p: Node, i: number, symbolic: boolean): Val {
  const id = p.type === "AssignmentPattern" ? p.left : p.type === "TSParameterProperty" ? p.parameter : p;
  const ann = (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  const typeName = ann && ann.type === "TSTypeReference" ? ev.src(ann.typeName) : "";
  if (/^(express\.)?Request$|^NextRequest$|^FastifyRequest$|^IncomingMessage$|^HonoRequest$/.test(typeName) || (id.type === "Identifier" && id.name === "req")) return { ...CLEAN, obj: "request" };
  if (/^(Koa\.)?Context$|^ParameterizedContext$/.test(typeName)) return { ...CLEAN, obj: "context" };
  if (!symbolic || i >= MAX_PARAMS) return CLEAN;
  return { t: 0, p: 1 << i, san: 0, trail: { file: ev.file, start: p.range[0], end: p.range[1], description: `parameter \`${short(ev.src(id))}\``, prev: null } };
}

export function analyseToolHandler(ev: Evaluator, handler: Val, def: Node, api: string, approved: boolean, frame: Frame, options: Node | undefined): void {
  const fn = handler.fn!;
  const params = fn.node.params.map((p, i) => (i === 0 ? paramRoleValue(ev, "model", p, def) : CLEAN));
  const s = analyseConcrete(ev, fn, params, api);
  const effects = s.effects;
  // Every tool is recorded (what "understood" counts); the rule reports those with effects.
  const fact: ToolFact = {
    type: "tool", file: ev.file, start: def.range[0], end: def.range[1], api, effects,
    approved: approved || s.approvals,
    // Where the fix adds `needsApproval: true`, or the `false` it must replace.
    approvalInsertAt: options ? options.range[0] + 1 : undefined,
    approvalFalse: (() => {
      const v = options ? propertyNode(ev, options, "needsApproval") : null;
      return v && neverApproves(v) ? { start: v.range[0], end: v.range[1] } : undefined;
    })(),
  };
  ev.facts.push(fact);
  void frame;
}
