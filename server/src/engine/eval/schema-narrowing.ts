// Schema narrowing (zod): the shape a schema gives to what it parses, so fields the schema
// closes (enums, numbers) are clean and the others keep the input's taint. Which methods keep a
// schema's shape is model data (Model.schemaNarrowing, in models/node-core.ts).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { exprRef, peekValue } from "./peek";
import { keyName, type Node, propName, unwrap } from "./syntax";
import { CLEAN, derived, flatten, type SchemaTemplate, step, type Val } from "../value";
import { spreadField } from "./collections";

/** Model output as a schema shapes it: null when the schema is not an object schema we can read. */
export function schemaShape(ev: Evaluator, n: Node, frame: Frame, open: (field: string) => Val, depth: number): Val | null {
  const t = schemaTemplate(ev, n, frame, depth);
  return t ? instantiate(t, open) : null;
}

/**
 * What an object schema says of each field it parses: `z.object({...})` read in place, through a
 * const, through narrowing calls (`.strict()`, `.optional()`: Model.schemaNarrowing), or imported
 * from the module that built it (the schema's value carries its template, Val.schema).
 */
function schemaTemplate(ev: Evaluator, n: Node, frame: Frame, depth: number): SchemaTemplate | null {
  n = unwrap(n);
  if (depth > 6) return null;
  if (n.type === "Identifier") {
    const b = frame.scope.lookup(n.name);
    if (b?.kind === "import") return ev.importValue(b).schema ?? null;
    return b?.kind === "const" && b.init ? schemaTemplate(ev, b.init, frame, depth + 1) : null;
  }
  if (n.type !== "CallExpression") return null;
  const c = unwrap(n.callee);
  if (c.type !== "MemberExpression") return null;
  const method = propName(c);
  if ((method === "object" || method === "strictObject" || method === "looseObject") && n.arguments[0] && unwrap(n.arguments[0]).type === "ObjectExpression") {
    const fields: SchemaTemplate["fields"] = new Map();
    for (const p of (unwrap(n.arguments[0]) as TSESTree.ObjectExpression).properties) {
      if (p.type !== "Property") return null;
      const key = keyName(p);
      if (key === null) return null;
      fields.set(key, isClosedSchema(ev, p.value, frame) ? "closed" : { nested: schemaTemplate(ev, p.value, frame, depth + 1), rolesChecked: closesRoles(ev, p.value, frame, depth) });
    }
    return { fields };
  }
  // z.object({...}).strict().describe("...").optional(): the same shape, however long the chain.
  if (method && ev.models.schemaNarrowingMethods.has(method)) return schemaTemplate(ev, c.object, frame, depth);
  return null;
}

function instantiate(t: SchemaTemplate, open: (field: string) => Val): Val {
  const fields = new Map<string, Val>();
  for (const [key, f] of t.fields) {
    if (f === "closed") { fields.set(key, CLEAN); continue; }
    const field = f.nested ? instantiate(f.nested, open) : open(key);
    fields.set(key, f.rolesChecked ? { ...field, rolesChecked: true } : field);
  }
  return { ...CLEAN, fields };
}

/**
 * The value of a call that builds an object schema, with its template attached for the modules
 * that import it (null when the call builds no object schema we can read).
 */
export function schemaValue(ev: Evaluator, call: Node, frame: Frame, value: Val): Val | null {
  const c = call.type === "CallExpression" ? unwrap(call.callee) : null;
  const method = c?.type === "MemberExpression" ? propName(c) : null;
  if (!method || !(method === "object" || method === "strictObject" || method === "looseObject" || ev.models.schemaNarrowingMethods.has(method))) return null;
  const schema = schemaTemplate(ev, call, frame, 0);
  return schema ? { ...value, schema } : null;
}

/**
 * A tool's arguments as its input schema shapes them (the SDK parses them with it before the
 * handler runs): a zod object schema, or a raw shape of zod fields (`{ city: z.string() }`).
 * Null when the schema is not one we can read (JSON Schema, a schema from a call we do not know).
 */
export function toolInputShape(ev: Evaluator, schema: Node, frame: Frame, open: (field: string) => Val): Val | null {
  const n = unwrap(schema);
  if (n.type !== "ObjectExpression") return schemaShape(ev, n, frame, open, 0);
  const fields = new Map<string, Val>();
  for (const p of n.properties) {
    const key = p.type === "Property" ? keyName(p) : null;
    // A JSON Schema written as a literal (`{ type: "object", properties }`) is no raw zod shape.
    if (p.type !== "Property" || key === null || unwrap(p.value).type !== "CallExpression") return null;
    fields.set(key, isClosedSchema(ev, p.value, frame) ? CLEAN : schemaShape(ev, p.value, frame, open, 1) ?? open(key));
  }
  return { ...CLEAN, fields };
}

/** `z.array(z.object({ role: z.enum(["user", "assistant"]), ... }))`: a list whose roles the schema closes. */
function closesRoles(ev: Evaluator, n: Node, frame: Frame, depth: number): boolean {
  n = unwrap(n);
  if (depth > 6) return false;
  if (n.type === "Identifier") {
    const b = frame.scope.lookup(n.name);
    return b?.kind === "const" && !!b.init && closesRoles(ev, b.init, frame, depth + 1);
  }
  if (n.type !== "CallExpression") return false;
  const c = unwrap(n.callee);
  if (c.type !== "MemberExpression") return false;
  const method = propName(c);
  if (method === "array" && n.arguments[0]) {
    const item = schemaShape(ev, n.arguments[0], frame, () => ({ ...CLEAN, t: 1 }), depth + 1);
    const role = item?.fields?.get("role");
    return !!role && role.t === 0;
  }
  return !!method && ev.models.schemaNarrowingMethods.has(method) && closesRoles(ev, c.object, frame, depth);
}

/**
 * `Plan.parse(data)` with an object schema: the fields the schema closes (z.enum, z.number...)
 * are clean, the others carry what went in. `safeParse` puts that shape under `.data`.
 */
export function parsedShape(ev: Evaluator, schema: Node, input: Val, method: string, call: Node, frame: Frame): Val | null {
  const rest = derived(flatten(input));
  // An open field is the input's own field when the input's shape is known (a key in one field of a
  // config object does not reach the others by validation), read as any field read is: one a later
  // spread of unknown keys may have replaced (`{ persona: "x", ...body }`) also gets the spread's data.
  const own = (key: string) => { const f = input.fields?.get(key); return f ? spreadField(input, key, f) : rest; };
  const open = (key: string) => step(own(key), ev.file, call, `field \`${key}\` of the value ${method}() checked`);
  // A schema we cannot read (imported from another module, built by a call): parse() still returns
  // its input, so an object the code wrote (an object literal: its fields are all it has) keeps its
  // shape field by field. Values of other origins keep the old reading, their taint in every field.
  const safe = method.startsWith("safe");
  const shape = isClosedSchema(ev, schema, frame) ? CLEAN
    : schemaShape(ev, schema, frame, open, 0) ?? (input.fields && input.props ? step(input, ev.file, call, `checked by ${method}()`) : null);
  // A schema we know nothing of checked the type, not the text: safeParse's `data` is the input
  // (parse() returns it too, as any unknown call's result carries its arguments).
  if (!shape?.fields && !safe) return shape; // clean (a closed schema) or null
  const data = shape ?? step(rest, ev.file, call, `checked by ${method}()`);
  if (!safe) return data;
  // With a schema we cannot read, the receiver may be no schema at all (secure-json-parse's
  // safeParse returns the parsed value itself): its other fields keep the input's data.
  return { ...(shape ? CLEAN : data), fields: new Map([["data", data], ["success", CLEAN], ["error", CLEAN]]) };
}

/** A schema whose parse() a `clean` model row vouches for (a closed set, a number, a boolean). */
export function isClosedSchema(ev: Evaluator, n: Node, frame: Frame): boolean {
  // A schema kept in a variable (`period: Period`): the reference its value was built with.
  const ref = exprRef(ev, unwrap(n), frame) ?? peekValue(ev, n, frame)?.ref;
  return !!ref && ev.models.find(`${ref}.parse`, "clean").length > 0;
}

/**
 * What an RPC procedure's handler receives as its input (tRPC `.input(schema).mutation(({ input }) => ...)`):
 * untrusted, shaped by the schema given to the nearest `.<schemaCall>()` on the chain the handler is
 * registered on, so the fields it closes are clean. The schema checked the type, not the content.
 */
export function procedureInput(ev: Evaluator, call: Node, schemaCall: string, frame: Frame, input: (what: string) => Val): Val {
  let n = unwrap(call);
  let schema: Node | null = null;
  for (let depth = 0; depth < 12 && n.type === "CallExpression" && !schema; depth++) {
    const c = unwrap(n.callee);
    if (c.type !== "MemberExpression") break;
    if (depth > 0 && propName(c) === schemaCall && n.arguments[0] && n.arguments[0].type !== "SpreadElement") schema = n.arguments[0];
    n = unwrap(c.object);
  }
  if (!schema) return input("input");
  if (isClosedSchema(ev, schema, frame)) return CLEAN;
  return schemaShape(ev, schema, frame, (key) => input(`input field \`${key}\``), 0) ?? input("input");
}
