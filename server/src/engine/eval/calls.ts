// Calls: the callee is resolved to a local function (its summary), a model row, a provider REST
// call or a built-in string/array method; unknown calls carry the receiver's data, a tainted
// callee's, and their arguments unless they go into a package that hands no text back.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { byRole, getterPath, keepsListedRoles, rolePredicate } from "./access-paths";
import { collectionCall } from "./collections";
import { registeredCall } from "./registered-callbacks";
import { wholeEnv } from "./environment";
import type { Evaluator, Frame } from "./evaluator";
import { elementOf, evalExpr, readMember, refOf } from "./expressions";
import { analyseConcrete, applyFunction, callEntries, instantiate, recordParamCall, tableRead } from "./functions";
import { APPROVAL_RE } from "./handlers";
import { lateImport } from "./import-cycles";
import { carriesInstructions } from "./instruction-text";
import { accessRoot, argsInContext, jsonParse, markGuarded, markValidated, passesJsonOn } from "./json-parse";
import { applyRows, recordEffects } from "./model-rows";
import { regexOf } from "./peek";
import { templateMethod } from "./prompt-templates";
import { concat } from "./prompt-text";
import { ownRouteCall } from "./own-routes";
import { providerFetch } from "./provider-rest";
import { shapedCall } from "./shape-calls";
import { stateSetterCall } from "./react-state";
import { checkDispatch } from "./tool-dispatch";
import { parsedShape, schemaValue } from "./schema-narrowing";
import { isFunction, memberRef, type Node, propName, short, unwrap } from "./syntax";
import { packageResultCarriesArgs } from "../call-results";
import { isSecretName } from "../keys";
import { allowListSinks, escapesMarkup } from "../sanitisers";
import { Taint } from "../types";
import { maskedSecret } from "./secret-masking";
import { ALL_SINKS, asArray, CLEAN, constant, derived, flatten, isTainted, join, sanitised, SINK_BITS, step, type Val, withoutTaint } from "../value";

export const CLEAN_METHODS = new Set([
  "length", "includes", "startsWith", "endsWith", "indexOf", "lastIndexOf", "test", "has", "some", "every",
  "localeCompare", "search", "findIndex", "getTime", "valueOf_", "size", "isArray", "hasOwnProperty", "exec_", "charCodeAt", "codePointAt",
]);

export const SANITIZER_NAME_RE = /^(sanitize|escape|encode|clean|strip|purify|validate|safe)[A-Z_]?|Sanitiz|Escape/;

export function evalArgs(ev: Evaluator, nodes: readonly Node[], frame: Frame): Val[] {
  const out: Val[] = [];
  for (const a of nodes) {
    if (a.type === "SpreadElement") {
      const v = evalExpr(ev, a.argument, frame);
      if (v.elems) out.push(...v.elems);
      else out.push(derived(v));
    } else out.push(evalExpr(ev, a, frame));
  }
  return out;
}

export function evalCall(ev: Evaluator, e: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Val {
  const outer = ev.displayDepth;
  checkDispatch(ev, e, frame); // a function picked by a computed key (tool-dispatch.ts)
  try {
    const v = evalCallIn(ev, e, frame, outer > 0);
    return schemaValue(ev, e, frame, v) ?? v; // an object schema: what its parse gives each field, for importers
  } finally { ev.displayDepth = outer; }
}

/** `shown`: the call sits inside a logging call's arguments (its result is only shown). */
function evalCallIn(ev: Evaluator, e: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, shown: boolean): Val {
  if (ev.host.overBudget()) { ev.aborted = true; return CLEAN; }
  const calleeNode = unwrap(e.callee);
  let recv: Val | null = null;
  let method: string | null = null;
  let callee: Val;
  if (calleeNode.type === "MemberExpression") {
    if (propName(calleeNode) === "forEach") passesJsonOn(ev, accessRoot(calleeNode.object));
    recv = evalExpr(ev, calleeNode.object, frame);
    method = propName(calleeNode);
    const key = method === null ? evalExpr(ev, calleeNode.property, frame) : null;
    callee = method !== null ? readMember(ev, recv, method, calleeNode, frame, null, calleeNode.object, true) : tableRead(ev, recv, key!) ?? derived(recv);
    if (method !== null && !callee.ref && !callee.fn) {
      const r = refOf(ev, recv, calleeNode.object);
      if (r) callee = { ...callee, ref: memberRef(r, method) };
    }
  } else if (calleeNode.type === "Super") {
    callee = CLEAN;
  } else {
    callee = lateImport(ev, evalExpr(ev, calleeNode, frame));
  }
  const argNodes = e.arguments;
  // require("x") and import-equals resolve like imports.
  if (calleeNode.type === "Identifier" && calleeNode.name === "require" && !frame.scope.lookup("require") && argNodes[0]?.type === "Literal") {
    const spec = String((argNodes[0] as TSESTree.Literal).value);
    return ev.moduleValue(spec, "*cjs");
  }
  // What a logging call's arguments read is only shown; a call inside them uses its own arguments.
  const args = argsInContext(ev, callee.ref ?? (calleeNode.type === "Identifier" ? `?:${calleeNode.name}` : undefined), () => evalArgs(ev, argNodes, frame), argNodes[0] ?? null);
  recordParamCall(frame, calleeNode, callee, recv, method, args);
  if (callee.entries && (!callee.fn || callee.entries.length > 1)) {
    const r = callEntries(ev, callee.entries, args, argNodes, e, frame);
    callbacks(ev, args, argNodes, recv, method, frame);
    return r;
  }
  if (calleeNode.type === "Identifier" && ev.stateCells.size && stateSetterCall(ev, calleeNode, args, argNodes, frame)) return CLEAN;
  const ref = callee.ref ?? (calleeNode.type === "Identifier" ? `?:${calleeNode.name}` : null);
  // Serialising the whole environment (Object.entries(process.env), JSON.stringify(process.env)) carries every secret in it.
  if (args[0] && argNodes[0] && ref && /^(global:(Object\.(entries|values)|JSON\.stringify)|util:inspect)$/.test(ref)) args[0] = wholeEnv(ev, args[0], argNodes[0]);
  // A schema method that only narrows (`.optional()`, `.describe()`): the result is the receiver's schema.
  const resultRef = ref && recv?.ref && ev.models.isSchemaNarrowingCall(ref) ? recv.ref : ref ? `${ref}()` : undefined;

  // Prompt templates (LangChain): binding variables, piping into a model.
  if (recv && recv.obj === "prompt-template" && method) return templateMethod(ev, recv, method, args, argNodes, e, frame);

  // Local and imported functions: apply the summary.
  if (callee.fn && !(ref && ev.models.lookup(ref).length)) {
    const instance = (callee as Val & { instance?: Val }).instance;
    markGuarded(ev, callee.fn.node, args);
    const r = applyFunction(ev, callee.fn, args, argNodes, e, frame, recv);
    if (e.type === "NewExpression" && instance) return instantiate(ev, instance, args, argNodes, e, callee.fn);
    callbacks(ev, args, argNodes, recv, method, frame);
    return r;
  }
  if (e.type === "NewExpression" && (callee as Val & { instance?: Val }).instance) return instantiate(ev, (callee as Val & { instance?: Val }).instance!, args, argNodes, e, null);

  const stored = storedValueCall(ev, ref, resultRef, recv, method, args, argNodes, e, frame);
  if (stored) return stored;

  let result: Val | null = null;
  let matched = false;
  if (ref) {
    const rows = ev.models.lookup(ref);
    if (rows.length) {
      matched = true;
      result = applyRows(ev, rows, ref, args, argNodes, e, frame, recv);
    }
    recordEffects(ev, ref, e, frame, args, argNodes);
    if (APPROVAL_RE.test(method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""))) frame.approvals = true;
  }
  // Raw REST calls to a provider's endpoint are LLM calls too; a page's fetch of the app's own route reads what it sends (own-routes.ts).
  const fetched = (ref === "global:fetch" || ref === "?:fetch" ? providerFetch(ev, args, argNodes, e, frame) : null) ?? ownRouteCall(ev, ref, recv, method, args[0], e);
  if (fetched) return fetched;
  if (e.type === "CallExpression") result = shapedCall(ev, ref, args, argNodes, e, frame) ?? result; // an LLM call by its request's shape
  // promisify(exec) behaves like exec.
  if (ref === "util:promisify" && args[0]) return args[0];
  if (ref === "global:JSON.parse") return jsonParse(ev, args[0] ?? CLEAN, e, frame, shown || ev.jsonNotYetUsed.has(e));
  if (ref === "global:JSON.stringify") return stringified(args[0] ?? CLEAN);
  markValidated(ev, method ?? (calleeNode.type === "Identifier" ? calleeNode.name : ""), args);
  callbacks(ev, args, argNodes, recv, method, frame);
  if (result) return resultRef && !result.ref ? { ...result, ref: resultRef } : result;
  if (matched) return { ...CLEAN, ref: resultRef };
  if (method && /^(safeP|p)arse(Async)?$/.test(method) && calleeNode.type === "MemberExpression" && args[0] && isTainted(flatten(args[0]))) {
    const parsed = parsedShape(ev, calleeNode.object, args[0], method, e, frame);
    if (parsed) return parsed;
  }
  // Built-in string and array methods; first, a few characters of a secret whatever its reference (`key.slice(-4)`).
  const masked = recv && method ? maskedSecret(recv, method, argNodes) : null;
  if (masked) return masked;
  if (recv && method && !recv.obj && (!recv.ref || recv.ref.startsWith("?:"))) {
    const builtin = builtinMethod(ev, recv, method, args, argNodes, e, frame, (calleeNode as TSESTree.MemberExpression).object);
    if (builtin) return resultRef && !isTainted(builtin) && !builtin.elems && !builtin.fields && builtin.str === undefined ? { ...builtin, ref: resultRef } : builtin;
  }
  const name = method ?? (calleeNode.type === "Identifier" ? calleeNode.name : "");
  // String(x) converts its argument; x.toString("utf8") its receiver (the argument is an encoding or radix).
  if (name === "String" && !recv) return derived(flatten(args[0] ?? CLEAN));
  if (name === "String" || name === "toString") return derived(flatten(recv ?? args[0] ?? CLEAN));
  if (CLEAN_METHODS.has(name)) return CLEAN;
  if (SANITIZER_NAME_RE.test(name)) return { ...CLEAN, ref: resultRef };
  // A getter called on an access path in a summary: answered by the caller's object (access-paths.ts).
  const getter = getterPath(ev, recv, method, args, e, frame);
  if (getter) return getter;
  // Unknown call: its result may carry what went in (receiver, arguments, a tainted callee like `req.json`);
  // a package with no model returns its arguments' text only when its name says so (call-results.ts).
  let out = recv && isTainted(recv) ? derived(recv) : CLEAN;
  // Response.json() parses a provider's envelope: what is inside is the model's own output.
  if (method === "json" && out.envelope) out = { ...out, envelope: undefined };
  if (isTainted(callee)) out = join(out, derived(callee));
  // A key given to a constructor configures the client it builds (`new FileManager(key)`): what the
  // client returns (an upload's URI, a cache's name) is not the key. (A package's `new` with no model
  // carries none of its arguments at all, see call-results.ts.) So is a class the code cannot see
  // (`new sdk.CloudClient({ apiKey })` on a lazily imported optional peer); built-ins (`new URL(...)`,
  // `new Headers(...)`) keep what they are given.
  const keyConfigures = e.type === "NewExpression" && !ref?.startsWith("global:");
  if (!ref || packageResultCarriesArgs(ref, e.type === "NewExpression") !== false) {
    args.forEach((a, i) => { if (!a.fn) out = join(out, keyConfigures ? configuring(a, argNodes[i]) : derived(flatten(a))); });
  }
  if (resultRef && !isTainted(out)) return { ...CLEAN, ref: resultRef };
  return resultRef ? { ...out, ref: resultRef } : out;
}

/**
 * What an argument that configures a client gives the client: no secret, and no credential named
 * as one (`new KeyCredential(this.apiKey)`, `{ auth: { apiKey: config.apiKey } }`), whose value a
 * summary knows only as a parameter's.
 */
function configuring(a: Val, node: Node | undefined): Val {
  const named = node && (node.type === "Identifier" ? node.name : node.type === "MemberExpression" ? propName(node) : null);
  if (named && isSecretName(named)) return CLEAN;
  return withoutTaint(derived(flatten(withoutCredentialFields(a))), Taint.Secret | Taint.ServerSecret);
}

function withoutCredentialFields(v: Val, depth = 0): Val {
  if (!v.fields || depth > 3) return v;
  const fields = new Map<string, Val>();
  for (const [k, f] of v.fields) if (!isSecretName(k)) fields.set(k, withoutCredentialFields(f, depth + 1));
  return { ...v, fields };
}

/** JSON.stringify(a): its text carries everything in `a`, and remembers `a`'s shape (raw REST bodies). */
function stringified(a: Val): Val {
  return { ...derived(flatten(a)), jsonOf: a.fields || a.elems ? a : undefined };
}

/**
 * Calls on values that hold what the code stored in them: Sets and Maps, entries of objects,
 * Object.assign, structuredClone (collections.ts); callbacks registered on the receiver, run by
 * `invoke` and kept by builder calls (LangGraph nodes, registered-callbacks.ts).
 */
function storedValueCall(ev: Evaluator, ref: string | null, resultRef: string | undefined, recv: Val | null, method: string | null, args: Val[], argNodes: readonly Node[], e: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Val | null {
  const coll = collectionCall(ev, ref, recv, method, args, argNodes, e, frame, e.type === "NewExpression");
  if (coll || !recv?.registered || !method) return coll;
  const run = registeredCall(ev, recv, method, ref, args, argNodes, e, frame);
  return run && resultRef && !run.ref && !isTainted(run) && !run.fields ? { ...run, ref: resultRef } : run;
}

/** Callbacks handed to calls we do not model are analysed in place, with their arguments. */
export function callbacks(ev: Evaluator, args: Val[], argNodes: readonly Node[], recv: Val | null, method: string | null, frame: Frame): void {
  for (let i = 0; i < args.length; i++) {
    const fn = args[i].fn;
    if (!fn || ev.analysedConcretely.has(fn.node) || ev.summaries.has(fn.node)) continue;
    if (!isFunction(argNodes[i])) continue;
    let params: Val[] = [];
    if (recv && method && /^(then|finally)$/.test(method)) params = [recv];
    else if (recv && method && /^(map|forEach|filter|flatMap|find|some|every|reduce|reduceRight|sort|findLast)$/.test(method)) {
      // The elements of parsed JSON are parsed JSON: the callback's reads of them decide if it is used.
      const el = recv.parsedJson ? { ...elementOf(ev, recv), parsedJson: recv.parsedJson } : elementOf(ev, recv);
      params = method.startsWith("reduce") ? [CLEAN, el] : [el];
    } else if (recv && method === "on" && isTainted(recv)) params = [derived(recv)];
    const s = analyseConcrete(ev, fn, params, "callback", frame);
    void s;
  }
}

export function builtinMethod(ev: Evaluator, recv: Val, method: string, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, recvNode: Node): Val | null {
  switch (method) {
    case "push": case "unshift": {
      const n = unwrap(recvNode);
      const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
      const added = args.map((a, i) => step(a, ev.file, argNodes[i] ?? call, `added to \`${short(ev.src(recvNode))}\``));
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
        else out = concat(ev, out, a, call, frame);
      }
      if (!recv.elems) { let s = recv.str !== undefined ? recv : derived(flatten(recv)); for (const a of args) s = concat(ev, s, a, call, frame); return s; }
      return out;
    }
    case "join": {
      const parts = recv.elems ?? [];
      const f = flatten(recv);
      if (!isTainted(f)) return parts.every((p) => p.str !== undefined) && parts.length ? constant(parts.map((p) => p.str).join(typeof (argNodes[0] as TSESTree.Literal | undefined)?.value === "string" ? String((argNodes[0] as TSESTree.Literal).value) : ",")) : CLEAN;
      const out = step(derived(f), ev.file, call, "joined into a string");
      const instr = parts.some((p) => p.str !== undefined && carriesInstructions(p.str));
      if (instr && parts.some((p) => p.t & (Taint.Untrusted | Taint.UntrustedLow) || p.p)) out.undelimited = true;
      return out;
    }
    case "entries": case "keys": {
      // An array's keys are its indices: `for (const [i, file] of files.entries())` makes `i` a number.
      if (!recv.elems && !recv.array) return method === "entries" ? derived(recv) : null;
      if (method === "keys") return { ...CLEAN, array: true };
      return { ...CLEAN, elems: [{ ...CLEAN, elems: [CLEAN, elementOf(ev, recv)] }], array: true };
    }
    case "map": case "flatMap": case "filter": case "slice": case "reverse": case "sort": case "toSorted": case "toReversed": case "flat": case "splice": case "values": case "at": case "find": case "findLast": case "pop": case "shift": {
      // messages.find((m) => m.role === "system"): the messages with that role, judged by their own content.
      const pick = method === "find" || method === "findLast" || method === "filter" ? rolePredicate(argNodes[0]) : null;
      if (pick) return byRole(ev, recv, method === "filter" ? "filter" : "find", pick.role, pick.negated, call, frame);
      if (method === "filter" && !recv.elems && isTainted(recv) && keepsListedRoles(argNodes[0])) return { ...asArray(derived(recv)), rolesChecked: true };
      if (method === "filter" || method === "slice" || method === "reverse" || method === "sort" || method === "toSorted" || method === "toReversed" || method === "splice") {
        return recv.elems ? { ...recv, elems: [...recv.elems] } : asArray(derived(recv));
      }
      if (method === "at" || method === "find" || method === "findLast" || method === "pop" || method === "shift") return elementOf(ev, recv);
      if (method === "map" || method === "flatMap") {
        const fn = args[0]?.fn;
        // A few known elements (a history the code built): each mapped apart, so a system message
        // stays one (`withSystem.map((m) => m.completion)`).
        if (fn && isFunction(argNodes[0]) && method === "map" && recv.elems && recv.elems.length > 0 && recv.elems.length <= 8) {
          const elems = recv.elems.map((e, i) => analyseConcrete(ev, fn, [e, constant(String(i))], "map callback", frame).ret);
          return { ...CLEAN, t: recv.t, p: recv.p, san: recv.san, trail: recv.trail, elems };
        }
        if (fn && isFunction(argNodes[0])) {
          const s = analyseConcrete(ev, fn, [elementOf(ev, recv), CLEAN], "map callback", frame);
          // flatMap's callback returns lists (`m.text ? [{ role: "user", content: m.text }] : []`):
          // their elements are the result's, each judged by its own fields.
          const each = method === "flatMap" ? flatMapped(s.ret) : s.ret;
          const out = asArray(derived(flatten(join(each, CLEAN))));
          // `({ role: "user", content: m.content })`: the callback, not the data, chooses the role.
          const role = each.fields?.get("role");
          return role && !isTainted(role) && isTainted(out) ? { ...out, rolesChecked: true } : out;
        }
        return asArray(derived(recv));
      }
      return derived(recv);
    }
    case "then": case "catch": case "finally": {
      const fn = args[0]?.fn;
      if (method === "then" && fn && isFunction(argNodes[0])) {
        const s = analyseConcrete(ev, fn, [recv], "then callback", frame);
        return s.ret;
      }
      return recv;
    }
    case "trim": case "trimStart": case "trimEnd": case "toLowerCase": case "toUpperCase": case "toLocaleLowerCase": case "toLocaleUpperCase":
    case "padStart": case "padEnd": case "substring": case "substr": case "normalize": case "repeat": case "toString": case "valueOf": case "charAt": case "split": case "replaceAll": case "replace": case "text": case "json": case "get": case "getAll": {
      if (method === "replace" || method === "replaceAll") {
        // A replacement that strips everything but a safe alphabet sanitises.
        const re = argNodes[0] ? regexOf(ev, argNodes[0], frame) : null;
        const safeFor = re && args[1]?.str !== undefined && !isTainted(args[1]) ? allowListSinks(re.pattern, re.flags, args[1].str) : 0;
        if (safeFor === ALL_SINKS) return CLEAN;
        if (safeFor) return sanitised(derived(flatten(recv)), safeFor);
        // HTML escaping by replacement (`/[&<>"']/g` to entities): safe as markup, nothing else.
        const replacement = args[1]?.fn ? null : args[1]?.str !== undefined && !isTainted(args[1]) ? args[1].str : undefined;
        if (re && replacement !== undefined && escapesMarkup(re.pattern, re.flags, replacement)) return sanitised(derived(flatten(recv)), SINK_BITS.html);
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

/** One element of what a flatMap callback returns: the join of the lists' elements, or the value itself when it is no list. */
function flatMapped(ret: Val): Val {
  if (!ret.elems) return ret;
  let out: Val = ret.t || ret.p ? derived(ret) : CLEAN;
  for (const e of ret.elems) out = join(out, e);
  return out;
}
