// Model endpoints: the host an LLM client (or an HTTP request) is sent to, and the credential that
// goes with it. The server's own credential (a secret env var, a key written in the code, or the
// key an SDK reads from the environment when none is given) sent to a host the request chose is
// handed to whoever names that host: an endpoint sink, read by client-controlled-model-endpoint.
// Which options choose the host and which carry the key is model data (`endpoint` rows).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { bindingOf } from "./barrier-guards";
import type { Evaluator, Frame } from "./evaluator";
import { argAt } from "./model-rows";
import { checkSink } from "./sinks";
import { type Node, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, deepTaint, isTainted, type Trail, type Val } from "../value";

type EndpointRow = Extract<ModelRow, { kind: "endpoint" }>;

export function endpointCall(ev: Evaluator, row: EndpointRow, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, api: string): void {
  const urls = row.url.map((path) => argAt(ev, args, argNodes, path)).filter((u) => u !== null);
  if (!urls.length) return;
  const credential = serverCredential(ev, row, args, argNodes, urls.map((u) => u.val));
  if (!credential) return;
  for (const u of urls) checkSink(ev, u.val, "endpoint", u.node ?? call, frame, { api, credential });
}

/** How a message names the server credential the request carries, or null when it carries none. */
function serverCredential(ev: Evaluator, row: EndpointRow, args: Val[], argNodes: readonly Node[], urls: Val[]): string | null {
  const keys = (row.key ?? []).map((path) => argAt(ev, args, argNodes, path));
  const carried = [...keys, ...(row.headers ?? []).map((path) => argAt(ev, args, argNodes, path))].map((a) => a?.val);
  // The URL itself may carry it (`?key=${process.env.GEMINI_API_KEY}`).
  for (const v of [...carried, ...urls]) {
    if (v && deepTaint(v).t & Taint.ServerSecret) return describeSecret(v);
  }
  if (row.keyFromEnv && row.key?.length && keys.every((k) => k === null) && row.key.every((path) => optionsKnown(ev, args, argNodes, path))) {
    return `\`${row.keyFromEnv}\` (read from the server's environment when no key is given)`;
  }
  return null;
}

/**
 * Whether the object holding the option at `path` is known field by field (an object literal with
 * no spread of something opaque): only then does a missing key option mean the SDK's default key.
 */
function optionsKnown(ev: Evaluator, args: Val[], argNodes: readonly Node[], path: string): boolean {
  const parts = path.split(".");
  if (parts.length < 2) return false;
  const holder = parts.length === 2 ? { val: args[Number(parts[0])], node: argNodes[Number(parts[0])] ?? null } : argAt(ev, args, argNodes, parts.slice(0, -1).join("."));
  if (!holder?.val?.fields || isTainted(holder.val)) return false;
  const n = holder.node ? unwrap(holder.node) : null;
  return !(n && n.type === "ObjectExpression" && n.properties.some((p) => p.type === "SpreadElement"));
}

/** The part of `v` (itself, a field, an element) that carries the server's secret. */
function secretPart(v: Val, depth = 0): Val {
  if (depth < 4) for (const c of [...(v.fields?.values() ?? []), ...(v.elems ?? [])]) {
    if (deepTaint(c).t & Taint.ServerSecret) return secretPart(c, depth + 1);
  }
  return v;
}

function describeSecret(whole: Val): string {
  const v = secretPart(whole);
  if (v.envName) return `\`process.env.${v.envName}\``;
  let t: Trail | null = v.trail;
  while (t?.prev) t = t.prev;
  const env = t && /env var `([^`]+)`/.exec(t.description);
  if (env) return `\`process.env.${env[1]}\``;
  if (t && /^API key literal$|holds a credential$/.test(t.description)) return "a key written in the code";
  return "the server's own key";
}

/**
 * `headers.set("Authorization", v)`, `res.type("html")` (a `store` row): the receiver now holds `v`
 * under that name, in its variable when it has one; returned, so a chained call sees it.
 */
export function storeOnReceiver(ev: Evaluator, row: Extract<ModelRow, { kind: "store" }>, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null): Val | null {
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return null;
  const keyed = row.key ? argAt(ev, args, argNodes, row.key)?.val : undefined;
  const value = argAt(ev, args, argNodes, row.value)?.val;
  const key = row.name ?? keyed?.str;
  let entries: [string, Val][] | undefined;
  if (key !== undefined) entries = value ? [[key, value]] : undefined;
  else {
    // `res.set({ "Content-Type": "text/html" })`, `res.writeHead(200, headers)`: every field is a name.
    const obj = row.key ? keyed : value;
    entries = obj?.fields ? [...obj.fields] : undefined;
  }
  if (!entries) return null;
  const b = bindingOf(callee.object, frame);
  const cur = recv ?? (b ? frame.env.get(b) : null) ?? CLEAN;
  const updated: Val = { ...cur, fields: new Map([...(cur.fields ?? []), ...entries]) };
  if (b) frame.env.vars.set(b, updated);
  return updated;
}
