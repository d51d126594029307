// What a tool hands back to the model: its result is read as prompt content, so the server's own
// credentials in it (the whole `process.env` serialised, a secret env var in `{ content: [{ text }] }`)
// are a `prompt` sink for secret-in-prompt. The other kinds a result carries are the lethal
// trifecta's legs (tool-sets.ts), not this sink's: a tool returning a fetched page is what tools are for.
import type { Evaluator, Frame } from "./evaluator";
import { checkSink } from "./sinks";
import { isFunction, type Node, unwrap } from "./syntax";
import { forEachChild } from "../ast-children";
import { Taint } from "../types";
import { SINK_BITS, type Val } from "../value";

/** The part of a returned value that carries a taint kind, a few levels deep, and the keys leading to it. */
export function carrying(v: Val, bit: number, depth: number): Val | null {
  return carryingAt(v, bit, depth)?.val ?? null;
}

function carryingAt(v: Val, bit: number, depth: number): { val: Val; path: (string | number)[] } | null {
  if (v.t & bit) return { val: v, path: [] };
  if (depth > 4) return null;
  for (const [k, f] of v.fields ?? []) {
    const c = carryingAt(f, bit, depth + 1);
    if (c) return { val: c.val, path: [k, ...c.path] };
  }
  for (const [i, f] of (v.elems ?? []).entries()) {
    const c = carryingAt(f, bit, depth + 1);
    if (c) return { val: c.val, path: [i, ...c.path] };
  }
  return null;
}

/**
 * The server's own credentials only (env secrets, the whole environment, key literals and
 * credential constants), not an argument the model wrote under a secret-sounding name; a few
 * characters of a key (`key.slice(-4)`) are safe to show, as in a response. Reported at the
 * returned expression that holds it.
 */
export function checkToolResult(ev: Evaluator, ret: Val, fn: Node, def: Node, frame: Frame, api: string): void {
  const found = carryingAt(ret, Taint.ServerSecret, 0);
  if (!found || found.val.san & SINK_BITS.response) return;
  const secret = found.val;
  const v: Val = { ...secret, t: secret.t & (Taint.Secret | Taint.ServerSecret), p: 0, undelimited: false, fields: undefined, elems: undefined };
  checkSink(ev, v, "prompt", returnedNode(ev, fn, found.path, secret) ?? def, frame, { api, channel: "tool result" });
}

/** Where in the handler's returned expressions the secret sits: the one holding the newest step of its path, else the first with that key path. */
function returnedNode(ev: Evaluator, fn: Node, path: (string | number)[], secret: Val): Node | null {
  if (!isFunction(fn) || !fn.body) return null;
  const returned: Node[] = [];
  if (fn.body.type !== "BlockStatement") returned.push(fn.body);
  else {
    const visit = (n: Node): void => {
      if (isFunction(n)) return;
      if (n.type === "ReturnStatement") { if (n.argument) returned.push(n.argument); return; }
      forEachChild(n, visit);
    };
    for (const st of fn.body.body) visit(st);
  }
  const at = secret.trail && secret.trail.file === ev.file ? secret.trail : null;
  const nodes = returned.map((r) => follow(r, path)).filter((n): n is Node => !!n);
  return nodes.find((n) => at && n.range[0] <= at.start && at.end <= n.range[1]) ?? nodes.find((n) => unwrap(n).type !== "Literal") ?? null;
}

/** The expression at a key path inside object and array literals (`content[0].text`). */
function follow(n: Node, path: (string | number)[]): Node | null {
  let cur = unwrap(n);
  if (cur.type === "AwaitExpression") cur = unwrap(cur.argument);
  for (const key of path) {
    if (typeof key === "number" && cur.type === "ArrayExpression") {
      const el = cur.elements[key];
      if (!el || el.type === "SpreadElement") return null;
      cur = unwrap(el);
    } else if (typeof key === "string" && cur.type === "ObjectExpression") {
      const p = cur.properties.find((q) => q.type === "Property" && !q.computed && ((q.key.type === "Identifier" && q.key.name === key) || (q.key.type === "Literal" && q.key.value === key)));
      if (!p || p.type !== "Property") return null;
      cur = unwrap(p.value);
    } else return null;
  }
  return cur;
}
