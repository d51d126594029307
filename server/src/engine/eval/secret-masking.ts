// A few characters of a secret (`key.slice(-4)`, `key.substring(0, 6)`) are how apps show which key
// is set without showing the key: that part is no credential, so sending it to a caller is fine.
// Only constant bounds that keep at most MASK_CHARS characters count; `key.slice(7)` (strip a
// "Bearer " prefix) keeps the rest of the key and stays a secret.
import type { Node } from "./syntax";
import { unwrap } from "./syntax";
import { Taint } from "../types";
import { derived, sanitised, SINK_BITS, type Val } from "../value";

const MASK_CHARS = 8;

function intArg(n: Node | undefined): number | null {
  if (!n) return null;
  const e = unwrap(n);
  if (e.type === "Literal" && typeof e.value === "number" && Number.isInteger(e.value)) return e.value;
  if (e.type === "UnaryExpression" && e.operator === "-" && e.argument.type === "Literal" && typeof e.argument.value === "number") return -e.argument.value;
  return null;
}

/** How many characters a slice/substring/substr with these constant bounds keeps at most (null: unknown or unbounded). */
function keptChars(method: string, argNodes: readonly Node[]): number | null {
  const a = intArg(argNodes[0]);
  const b = argNodes.length > 1 ? intArg(argNodes[1]) : undefined;
  if (a === null || b === null) return null;
  if (method === "substr") return b === undefined ? (a < 0 ? -a : null) : b;
  if (b === undefined) return method === "slice" && a < 0 ? -a : null;
  if (a >= 0 && b >= 0) return Math.abs(b - a);
  return null;
}

/** The result of `secret.slice(...)`-like calls that keep only a few characters: safe to show (null: not such a call). */
export function maskedSecret(recv: Val, method: string, argNodes: readonly Node[]): Val | null {
  if (!(recv.t & Taint.Secret) || (method !== "slice" && method !== "substring" && method !== "substr")) return null;
  const kept = keptChars(method, argNodes);
  return kept !== null && kept <= MASK_CHARS ? sanitised(derived(recv), SINK_BITS.response) : null;
}
