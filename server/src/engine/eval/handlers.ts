// Framework handler registration and tool handlers: route handlers and server actions, event
// handlers registered with a model row, and tools, whose parameters get the role the framework
// gives them (request data, client messages, model-chosen arguments).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Closure, type Effect, type Evaluator, type Frame, MAX_PARAMS, type Summary } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete, applyFunction, summaryOf } from "./functions";
import { propertyNode } from "./model-rows";
import { peekValue } from "./peek";
import { typedInstanceRef } from "./typed-instances";
import { declaredParam } from "./declared-output";
import { typedParameterRole } from "./framework-params";
import { toolInputShape } from "./schema-narrowing";
import { carrying, checkToolResult } from "./tool-results";
import { isFunction, type Node, paramDeclaration, short, unwrap } from "./syntax";
import type { AgentTool, ToolFact, ToolLeg } from "../facts";
import { Taint } from "../types";
import { type ModelRow, patternRegex } from "../model";
import { CLEAN, derived, isTainted, type PathTable, type Trail, type Val } from "../value";

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
  const pageExport = (name: string) => ev.models.pageExports.some((c) => c.exports.includes(name) && c.fileRe.test(ev.file.replace(/\\/g, "/")));
  if (exported && fn.id && (REQUEST_EXPORTS.has(fn.id.name) || fn.id.name === "handler" || pageExport(fn.id.name) || lambdaEventTyped(ev, fn.params)) && fn.params.length) {
    exportedHandler(ev, fn.id.name, ev.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id), fn, frame);
  } else if (useServer && (exported || !ev.useServerFile) && fn.id) {
    const v = ev.readBinding(frame.scope.lookup(fn.id.name)!, frame, fn.id);
    recordHandler(ev, fn, "server action");
    if (v.fn) deferOrRun(ev, frame, () => analyseConcrete(ev, v.fn!, fn.params.map((p) => source(ev, Taint.Untrusted, p, `server action argument \`${short(ev.src(p))}\` (sent by the browser)`)), fn.id!.name));
  }
}

/** Per module analysis: function expressions already taken as inline server actions, so a re-walk records them once. */
const inlineActions = new WeakMap<Evaluator, WeakSet<Node>>();

/**
 * A function expression whose body starts with "use server" (SolidStart's `action(async (form) => { "use server"; ... })`,
 * `query(...)`, an inline Next.js action): the browser calls it, so its arguments are untrusted.
 */
export function maybeInlineServerAction(ev: Evaluator, fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, v: Val, frame: Frame): void {
  if (!v.fn || !fn.params.length || fn.body.type !== "BlockStatement") return;
  if (!fn.body.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use server")) return;
  let seen = inlineActions.get(ev);
  if (!seen) inlineActions.set(ev, (seen = new WeakSet()));
  if (seen.has(fn)) return;
  seen.add(fn);
  recordHandler(ev, fn, "server action");
  const f = v.fn;
  deferOrRun(ev, frame, () => analyseConcrete(ev, f, fn.params.map((p) => source(ev, Taint.Untrusted, p, `server action argument \`${short(ev.src(p))}\` (sent by the browser)`)), ev.fnNames.get(fn) ?? "server action"));
}

/** Exports a framework calls with the request: HTTP methods (Next.js, SvelteKit, Astro), Remix / React Router `action` and `loader`. */
const REQUEST_EXPORTS = new Set([...ROUTE_EXPORTS, "ALL", "action", "loader"]);
/** A first parameter that is the framework's request event (`{ request, url, params }`) rather than the request itself. */
const EVENT_PARAM = /^(event|evt|e|ctx|context|args)$/;
const EVENT_TYPE = /(RequestEvent|APIContext|FunctionArgs|Args)(<.*>)?$/;
/** API Gateway / Lambda function URL event fields the caller controls (not `requestContext`, which the gateway fills in). */
const LAMBDA_FIELDS = ["body", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "headers", "multiValueHeaders", "cookies", "rawQueryString", "rawPath", "path"];

/**
 * `aws-lambda`'s request events (API Gateway REST and HTTP APIs, function URLs, ALB): a function
 * exported under any name whose first parameter is declared with one is a Lambda handler (one
 * module often exports several, `converseHandler`, `invokeHandler`, each wired in the stack).
 */
const LAMBDA_EVENT_TYPE = /^(?:APIGateway\w*Event\w*|ALBEvent|LambdaFunctionURLEvent\w*)$/;
const AWS_LAMBDA_IMPORT = /\bfrom\s*["']aws-lambda["']/;

function lambdaEventTyped(ev: Evaluator, params: readonly Node[] | undefined): boolean {
  const first = params?.[0];
  const type = first ? paramDeclaration(first).type : undefined;
  if (!type || type.type !== "TSTypeReference" || type.typeName.type !== "Identifier") return false;
  return LAMBDA_EVENT_TYPE.test(type.typeName.name) && AWS_LAMBDA_IMPORT.test(ev.text);
}

/**
 * A module export a web framework calls with request data: route methods and Remix loaders/actions
 * (the request, or the request event of SvelteKit, Astro and Remix), SvelteKit form `actions`, a
 * Cloudflare Worker's default `{ fetch(request, env) }` and an AWS Lambda `handler(event)`.
 */
export function exportedHandler(ev: Evaluator, name: string, v: Val, node: Node, frame: Frame): void {
  const run = (f: Val, api: string, params: (p: Node[]) => Val[]): void => {
    const fn = f.fn;
    if (!fn || !fn.node.params.length) return;
    recordHandler(ev, node, api);
    deferOrRun(ev, frame, () => analyseConcrete(ev, fn, params(fn.node.params), api));
  };
  const fields = (p: Node, names: string[], what: string): Val =>
    ({ ...CLEAN, fields: new Map(names.map((n) => [n, source(ev, Taint.Untrusted, p, `${what} \`${n}\` (sent by the client)`)])) });
  const requestOrEvent = (ps: Node[]): Val[] => {
    const p = ps[0];
    const { id, type } = paramDeclaration(p);
    const typeName = type ? ev.src(type) : "";
    const isEvent = id.type === "ObjectPattern" || (id.type === "Identifier" && EVENT_PARAM.test(id.name)) || EVENT_TYPE.test(typeName);
    if (!isEvent) return [{ ...CLEAN, obj: "request" }, { ...CLEAN, obj: "context" }];
    const ev_ = fields(p, ["url", "params", "cookies"], "request event field");
    ev_.fields!.set("request", { ...CLEAN, obj: "request" });
    return [ev_];
  };
  const page = ev.models.pageExports.find((c) => c.exports.includes(name) && c.fileRe.test(ev.file.replace(/\\/g, "/")));
  if (page && v.fn) run(v, `${page.framework} ${name === "default" ? "page" : name}`, (ps) => [fields(ps[0], page.fields, "page prop")]);
  else if (REQUEST_EXPORTS.has(name)) run(v, `route ${name}`, requestOrEvent);
  else if (name === "actions") for (const [k, f] of v.fields ?? []) run(f, `form action ${k}`, requestOrEvent);
  else if ((name === "handler" || lambdaEventTyped(ev, v.fn?.node.params)) && !isCommandModule(ev, v)) run(v, "lambda handler", (ps) => (isTwilioFunction(ps)
    // A Twilio Function (`exports.handler = (context, event, callback)`): the event is the webhook's form fields.
    ? [CLEAN, source(ev, Taint.Untrusted, ps[1], `Twilio Function event \`${short(ev.src(ps[1]))}\` (sent by the webhook's caller)`)]
    : [fields(ps[0], LAMBDA_FIELDS, "Lambda event field")]));
  else if (name === "default" && !v.fn) { const f = v.fields?.get("fetch"); if (f) run(f, "worker fetch", () => [{ ...CLEAN, obj: "request" }]); }
}

/** A yargs command module (`exports.command`, `builder`, `handler(argv)`): its handler gets the command line, not an event. */
function isCommandModule(ev: Evaluator, v: Val): boolean {
  const first = v.fn?.node.params[0];
  const id = first ? paramDeclaration(first).id : null;
  return ev.exports.names.has("builder") || ev.exports.names.has("command") || (id?.type === "Identifier" && /^(argv|args)$/.test(id.name));
}

/** `(context, event, callback)`: Twilio's Functions runtime, whose second argument is the request's parameters. */
function isTwilioFunction(ps: Node[]): boolean {
  const names = ps.map((p) => paramDeclaration(p).id).map((id) => (id.type === "Identifier" ? id.name : ""));
  return ps.length === 3 && names[0] === "context" && names[1] === "event" && names[2] === "callback";
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

/**
 * Methods of a class implementing or extending an SDK interface (Model.handlerClasses) that the SDK
 * itself calls: a sandbox session's `spawn` gets the model's command. Run once the class is built,
 * so its constructor's fields and its other methods are known.
 */
export function analyseHandlerClass(ev: Evaluator, c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, self: Val, frame: Frame): void {
  const bases = [c.superClass, ...(c.implements ?? []).map((i) => i.expression)].flatMap((b) => (b ? [ev.src(b).split(".").pop()!.trim()] : []));
  if (!bases.length || !ev.models.handlerClasses.length) return;
  for (const [name, method] of self.fields ?? []) {
    const fn = method.fn;
    const roles = fn && bases.map((b) => ev.models.handlerClassMethod(b, name)).find((r) => r);
    if (!fn || !roles) continue;
    const params = fn.node.params.map((p, i) => paramRoleValue(ev, roles[i] ?? "none", p, fn.node));
    deferOrRun(ev, frame, () => analyseConcrete(ev, fn, params, `${c.id?.name ?? "class"}.${name}`));
  }
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

/** `req: GenerateContentParameters`: the name says request, the declared type says an SDK's own parameters. */
function otherType(ann: Node | undefined, typeName: string): boolean {
  return !!ann && ann.type === "TSTypeReference" && !/Request|Req$|Incoming/i.test(typeName);
}

/** The arguments a handler row's framework gives its handler: a role per parameter, or only some fields of it (`senderFields`). */
export function handlerRowParams(ev: Evaluator, row: Extract<ModelRow, { kind: "handler" }>, params: readonly Node[], call: Node): Val[] {
  return params.map((p, i) => {
    const fields = row.senderFields?.[i];
    return fields ? senderFieldsValue(ev, row.params[i] ?? "none", fields, p, call) : paramRoleValue(ev, row.params[i] ?? "none", p, call);
  });
}

/**
 * A handler argument that is a platform's context object (a handler row's `senderFields`): only the
 * listed fields ("message", "context.matches") have the role; the rest of it (API clients, reply
 * functions, the bot's own identity) is the platform's and clean.
 */
export function senderFieldsValue(ev: Evaluator, role: string, fields: readonly string[], param: Node | undefined, node: Node): Val {
  const id = param ? paramDeclaration(param).id : null;
  const prefix = id && id.type === "Identifier" ? `${id.name}.` : "";
  const root: Val = { ...CLEAN, fields: new Map() };
  for (const path of fields) {
    const parts = path.split(".");
    let obj = root;
    parts.forEach((part, k) => {
      if (k === parts.length - 1) {
        const at = param ?? node;
        obj.fields!.set(part, role === "untrusted" ? source(ev, Taint.Untrusted, at, `\`${prefix}${path}\` written by whoever messages the bot`) : paramRoleValue(ev, role, at, node));
        return;
      }
      let next = obj.fields!.get(part);
      if (!next) obj.fields!.set(part, (next = { ...CLEAN, fields: new Map() }));
      obj = next;
    });
  }
  return root;
}

/**
 * Parameter values for a function analysed on its own: typed or conventionally named requests, and
 * values declared with an SDK's response type (by annotation, or the JSDoc of `fn`).
 */
export function defaultParamValue(ev: Evaluator, p: Node, i: number, symbolic: boolean, paths?: PathTable, fn?: Node): Val {
  const v = ownParamValue(ev, p, i, symbolic, paths);
  return declaredParam(ev, p, fn, v) ?? v;
}

function ownParamValue(ev: Evaluator, p: Node, i: number, symbolic: boolean, paths?: PathTable): Val {
  const { id, type: ann } = paramDeclaration(p);
  const typeName = ann && ann.type === "TSTypeReference" ? ev.src(ann.typeName) : "";
  if (/^(express\.)?Request$|^NextRequest$|^FastifyRequest$|^IncomingMessage$|^HonoRequest$/.test(typeName) || (id.type === "Identifier" && id.name === "req" && !otherType(ann, typeName))) return { ...CLEAN, obj: "request" };
  if (/^(Koa\.)?Context$|^ParameterizedContext$/.test(typeName)) return { ...CLEAN, obj: "context" };
  const role = typedParameterRole(ev, ann);
  if (role === "request" || role === "context") return paramRoleValue(ev, role, p, p);
  const ref = typedInstanceRef(ev, ann);
  if (!symbolic || i >= MAX_PARAMS) return ref ? { ...CLEAN, ref } : CLEAN;
  return { t: 0, p: 1 << i, san: 0, trail: { file: ev.file, start: p.range[0], end: p.range[1], description: `parameter \`${short(ev.src(id))}\``, prev: null }, slot: paths ? { table: paths, path: `#${i}` } : undefined, ref };
}

/** What analysing a tool's handler found: the tool (or, for a handler serving several, each one) as an agent holds it. */
export function analyseToolHandler(ev: Evaluator, handler: Val, def: Node, api: string, approved: boolean, frame: Frame, options: Node | undefined, dispatch?: string, schema?: Node, registeredOn?: ToolFact["registeredOn"], name?: string): AgentTool[] {
  const fn = handler.fn!;
  // The arguments as the tool's input schema shapes them: fields it closes arrive clean.
  const shaped = (p: Node | undefined) => (schema ? toolInputShape(ev, schema, frame, (key) => source(ev, Taint.Model, p ?? def, `tool argument \`${key}\` chosen by the model`)) : null);
  // A handler made in another module (`execute: createApplyPatchExecutor(root)`, an imported function):
  // its flows are found through its summary and reported here, where it becomes a tool.
  if (!dispatch && (fn.closure as Closure).module !== ev) {
    const args = fn.node.params.map((_, i) => (i === 0 ? shaped(undefined) ?? source(ev, Taint.Model, def, "tool argument chosen by the model") : CLEAN));
    applyFunction(ev, fn, args, args.map(() => def), def, frame);
    const s = summaryOf(ev, fn);
    checkToolResult(ev, s.ret, fn.node, def, frame, api);
    return [recordTool(ev, def, api, approved, s, options, registeredOn, name)];
  }
  const params = fn.node.params.map((p, i) => (i === 0 ? shaped(p) ?? paramRoleValue(ev, "model", p, def) : CLEAN));
  const tools = dispatch ? dispatchedTools(ev, params, dispatch) : null;
  const s = analyseConcrete(ev, fn, params, api);
  if (tools) dispatching(ev).pop();
  checkToolResult(ev, s.ret, fn.node, def, frame, api);
  if (tools?.size) {
    // One tool per branch on the name: its own effects and those every tool shares (recorded with
    // none too, for what "understood" counts).
    // The return value is the handler's, shared by every branch: a branch's legs are its own calls'.
    return [...tools.values()].map((t) => {
      const all = [...t.effects, ...s.effects];
      const fact: ToolFact = {
        type: "tool", file: ev.file, start: t.at.start, end: t.at.end, api, name: t.name, effects: all.filter((e) => !e.capability), legs: legsOf(all, null),
        approved: approved || s.approvals || t.frames.some((f) => f.approvals), registeredOn,
      };
      ev.facts.push(fact);
      return agentTool(fact);
    });
  }
  return [recordTool(ev, def, api, approved, s, options, registeredOn, name)];
}

function agentTool(f: ToolFact): AgentTool {
  return { file: f.file, start: f.start, end: f.end, name: f.name, api: f.api, approved: f.approved, legs: f.legs };
}

/**
 * The legs of the lethal trifecta a tool's handler gives its agent: its calls' (capability rows, and
 * effects that send data out), and what it hands the model back: external content (a fetched page,
 * a file, another party's message) is what an injection rides in on; a secret is private data.
 */
function legsOf(effects: Effect[], ret: Val | null): ToolLeg[] {
  const legs: ToolLeg[] = effects.flatMap((e) => (e.leg ? [{ leg: e.leg, what: e.effect, file: e.file, start: e.start, end: e.end }] : []));
  const origin = (v: Val | null): Trail | null => { let t = v?.trail ?? null; while (t?.prev) t = t.prev; return t; };
  const returned = (bit: number, leg: ToolLeg["leg"], what: (source: string) => string): void => {
    const at = ret ? origin(carrying(ret, bit, 0)) : null;
    if (at) legs.push({ leg, what: `returns ${what(at.description)} to the model`, file: at.file, start: at.start, end: at.end });
  };
  returned(Taint.External, "external-content", (d) => d);
  returned(Taint.Secret, "private-data", (d) => `a secret (${d})`);
  return legs;
}

function recordTool(ev: Evaluator, def: Node, api: string, approved: boolean, s: Summary, options: Node | undefined, registeredOn: ToolFact["registeredOn"], name: string | undefined): AgentTool {
  const effects = s.effects.filter((e) => !e.capability);
  // Every tool is recorded (what "understood" counts); the rule reports those with effects.
  const fact: ToolFact = {
    type: "tool", file: ev.file, start: def.range[0], end: def.range[1], api, name, effects, legs: legsOf(s.effects, s.ret), registeredOn,
    approved: approved || s.approvals,
    // Where the fix adds `needsApproval: true`, or the `false` it must replace.
    approvalInsertAt: options ? options.range[0] + 1 : undefined,
    approvalFalse: (() => {
      const v = options ? propertyNode(ev, options, "needsApproval") : null;
      return v && neverApproves(v) ? { start: v.range[0], end: v.range[1] } : undefined;
    })(),
  };
  ev.facts.push(fact);
  return agentTool(fact);
}

// ---------------------------------------------------------------- handlers serving several tools

/** A tool of a dispatching handler: where it is named and what its branch does. */
export interface DispatchedTool { name: string; at: { start: number; end: number }; effects: Effect[]; frames: Frame[] }

/** Dispatching handlers being analysed, innermost last, per module analysis. */
const dispatchStacks = new WeakMap<Evaluator, Map<string, DispatchedTool>[]>();
function dispatching(ev: Evaluator): Map<string, DispatchedTool>[] {
  let s = dispatchStacks.get(ev);
  if (!s) dispatchStacks.set(ev, (s = []));
  return s;
}

/**
 * A tool row with `dispatch` (an MCP CallTool handler): the value at that path of the handler's
 * arguments is marked as the tool name, and branches on it (see toolBranch) collect their effects
 * per tool while the handler is analysed.
 */
function dispatchedTools(ev: Evaluator, params: Val[], dispatch: string): Map<string, DispatchedTool> | null {
  const [index, ...path] = dispatch.split(".");
  const i = index === "last" ? params.length - 1 : Number(index);
  if (!params[i]) return null;
  const mark = (v: Val, rest: string[]): Val => {
    if (!rest.length) return { ...v, obj: "tool-name" };
    const inner = v.fields?.get(rest[0]) ?? (isTainted(v) ? derived(v) : CLEAN);
    return { ...v, fields: new Map([...(v.fields ?? []), [rest[0], mark(inner, rest.slice(1))]]) };
  };
  params[i] = mark(params[i], path);
  const tools = new Map<string, DispatchedTool>();
  dispatching(ev).push(tools);
  return tools;
}

/**
 * The frame a branch for the tool `name` runs in: its effects belong to that tool. Outside a
 * dispatching handler the frame is unchanged.
 */
export function toolBranch(ev: Evaluator, { name, at }: ToolName, frame: Frame): Frame {
  const stack = dispatching(ev);
  const tools = stack[stack.length - 1];
  if (!tools) return frame;
  let t = tools.get(name);
  if (!t) tools.set(name, (t = { name, at, effects: [], frames: [] }));
  const f: Frame = { ...frame, effects: t.effects, approvals: false };
  t.frames.push(f);
  return f;
}

export interface ToolName { name: string; at: { start: number; end: number } }

/** The tool a switch case on the tool name stands for (`case "delete_file":`). */
export function toolCase(discriminant: Val, test: Node | null): ToolName | null {
  if (discriminant.obj !== "tool-name" || !test || test.type !== "Literal" || typeof test.value !== "string") return null;
  return { name: test.value, at: { start: test.range[0], end: test.range[1] } };
}

/** The tool `if (name === "delete_file")` tests for, read before the branch narrows the name. */
export function toolTest(ev: Evaluator, test: Node, frame: Frame): ToolName | null {
  if (!dispatching(ev).length) return null;
  const t = unwrap(test);
  if (t.type !== "BinaryExpression" || (t.operator !== "===" && t.operator !== "==")) return null;
  const [lit, other] = t.right.type === "Literal" ? [t.right, t.left] : [t.left, t.right];
  if (lit.type !== "Literal") return null;
  const v = peekValue(ev, other, frame);
  return v ? toolCase(v, lit) : null;
}

const argRefPatterns = new Map<string, RegExp>();

/** A row's `argRef` condition: the argument is a reference matching the pattern. */
export function argRefMatches(argRef: { at: string; ref: string } | undefined, args: Val[]): boolean {
  if (!argRef) return true;
  const i = argRef.at === "last" ? args.length - 1 : Number(argRef.at.split(".")[0]);
  const ref = args[i]?.ref;
  if (!ref) return false;
  let re = argRefPatterns.get(argRef.ref);
  if (!re) argRefPatterns.set(argRef.ref, (re = patternRegex(argRef.ref)));
  return re.test(ref);
}
