// The app's own HTTP routes: what a route sends back, and what a page that fetches it reads.
// A route file's URL path comes from the framework's file conventions (the models' `routeFiles`)
// or, for Express-style servers, from the literal path it is registered with. What a route sends
// (a `route-output` row: `new Response(stream)`, `NextResponse.json({ answer })`, `res.write()`)
// is kept in the project's store ledger (../stored-data.ts) as `route.<path>` (one key per JSON
// field), so it is known across files and the two-phase settle re-judges pages analysed before
// the route. A `fetch` of a constant same-origin path (or a template with a constant start) gets
// a response whose body carries what the matching routes send: `.json()` keeps the fields apart,
// `.text()` and the body stream carry all of it. A route that sends no model output, a path no
// route serves and another host stay clean.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { analyseConcrete } from "./functions";
import { writeStoreField } from "./stored-data";
import { type Node, short } from "./syntax";
import type { ModelRow, RouteFileConvention } from "../model";
import type { StoredWrite } from "../stored-data";
import { Taint } from "../types";
import { CLEAN, derived, type FunctionRef, isTainted, join, trailSteps, type Trail, type Val } from "../value";

const CONTENT = Taint.Untrusted | Taint.External | Taint.Model;
const compiled = new WeakMap<RouteFileConvention, { file: RegExp; param: RegExp; drop: RegExp }>();

/** The app folder and URL path a file serves by a framework's file conventions, if it is a route file. */
export function routeOfFile(conventions: readonly RouteFileConvention[], file: string): { root: string; path: string } | null {
  const posix = file.replace(/\\/g, "/");
  for (const c of conventions) {
    let re = compiled.get(c);
    if (!re) compiled.set(c, (re = { file: new RegExp(c.file), param: new RegExp(c.param), drop: new RegExp(c.drop) }));
    const m = re.file.exec(posix);
    if (!m?.groups) continue;
    const segs = m.groups.path.split(c.separator ?? "/").filter((s) => s && !re!.drop.test(s)).map((s) => (re!.param.test(s) ? "*" : s.replace(/_$/, "")));
    return { root: m.groups.root, path: `${c.prefix ?? ""}/${segs.join("/")}`.replace(/\/+/g, "/").replace(/(.)\/$/, "$1") };
  }
  return null;
}

/** Express-style handlers being analysed, innermost last: the literal path each was registered with. */
const registered = new WeakMap<Evaluator, string[]>();

/**
 * A handler row's handler, analysed with its parameters' roles. An Express-style `(req, res)` handler
 * registered at a literal path gets `res` as the route's response object (rows `http:response.*`),
 * and what it sends belongs to that path.
 */
export function runRouteHandler(ev: Evaluator, row: Extract<ModelRow, { kind: "handler" }>, first: Val | undefined, fn: FunctionRef, params: Val[], api: string, frame: Frame): void {
  const path = row.params[0] === "request" && !row.params[1] ? first?.str : undefined;
  if (!path || !path.startsWith("/")) {
    const { ret } = analyseConcrete(ev, fn, params, api);
    // h3 (Nuxt): the value the handler returns is the response body, kept under the file's route path.
    const own = row.returns === "route-output" ? routeOfFile(ev.models.routeFiles, ev.file)?.path : undefined;
    if (own && (isTainted(ret) || ret.fields)) writeStoreField(ev, routeKey(own), ret, fn.node, frame);
    return;
  }
  const stack = registered.get(ev) ?? [];
  registered.set(ev, stack);
  stack.push(path.replace(/:[\w$]+/g, "*").replace(/\(.*?\)|\?$/g, ""));
  const withResponse = params.map((p, i) => (i === 1 ? ({ ...CLEAN, obj: "response", ref: "http:response" } as Val) : p));
  try { analyseConcrete(ev, fn, withResponse, api); } finally { stack.pop(); }
}

/** A call a page makes on the app's own route or its response: `fetch("/api/x")`, `res.json()`. */
export function ownRouteCall(ev: Evaluator, ref: string | null, recv: Val | null, method: string | null, url: Val | undefined, call: Node): Val | null {
  if (ref && /^(global:(window\.|globalThis\.)?|\?:)fetch$/.test(ref)) return ownRouteFetch(ev, url, call);
  // Nuxt: `$fetch(path)` resolves to the parsed body, `useFetch(path)` to `{ data }`, a ref of it.
  if (ref && /^(global:|\?:)\$fetch$/.test(ref)) return ownRouteFetch(ev, url, call)?.body ?? null;
  if (ref && /^(global:|\?:|#app:|#imports:)use(Lazy)?Fetch$/.test(ref)) {
    const body = ownRouteFetch(ev, url, call)?.body;
    return body ? { ...CLEAN, fields: new Map([["data", { ...CLEAN, fields: new Map([["value", body]]) }]]) } : null;
  }
  return recv && method ? responseBodyRead(recv, method) : null;
}

/** A `route-output` row: the value this route sends back, kept under the route's path. */
export function routeOutput(ev: Evaluator, row: Extract<ModelRow, { kind: "route-output" }>, sent: { val: Val; node: Node | null } | null, recv: Val | null, call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): void {
  const v = row.value === "receiver" ? recv : sent?.val;
  if (!v || !isTainted(v) && !v.fields) return;
  const path = registered.get(ev)?.at(-1) ?? routeOfFile(ev.models.routeFiles, ev.file)?.path;
  if (!path) return;
  writeStoreField(ev, routeKey(path), v, (row.value === "receiver" ? call : sent?.node) ?? call, frame);
}

/** Store keys split on dots: a dot inside the URL path is escaped. */
const routeKey = (path: string) => `route.${path.replace(/\./g, "%2E")}`;

/**
 * `fetch(url)` of a constant same-origin path that one of the app's routes serves: a response whose
 * `body` carries what the routes send. Null for other hosts, unknown URLs and paths no route serves.
 */
function ownRouteFetch(ev: Evaluator, url: Val | undefined, call: Node): Val | null {
  const wanted = sameOriginPath(url);
  if (!wanted) return null;
  const ws = (ev.host.storedData?.("route", ev.file) ?? []).filter((w) => w.t & CONTENT && servesReader(ev, w, ev.file) && pathMatches(decodeKey(w.key).path, wanted));
  if (!ws.length) return null;
  // Asked again route by route, so the settle sees this page go stale when one of its routes changes.
  for (const path of new Set(ws.map((w) => decodeKey(w.key).path))) ev.host.storedData?.(routeKey(path), ev.file);
  let whole: Val = CLEAN;
  const fields = new Map<string, Val>();
  for (const w of ws) {
    const { path, field } = decodeKey(w.key);
    const v: Val = { t: w.t & CONTENT, p: 0, san: 0, trail: readTrail(ev, w, call, path) };
    if (!field) whole = join(whole, v);
    else fields.set(field, fields.has(field) ? join(fields.get(field)!, v) : v);
  }
  return { ...CLEAN, body: { ...whole, fields } };
}

/** What reading a response body returns: `.json()` the fields, `.text()` and the stream all of it. */
function responseBodyRead(recv: Val, method: string): Val | null {
  const body = recv.body;
  if (!body) return null;
  if (method === "json") return body;
  if (/^(text|blob|arrayBuffer|bytes|formData|clone)$/.test(method)) return method === "clone" ? recv : everything(body);
  return null;
}

/** `res.body`: the stream of the whole body. */
export function responseBodyStream(recv: Val, name: string): Val | null {
  return recv.body && name === "body" ? everything(recv.body) : null;
}

function everything(body: Val): Val {
  let out = derived(body);
  for (const f of body.fields?.values() ?? []) out = join(out, derived(f));
  return out;
}

/** `"/api/answer"`, `` `/api/chat/${id}` `` (a constant start): the path asked for; null for another host or an unknown URL. */
function sameOriginPath(url: Val | undefined): { path: string; open: boolean } | null {
  const text = url?.str ?? url?.prefix;
  if (text === undefined || !text.startsWith("/") || text.startsWith("//")) return null;
  const cut = text.search(/[?#]/);
  return { path: cut >= 0 ? text.slice(0, cut) : text, open: url?.str === undefined && cut < 0 };
}

/** A route path (`*` one segment) against the path asked for; an open one (`/api/chat/` + id) may go on. */
function pathMatches(route: string, wanted: { path: string; open: boolean }): boolean {
  const r = route.split("/").filter(Boolean);
  const w = wanted.path.split("/");
  const last = w.pop() ?? "";
  const known = w.filter(Boolean);
  const segs = wanted.open ? known : [...known, last].filter(Boolean);
  for (let i = 0; i < segs.length; i++) if (r[i] === undefined || (r[i] !== "*" && r[i] !== segs[i])) return false;
  if (!wanted.open) return r.length === segs.length;
  // The open part starts a segment (`/api/chat/` + id) or continues the last known one (`/api/ch` + x).
  const next = r[segs.length];
  return next !== undefined && (next === "*" || next.startsWith(last));
}

/** A route found by file conventions serves the pages of its own app folder (monorepos hold several apps). */
function servesReader(ev: Evaluator, w: StoredWrite, reader: string): boolean {
  const root = routeOfFile(ev.models.routeFiles, w.trail?.file ?? "")?.root;
  return !root || reader.replace(/\\/g, "/").startsWith(root);
}

function decodeKey(key: string): { path: string; field: string | null } {
  const rest = key.slice("route.".length);
  const dot = rest.indexOf(".");
  const unescape = (s: string) => s.replace(/%2E/g, ".");
  return dot < 0 ? { path: unescape(rest), field: null } : { path: unescape(rest.slice(0, dot)), field: rest.slice(dot + 1).split(".")[0] };
}

function readTrail(ev: Evaluator, w: StoredWrite, node: Node, path: string): Trail {
  let prev: Trail | null = null;
  for (const s of trailSteps(w.trail).slice(-12)) prev = { file: s.file, start: s.start, end: s.end, description: s.description, prev };
  return { file: ev.file, start: node.range[0], end: node.range[1], description: `response of the app's route \`${path}\` fetched here (\`${short(ev.src(node))}\`)`, prev };
}

/** Same-origin paths a file's text fetches (`fetch("/api/x")`, `` fetch(`/api/chat/${id}`) ``), read without analysis. */
export function fetchedPaths(text: string): { path: string; open: boolean }[] {
  const out: { path: string; open: boolean }[] = [];
  for (const m of text.matchAll(/\b(?:fetch|useFetch|useLazyFetch)\s*\(\s*(["'`])(\/(?!\/)[^"'`$?#]*)([^"'`]?)/g)) out.push({ path: m[2], open: m[1] === "`" && m[3] === "$" });
  return out;
}

/** URL paths a file's text serves: its own by file conventions, and Express-style literal registrations. */
export function servedPaths(conventions: readonly RouteFileConvention[], file: string, text: string): string[] {
  const out: string[] = [];
  const own = routeOfFile(conventions, file);
  if (own) out.push(own.path);
  for (const m of text.matchAll(/\.(?:get|post|put|patch|delete|all)\s*\(\s*["'`](\/[^"'`]*)["'`]/g)) out.push(m[1].replace(/:[\w$]+/g, "*"));
  return out;
}

/** Whether a fetched path (fetchedPaths) may be served at a route path (servedPaths). */
export const fetchMatches = (route: string, wanted: { path: string; open: boolean }): boolean => pathMatches(route, wanted);
