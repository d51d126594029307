// Model-row application: what a call matched by the models does (sources, sinks, sanitisers,
// propagators, LLM calls, messages, templates, tools, handlers, clients, effects).
import { isOwnResource } from "./url-hosts";
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Closure, Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete, applyFunction } from "./functions";
import { registeringObject, toolSet } from "./tool-sets";
import { analyseToolHandler, argRefMatches, LIFECYCLE_EVENTS, handlerRowParams, neverApproves, paramRoleValue, recordHandler } from "./handlers";
import { checkPrompt, llmCall, ROLE_INSTRUCTION } from "./llm-calls";
import { mcpServerTools } from "./mcp-servers";
import { mcpLaunch } from "./mcp-launches";
import { endpointCall, storeOnReceiver } from "./model-endpoints";
import { isProjectPath } from "./path-containment";
import { makeTemplate } from "./prompt-templates";
import { registerCallback } from "./registered-callbacks";
import { fixedProgramEffect, isReadOnlyCommand } from "./read-only-commands";
import { buildRunnable, modelWrites } from "./runnables";
import { checkSink } from "./sinks";
import { declaresHtml } from "./response-types";
import { loadsRemoteImages } from "./markdown-images";
import { procedureInput } from "./schema-narrowing";
import { applyStoreRow } from "./stored-data";
import { routeOutput, runRouteHandler } from "./own-routes";
import { checkCommandLine, recordFileWrite } from "./command-lines";
import { keyName, type Node, short, unwrap } from "./syntax";
import type { AgentTool, BrowserClientFact } from "../facts";
import { findKeys, isPlaceholderKey, looksGenerated } from "../keys";
import type { ModelRow } from "../model";
import { type SinkKind, Taint } from "../types";
import { CLEAN, constant, derived, flatten, isTainted, join, sanitised, SINK_BITS, type Val } from "../value";


export function taintBit(name: "untrusted" | "untrusted-low" | "external" | "model" | "secret"): number {
  switch (name) {
    case "untrusted": return Taint.Untrusted;
    case "untrusted-low": return Taint.UntrustedLow;
    case "external": return Taint.External;
    case "model": return Taint.Model;
    case "secret": return Taint.Secret;
  }
}

export function labelOf(name: string): string {
  switch (name) {
    case "untrusted": return "user input";
    case "untrusted-low": return "command-line input";
    case "external": return "external content";
    case "model": return "model output";
    default: return "secret";
  }
}

export function argAt(ev: Evaluator, args: Val[], argNodes: readonly Node[], path: string): { val: Val; node: Node | null } | null {
  const parts = path.split(".");
  const idx = parts[0] === "last" ? args.length - 1 : Number(parts[0]);
  if (idx < 0 || idx >= args.length) return null;
  let val = args[idx];
  let node: Node | null = argNodes[idx] ?? null;
  for (const f of parts.slice(1)) {
    // A JSON text sent as a message (`ws.send(JSON.stringify({ type, session }))`): the object's fields.
    if (!val.fields && val.jsonOf?.fields) {
      val = val.jsonOf;
      const n: Node | null = node && unwrap(node);
      node = n && n.type === "CallExpression" ? n.arguments[0] ?? null : null;
    }
    const next = val.fields?.get(f);
    if (!next) return null;
    const prop = val.props?.get(f);
    node = (node ? propertyNode(ev, node, f) : null) ?? (prop && prop.file === ev.file ? (prop.node.shorthand ? prop.node.key : prop.node.value) : null);
    val = next;
  }
  return { val, node };
}

export function propertyNode(ev: Evaluator, n: Node, name: string): Node | null {
  n = unwrap(n);
  if (n.type !== "ObjectExpression") return null;
  for (const p of n.properties) if (p.type === "Property" && keyName(p) === name) return p.shorthand ? p.key : p.value;
  return null;
}

export function applyRows(ev: Evaluator, rows: ModelRow[], ref: string, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null): Val | null {
  let result: Val | null = null;
  let madeTool: AgentTool | undefined;
  const api = short(ev.src(call.callee));
  for (const row of rows) {
    switch (row.kind) {
      case "sink": applySinkRow(ev, row, ref, args, argNodes, call, frame, recv, api); break;
      case "source":
        if (!argRefMatches(row.argRef, args)) continue;
        if (row.projectFile && isProjectPath(ev, argAt(ev, args, argNodes, row.projectFile)?.node ?? null, frame, 0)) break;
        if (row.ownResource && isOwnResource(ev, argAt(ev, args, argNodes, row.ownResource)?.node ?? null, frame)) break;
        // A row's label names what the call returns ("other members' messages"); else its taint does.
        if (!row.read) {
          const out = source(ev, taintBit(row.taint), call, `${row.label ?? labelOf(row.taint)} from \`${api}()\``);
          const envelope = row.envelope === true || (!!row.envelope && argRefMatches(row.envelope, args));
          result = join(result ?? CLEAN, envelope ? { ...out, envelope: true } : out);
        }
        break;
      case "sanitizer": {
        const a = args[0] ?? CLEAN;
        const bits = row.sinks === "all" ? 0x3ff : row.sinks.reduce((m, s) => m | SINK_BITS[s], 0);
        result = row.sinks === "all" ? CLEAN : sanitised(derived(flatten(a)), bits);
        break;
      }
      case "clean": result = CLEAN; break;
      case "propagator": {
        const fnArg = row.shape === "called" && row.from !== "args" && row.from !== "receiver" ? argAt(ev, args, argNodes, row.from)?.val.fn : undefined;
        if (fnArg) { const r = applyFunction(ev, fnArg, [], [], call, frame); result = result ? join(result, r) : r; break; }
        const kept = row.shape === "kept" && row.from !== "args" && row.from !== "receiver" ? argAt(ev, args, argNodes, row.from)?.val : undefined;
        if (kept) { result = result ? join(result, kept) : kept; break; }
        const from = row.from === "args" ? args.reduce((m, a) => join(m, derived(flatten(a))), CLEAN)
          : row.from === "receiver" ? derived(recv ?? CLEAN) : derived(flatten(argAt(ev, args, argNodes, row.from)?.val ?? CLEAN));
        result = join(result ?? CLEAN, from);
        break;
      }
      case "llm-call":
        result = join(result ?? CLEAN, llmCall(ev, row, args, argNodes, call, frame, api));
        break;
      case "message": {
        const c = argAt(ev, args, argNodes, row.content);
        const content = c?.val.fields?.get("content") ?? c?.val ?? CLEAN;
        const contentNode = c?.node && c.val.fields?.has("content") ? propertyNode(ev, c.node, "content") : c?.node;
        result = { ...CLEAN, fields: new Map([["role", constant(row.role)], ["content", content]]), msgNode: contentNode ?? call } as Val;
        // A system message holds instructions by definition: checked where it is built, whether or not
        // the program is seen sending it (a helper's return value, a message stored for later).
        if (ROLE_INSTRUCTION.has(row.role)) checkPrompt(ev, content, "instruction", contentNode ?? call, frame, { api, role: row.role, channel: `${row.role} message` });
        break;
      }
      case "prompt-template":
        result = makeTemplate(ev, row, args, argNodes, call, frame);
        break;
      case "runnable":
        result = buildRunnable(ev, row, args, argNodes, call, frame, recv);
        break;
      case "tool": {
        if (!argRefMatches(row.argRef, args)) continue;
        const h = argAt(ev, args, argNodes, row.handler);
        const approval = row.approval ? argAt(ev, args, argNodes, row.approval) : null;
        const approved = !!approval && !(approval.val.str === undefined && approval.node && neverApproves(approval.node));
        const objNode = argNodes[0] && unwrap(argNodes[0]).type === "ObjectExpression" ? unwrap(argNodes[0]) : null;
        const schema = row.schema?.map((at) => argAt(ev, args, argNodes, at)?.node).find((n) => n) ?? undefined;
        if (!h?.val.fn) break;
        const registeredOn = row.set === "receiver" ? registeringObject(ev, call, frame) : undefined;
        // Its name, when its definition gives one: `server.tool("read_file", ...)`, `tool({ name: "fetch_page" })`, LangChain's `tool(fn, { name })`.
        const name = (registeredOn ? args[0]?.str : undefined) ?? args.map((a) => a.fields?.get("name")?.str).find((n) => n);
        const made = analyseToolHandler(ev, h.val, call, api, approved, frame, row.approval && objNode ? objNode : undefined, row.dispatch, schema, registeredOn, row.dispatch ? undefined : name);
        // The value made is the tool: an agent it is handed to holds what it gives (tool-sets.ts).
        if (made.length === 1 && !registeredOn) madeTool = made[0];
        break;
      }
      case "tool-set": toolSet(ev, row, args, argNodes, call, api); break;
      case "handler": {
        if (!argRefMatches(row.argRef, args)) continue;
        if (row.events) {
          // "messageCreate", or an enum member such as Events.MessageCreate
          const raw = args[0]?.str ?? args[0]?.ref?.split(/[.:]/).pop();
          if (raw === undefined) continue;
          const ev = raw.charAt(0).toLowerCase() + raw.slice(1);
          if (row.events.includes("*") ? LIFECYCLE_EVENTS.has(ev) : !row.events.includes(ev)) continue;
        }
        const h = argAt(ev, args, argNodes, row.handler);
        // A list of handlers (`startFlowServer({ flows: [a, b] })`): each one is served.
        for (const f of h?.val.fn ? [h.val] : h?.val.elems ?? []) if (f.fn) runHandler(ev, row, f.fn, call, frame, api, args[0]);
        break;
      }
      case "file-write":
        recordFileWrite(ev, row, args, argNodes, frame);
        break;
      case "client":
        clientCall(ev, row, args, argNodes, call, frame, api);
        result = result ?? { ...CLEAN };
        break;
      case "endpoint": endpointCall(ev, row, args, argNodes, call, frame, api); break;
      case "store": result = storeOnReceiver(ev, row, args, argNodes, call, frame, recv) ?? result; break;
      case "effect": case "capability": break;
      case "mcp-server":
        mcpServerTools(ev, row, argNodes, call, frame);
        break;
      case "mcp-launch": mcpLaunch(ev, row, args, argNodes, call, api); break;
      case "registered-callback":
        result = registerCallback(ev, row, args, argNodes, recv);
        break;
      case "route-output": routeOutput(ev, row, row.value === "receiver" ? null : argAt(ev, args, argNodes, row.value), recv, call, frame); break;
      case "store-root": case "store-write": case "store-read":
        result = applyStoreRow(ev, row, row.kind === "store-write" ? argAt(ev, args, argNodes, row.value) : null, call, frame) ?? result;
        break;
    }
  }
  // The value made is the tool (after the other rows: a description's llm-call row joins its result).
  return madeTool ? { ...(result ?? CLEAN), tool: madeTool } : result;
}

/** A `sink` row at a call: the argument it names checked against the sink, unless its condition (`when`) says otherwise. */
function applySinkRow(ev: Evaluator, row: Extract<ModelRow, { kind: "sink" }>, ref: string, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null, api: string): void {
  let shellOpts: Val | undefined;
  if (row.when === "shell-option") {
    shellOpts = args.find((a, i) => i > 0 && a.fields?.has("shell"));
    if (!shellOptionSet(ev, args, argNodes)) return;
  }
  if (row.when === "shell-argv" || row.when === "interpreter-argv" || row.when === "script-file") {
    checkCommandLine(ev, row, args, argNodes, frame, api);
    return;
  }
  if (row.when === "html-response" && !declaresHtml(ev, row, args, argNodes, call, frame, recv)) return;
  if (row.sink === "markdown" && !loadsRemoteImages(ev, row, args, argNodes)) return;
  const at = argAt(ev, args, argNodes, row.arg);
  if (!at) return;
  if (row.when === "model-writes") { modelWrites(ev, row, at.node ?? call, frame, api); return; }
  // spawn(cmd, { shell: true }): the options object is not the argument array.
  if (shellOpts && at.val === shellOpts) return;
  let v = at.val;
  let sinkNode = at.node ?? call;
  if (row.sink === "sql" && v.fields && (v.fields.has("text") || v.fields.has("sql"))) {
    // query({ text, values }): only the text is SQL; values are parameters.
    const key = v.fields.has("text") ? "text" : "sql";
    v = v.fields.get(key)!;
    sinkNode = (at.node && propertyNode(ev, at.node, key)) ?? sinkNode;
  }
  if (row.sink === "code" && (v.fn || (ref.endsWith("setTimeout") || ref.endsWith("setInterval")) && v.str === undefined && !isTainted(v))) return;
  if (row.sink === "code" && ref === "global:require" && argNodes[0]?.type === "Literal") return;
  checkSink(ev, v, row.sink, sinkNode, frame, { api, container: { start: call.range[0], end: call.range[1] } });
  if (row.sink === "sql" && v.str && /\b(DELETE\s+FROM|DROP\s+(TABLE|DATABASE)|TRUNCATE)\b/i.test(v.str)) {
    frame.effects.push({ effect: "deletes database records", file: ev.file, start: call.range[0], end: call.range[1] });
  }
}

/** A function a `handler` row registers: recorded as a request handler and run with the roles its parameters get. */
function runHandler(ev: Evaluator, row: Extract<ModelRow, { kind: "handler" }>, fn: NonNullable<Val["fn"]>, call: Node, frame: Frame, api: string, first: Val | undefined): void {
  // At the method's name: the calls of a chain (`new Elysia().post(...).get(...)`) all start where it starts.
  const callee = unwrap((call as TSESTree.CallExpression).callee ?? call);
  recordHandler(ev, callee.type === "MemberExpression" ? { ...call, range: [callee.property.range[0], call.range[1]] } as Node : call, chainName(ev, callee) ?? api);
  const elsewhere = (fn.closure as Closure).module !== ev;
  // Its parameters are another file's nodes: the values start at the registration, here.
  const params = elsewhere
    ? fn.node.params.map((_, i) => (row.params[i] === "untrusted" ? source(ev, Taint.Untrusted, call, `what the client sends to \`${api}\``) : paramRoleValue(ev, row.params[i] ?? "none", undefined, call)))
    : handlerRowParams(ev, row, fn.node.params, call);
  if (row.input && params.length) {
    // An RPC procedure: the client's input, as its schema shapes it, in a field of the first argument.
    const { field, schemaCall } = row.input;
    const input = procedureInput(ev, call, schemaCall, frame, (what) => source(ev, Taint.Untrusted, fn.node.params[0], `procedure ${what} (sent by the client)`));
    params[0] = { ...CLEAN, fields: new Map([[field, input]]) };
  }
  // A handler made in another module (a Genkit flow defined in flows.ts, served in server.ts): its
  // flows are found through its summary and reported here, where it is served.
  if (elsewhere) { applyFunction(ev, fn, params, params.map(() => call), call, frame); return; }
  runRouteHandler(ev, row, first, fn, params, api, frame); // a route with a literal path also records what it sends (own-routes.ts)
}

/** A handler registered on a chain (`protectedProcedure.input(schema).mutation`): "protectedProcedure….mutation". */
function chainName(ev: Evaluator, callee: Node): string | null {
  if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return null;
  let root = unwrap(callee.object);
  if (root.type !== "CallExpression") return null;
  while (root.type === "CallExpression" && unwrap(root.callee).type === "MemberExpression") root = unwrap((unwrap(root.callee) as TSESTree.MemberExpression).object);
  return `${short(ev.src(root))}….${callee.property.name}`;
}

/** An options argument whose `shell` may be set: `{ shell: true }`, a shell's path, a variable. */
function shellOptionSet(ev: Evaluator, args: Val[], argNodes: readonly Node[]): boolean {
  const shell = args.find((a, i) => i > 0 && a.fields?.has("shell"))?.fields?.get("shell");
  if (!shell || (shell.str === undefined && !isTainted(shell) && !shell.ref && !shell.mayBeTrue && !isTrueLiteral(ev, argNodes, "shell"))) return false;
  return shell.str !== "";
}

export function isTrueLiteral(ev: Evaluator, argNodes: readonly Node[], key: string): boolean {
  for (const a of argNodes) {
    const n = unwrap(a);
    if (n.type !== "ObjectExpression") continue;
    const v = propertyNode(ev, n, key);
    if (v && v.type === "Literal" && v.value === true) return true;
    if (v && v.type === "Literal" && typeof v.value === "string" && v.value) return true;
  }
  return false;
}

/** The argument at `at` carries tainted data not made safe for `sink` (an effect or capability row's `taintedArg`). */
function chosenArg(ev: Evaluator, args: Val[], argNodes: readonly Node[], at: string, sink: SinkKind | undefined): boolean {
  const a = argAt(ev, args, argNodes, at);
  const v = a ? flatten(a.val) : CLEAN;
  return isTainted(v) && !(sink && v.san & SINK_BITS[sink]);
}

export function recordEffects(ev: Evaluator, ref: string, call: Node, frame: Frame, args: Val[] = [], argNodes: readonly Node[] = []): void {
  for (const row of ev.models.find(ref, "effect")) {
    if (row.taintedArg && !chosenArg(ev, args, argNodes, row.taintedArg, row.sink)) continue;
    if (!row.taintedArg && /^(child_process|execa):/.test(ref) && isReadOnlyCommand(args, ev.models)) continue;
    let effect: string | null = row.effect;
    // A fixed program with an argument array and no shell runs no command line: only what it does counts.
    if (/^(child_process:(spawn|execFile)(Sync)?|execa:execa(Sync)?)$/.test(ref) && !shellOptionSet(ev, args, argNodes)) {
      const fixed = fixedProgramEffect(args, ev.models);
      if (fixed !== undefined) effect = fixed;
    }
    if (effect) frame.effects.push({ effect, file: ev.file, start: call.range[0], end: call.range[1], ...(row.outbound ? { leg: "outbound" as const } : {}) });
  }
  for (const row of ev.models.find(ref, "capability")) {
    if (row.taintedArg && !row.taintedArg.some((at) => chosenArg(ev, args, argNodes, at, row.sink))) continue;
    frame.effects.push({ effect: row.what, file: ev.file, start: call.range[0], end: call.range[1], leg: row.leg, capability: true });
  }
}

/**
 * A constant in an LLM client's key position that matches no provider's published shape (those the
 * key scan reports) but looks generated rather than like a placeholder: a key of a provider whose
 * shape is not known, or one cut to a shape the scan does not expect. Reported at medium confidence.
 */
function credentialInPosition(ev: Evaluator, v: Val, node: Node, api: string): void {
  const s = v.str;
  if (s === undefined || isTainted(v) || findKeys(s).length > 0 || isPlaceholderKey(s) || !looksGenerated(s)) return;
  const n = unwrap(node);
  // The literal itself when it is written here (inside its quotes), else the argument that holds it.
  const inner = n.type === "Literal" || (n.type === "TemplateLiteral" && n.expressions.length === 0);
  const start = inner ? n.range[0] + 1 : n.range[0];
  const end = inner ? n.range[1] - 1 : n.range[1];
  ev.facts.push({ type: "key-literal", file: ev.file, start, end, provider: short(api), key: s, position: true });
}

export function clientCall(ev: Evaluator, row: Extract<ModelRow, { kind: "client" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, api: string): void {
  // A constant apiKey that is no provider key (a proxy's dummy) means no key ships to the browser.
  const keyArg = row.apiKey ? argAt(ev, args, argNodes, row.apiKey) : null;
  const dummyKey = !!keyArg && keyArg.val.str !== undefined && !isTainted(keyArg.val) && findKeys(keyArg.val.str).length === 0 && isPlaceholderKey(keyArg.val.str);
  if (row.browserFlag && !dummyKey) {
    const flag = argAt(ev, args, argNodes, row.browserFlag);
    const node = flag?.node;
    if (flag && node && !(node.type === "Literal" && node.value === false)) {
      const parts = row.browserFlag.split(".");
      const holder = parts.length === 2 ? args[Number(parts[0])] : null;
      const p = holder?.props?.get(parts[1]);
      const prop = p && p.file === ev.file ? p.node : undefined;
      const fact: BrowserClientFact = { type: "browser-client", file: ev.file, start: (prop ?? node).range[0], end: (prop ?? node).range[1], api };
      ev.facts.push(fact);
    }
  }
  if (row.apiKey) {
    const key = argAt(ev, args, argNodes, row.apiKey);
    if (key) checkSink(ev, key.val, "api-key", key.node ?? call, frame, { api });
    if (key) credentialInPosition(ev, key.val, key.node ?? call, api);
  }
}
