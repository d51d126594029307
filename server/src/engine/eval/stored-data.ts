// Stores kept across requests, as the evaluator sees them (the project-wide ledger is
// ../stored-data.ts). A store root (`req.session`, `getIronSession()`) is a value whose ref is
// `store:<store>`; reading a field extends the path (indices dropped), and what the project's
// files wrote there comes back with the read. Assigning a field of it, or a model's store-write
// call (`db.insert(document).values({...})`), is a `store` sink keyed by the path or
// `table.<name>.<column>`: one key per field written, so a tainted `content` leaves `id` clean.
// Which taint a stored value has when read back:
//   - a session keeps the kinds written: it belongs to the client that wrote it, so request data
//     kept there is still that client's input when a later request of it reads it;
//   - a table is shared content (other users, earlier runs, the model's own saved output): any of
//     user input, external content or model output written there reads back as external content,
//     the kind indirect-prompt-injection is about. A message's `role` column written from request
//     data also keeps the client's kind: it decides who speaks, whoever reads the row back.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { checkSink } from "./sinks";
import { type Node, propName, short, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import type { StoredWrite } from "../stored-data";
import { Taint } from "../types";
import { CLEAN, isTainted, trailSteps, type Trail, type Val } from "../value";

const CONTENT = Taint.Untrusted | Taint.UntrustedLow | Taint.External | Taint.Model;
const CLIENT = Taint.Untrusted | Taint.UntrustedLow;
const MAX_DEPTH = 3;

/** The store path a ref names (`store:session.user.name` -> `session.user.name`), null past a call. */
export function storePath(ref: string | undefined): string | null {
  if (!ref || !ref.startsWith("store:") || ref.includes("(")) return null;
  return ref.slice(6);
}

/** `req.session`, `ctx.session`: the store root a handler's request or context field is, if a model says so. */
export function storeRootField(ev: Evaluator, obj: "request" | "context", name: string, node: Node): Val | null {
  const row = ev.models.find(`${obj}:${name}`, "store-root")[0];
  return row ? readStore(ev, row.store, node) : null;
}

type StoreRow = Extract<ModelRow, { kind: "store-root" | "store-write" | "store-read" }>;

/** A call a store row matched: a root it returns (`getIronSession(...)`), a write (`written`: its value argument), or rows read. */
export function applyStoreRow(ev: Evaluator, row: StoreRow, written: { val: Val; node: Node | null } | null, call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame): Val | null {
  if (row.kind === "store-root") return readStore(ev, row.store, call);
  if (row.kind === "store-read") return storeReadCall(ev, row, call);
  storeWriteCall(ev, row, written?.val, call, written?.node ?? null, frame);
  return null;
}

/** The value at a store path: what was written at, under or above it (a session keeps its taint kinds). */
export function readStore(ev: Evaluator, path: string, node: Node): Val {
  const ref = `store:${path}`;
  const ws = ev.host.storedData?.(path, ev.file) ?? [];
  const t = ws.reduce((m, w) => m | w.t, 0) & CONTENT;
  if (!t) return { ...CLEAN, ref };
  return { t, p: 0, san: 0, trail: readTrail(ev, ws.find((w) => w.t & CONTENT)!, node, path), ref };
}

/** `req.session.user.name = value`: kept for later requests, field by field. */
export function writeStoreField(ev: Evaluator, path: string, v: Val, node: Node, frame: Frame): void {
  storeWrite(ev, path, v, node, frame, 0);
}

/** A model's store-write call: the value's fields become the table's columns. */
function storeWriteCall(ev: Evaluator, row: Extract<ModelRow, { kind: "store-write" }>, value: Val | undefined, call: TSESTree.CallExpression | TSESTree.NewExpression, valueNode: Node | null, frame: Frame): void {
  const table = tableName(row.table, call);
  if (!table || !value) return;
  storeWrite(ev, `table.${table}`, value, valueNode ?? call, frame, 0);
}

/**
 * A model's store-read call: rows of the table whose columns carry what was written into them,
 * as external content. Both a row (`.content`) and a list of rows (`const [doc] = ...`).
 */
function storeReadCall(ev: Evaluator, row: Extract<ModelRow, { kind: "store-read" }>, call: TSESTree.CallExpression | TSESTree.NewExpression): Val {
  const table = tableName(row.table, call);
  if (!table) return CLEAN;
  const prefix = `table.${table}`;
  // The writes nearest the reader in the folder tree first: their trails are the ones shown (one
  // run may hold several apps whose tables share a name).
  const near = (w: StoredWrite) => sharedPrefix(w.trail?.file ?? "", ev.file);
  const ws = (ev.host.storedData?.(prefix, ev.file) ?? []).filter((w) => w.t & CONTENT).sort((a, b) => near(b) - near(a));
  if (!ws.length) return CLEAN;
  const fields = new Map<string, Val>();
  let whole: Val = CLEAN;
  for (const w of ws) {
    const column = w.key === prefix ? null : w.key.slice(prefix.length + 1).split(".")[0];
    // A message's role is no content: the role a client chose when it was stored is still the
    // client's choice when a later request sends the stored conversation (client-roles.ts).
    const t = column === "role" ? Taint.External | (w.t & CLIENT) : Taint.External;
    const v: Val = { t, p: 0, san: 0, trail: readTrail(ev, w, call, w.key.slice(6)) };
    if (column === null) { if (!isTainted(whole)) whole = v; continue; }
    if (!fields.has(column) || (t & CLIENT && !(fields.get(column)!.t & CLIENT))) fields.set(column, v);
  }
  // A row taken whole (a list checked as a whole, flattened) shows the client-chosen column's trail first.
  const ordered = new Map([...fields].sort(([, a], [, b]) => Number(!!(b.t & CLIENT)) - Number(!!(a.t & CLIENT))));
  const first = [...ordered.values()][0];
  const rowVal: Val = { ...whole, ...(first && first.t & CLIENT && isTainted(whole) ? { trail: first.trail } : {}), fields: ordered };
  return { ...rowVal, elems: [rowVal] };
}

function storeWrite(ev: Evaluator, key: string, v: Val, node: Node, frame: Frame, depth: number): void {
  if (depth < MAX_DEPTH && (v.fields || v.elems)) {
    if (isTainted(v)) checkSink(ev, { t: v.t, p: v.p, san: v.san, trail: v.trail }, "store", node, frame, detail(key));
    for (const [k, f] of v.fields ?? []) storeWrite(ev, `${key}.${k}`, f, propertyAt(v, k, ev) ?? node, frame, depth + 1);
    for (const e of v.elems ?? []) storeWrite(ev, key, e, node, frame, depth + 1);
    return;
  }
  checkSink(ev, v, "store", node, frame, detail(key));
}

const detail = (key: string) => ({ api: "a store kept across requests", channel: key });

function propertyAt(v: Val, name: string, ev: Evaluator): Node | null {
  const p = v.props?.get(name);
  return p && p.file === ev.file ? (p.node.shorthand ? p.node.key : p.node.value) : null;
}

/** The stored write's steps (without anchors: they locate findings in the writer's file), then this read. */
function readTrail(ev: Evaluator, w: StoredWrite, node: Node, label: string): Trail {
  let prev: Trail | null = null;
  // The source first (findings name it), then the last steps before it was kept.
  const steps = trailSteps(w.trail);
  for (const s of steps.length > 12 ? [steps[0], ...steps.slice(-11)] : steps) prev = { file: s.file, start: s.start, end: s.end, description: s.description, prev };
  return { file: ev.file, start: node.range[0], end: node.range[1], description: `stored \`${label}\` read back here (\`${short(ev.src(node))}\`)`, prev };
}

/** The table a store row names: the receiver's last name, or the first argument of a call in the chain. */
function tableName(where: string, call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return null;
  if (where === "receiver") return lastName(unwrap(callee.object));
  const method = where.slice(5);
  for (let n: Node = call, i = 0; i < 12; i++) {
    if (n.type !== "CallExpression") return null;
    const c = unwrap(n.callee);
    if (c.type !== "MemberExpression") return null;
    if (propName(c) === method) return n.arguments[0] ? lastName(unwrap(n.arguments[0])) : null;
    n = unwrap(c.object);
  }
  return null;
}

function lastName(n: Node): string | null {
  if (n.type === "Identifier") return n.name;
  if (n.type === "Literal" && typeof n.value === "string" && /^[\w$-]+$/.test(n.value)) return n.value;
  if (n.type === "MemberExpression") return propName(n);
  return null;
}

/** How many leading characters two paths share, up to a folder boundary. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.lastIndexOf("/", i);
}
