// Client-held conversations: a messages list taken from the request as it came carries the
// client's roles too, so an entry `{ role: "system" }` sits next to the server's own
// instructions with the same authority. Reported (medium confidence) only when the call has
// instructions of the server's to compete with and nothing constrained the roles: a schema
// that closes `role`, a `map` that sets it, a `filter` on it (Val.rolesChecked).
import type { Evaluator, Frame } from "./evaluator";
import { argAt } from "./model-rows";
import { checkSink } from "./sinks";
import { type Node, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { flatten, type Trail, type Val } from "../value";

const CLIENT = Taint.Untrusted | Taint.UntrustedLow;
const ROLE_INSTRUCTION = new Set(["system", "developer"]);

/** The request data in a messages list whose roles the client chose, or null. */
function clientRoles(v: Val): Val | null {
  if (v.rolesChecked) return null;
  if (!v.fields && !v.elems) return v.t & CLIENT ? v : null;
  if (!v.elems) return null;
  // Roles the request itself carries before roles a conversation stored earlier (stored-data.ts):
  // the more direct flow is the one reported for the call.
  let stored: Val | null = null;
  for (const m of v.elems) {
    if (m.rolesChecked) continue;
    // A list spread into this one (`[system, ...body.history]`), or a role read from the request.
    const role = !m.fields && !m.elems ? m : m.fields?.get("role");
    if (!role || !(role.t & CLIENT) || role.rolesChecked) continue;
    if (!(role.t & Taint.External)) return role;
    stored ??= role;
  }
  if (stored && !(v.t & CLIENT && !(v.t & Taint.External))) return stored;
  // A list joined with one of the request's (`cond ? body.messages : [...]`): the container keeps its taint.
  return v.t & CLIENT ? v : null;
}

/**
 * The request data reached the call as a whole list (read, assigned, passed along, returned), not
 * as text put into messages the code built: a step that splices text or adds one element to a
 * list means the roles around it were the code's (a helper that returns such a list loses its
 * shape, its trail does not).
 */
function keptWhole(trail: Trail | null): boolean {
  for (let t = trail; t; t = t.prev) {
    if (/^(interpolated into|concatenated into|joined into|added to |iterated here)/.test(t.description)) return false;
    // A history kept in the server-side session (`req.session.chatHistory`): its text came from
    // requests, but the server wrote the roles.
    if (!t.prev && /^request data `[\w$.]*\bsession\b/.test(t.description)) return false;
  }
  return true;
}

/** `let input: AgentInputItem[] | RunState` passed as `input`: a variable declared as a list (or one of the types it may be). */
function declaredList(node: Node, frame: Frame): boolean {
  const n = unwrap(node);
  const b = n.type === "Identifier" ? frame.scope.lookup(n.name) : undefined;
  const id = b?.node;
  let t = id && id.type === "Identifier" ? id.typeAnnotation?.typeAnnotation : undefined;
  if (!t) return false;
  if (t.type === "TSTypeOperator" && t.operator === "readonly") t = t.typeAnnotation;
  const members = t?.type === "TSUnionType" ? t.types : t ? [t] : [];
  return members.some((m) => m.type === "TSArrayType" || m.type === "TSTupleType" || (m.type === "TSTypeReference" && m.typeName.type === "Identifier" && /^(Readonly)?Array$/.test(m.typeName.name)));
}

/** Instructions that are the client's own text as sent (`system: messages[0].content`): nothing of the server's to compete with. */
function clientOwned(v: Val, node: Node): boolean {
  // Text the code builds or a helper returns (`toPrompt(template)`) has the server's part in it.
  const n = unwrap(node);
  if (n.type !== "Identifier" && n.type !== "MemberExpression") return false;
  const f = flatten(v);
  if (!(f.t & CLIENT) || v.str !== undefined || v.strs || v.prefix !== undefined) return false;
  for (let t = f.trail; t; t = t.prev) if (!/^(assigned to |request data )/.test(t.description)) return false;
  return true;
}

/** The call carries instructions of the server's: an instruction channel, or a system message it wrote. */
function serverInstructions(row: Extract<ModelRow, { kind: "llm-call" }>, present: { as: string; val: Val; node: Node }[]): boolean {
  return present.some(({ as, val, node }) => (as === "instruction" && !clientOwned(val, node))
    || ((as === "messages" || as === "input") && !!val.elems?.some((m) => {
      const role = m.fields?.get("role")?.str;
      return role !== undefined && ROLE_INSTRUCTION.has(role);
    })))
    || !!row.instructed;
}

export function checkClientRoles(ev: Evaluator, row: Extract<ModelRow, { kind: "llm-call" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, detail: { api: string; confidence: "high" | "medium" }): void {
  const present = row.channels.flatMap((c) => {
    const at = argAt(ev, args, argNodes, c.at);
    return at ? [{ as: c.as, val: at.val, node: at.node ?? call }] : [];
  });
  const instructed = serverInstructions(row, present);
  for (const { as, val, node } of present) {
    // An agent's `input` may be a plain string: only a list known to be one counts there.
    if (as !== "messages" && !(as === "input" && (val.elems || val.array || declaredList(node, frame)))) continue;
    const client = clientRoles(val);
    if (!client || !keptWhole(client.trail)) continue;
    // A conversation kept in a table (its role column read back, stored-data.ts) is no longer only
    // the sender's: the roles one client stored reach whoever's request loads the rows, next to
    // the system messages the server stored, so no instructions at this call are needed.
    if (!instructed && !(client.t & Taint.External)) continue;
    // Where the list is spread into the server's array (`...body.history`), report there.
    const arr = unwrap(node);
    const i = val.elems ? val.elems.indexOf(client) : -1;
    const at = i >= 0 && arr.type === "ArrayExpression" && arr.elements.length === val.elems!.length ? arr.elements[i] ?? node : node;
    // Only the client's own data, concretely: a helper's parameter may be a list the server built.
    const f = flatten(client);
    checkSink(ev, { ...f, t: f.t & CLIENT, p: 0 }, "instruction", at, frame, { ...detail, confidence: "medium", clientRoles: true, channel: "messages (the client chooses their roles, \"system\" included)" });
  }
}
