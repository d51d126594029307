// Tools the app defines itself, with no SDK's `tool()` around them: an object holding an input
// schema, a name or a description, and the function the app's own agent loop calls with the
// arguments of the model's tool call (Perplexica's `{ name, schema, getToolDescription, execute }`
// actions, kept in a registry and run by the name the model chose; MCP tool tables of
// `{ name, description, inputSchema, handler }`). A description is required: a tool is described
// to the model, a queued job or a command with a schema and a `run` is not. The loop that calls them is often out of sight
// (a provider class behind an abstract type, a Map filled by `register()`), so the definition's
// shape is the evidence, as an SDK's `tool({ inputSchema, execute })` is: its function's first
// parameter is the model's choice, shaped by the schema (fields it closes arrive clean).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { analyseToolHandler, neverApproves } from "./handlers";
import { schemaShape, toolInputShape } from "./schema-narrowing";
import { keyName, type Node, unwrap } from "./syntax";
import { forEachChild } from "../ast-children";
import { CLEAN, type Val } from "../value";

/** Where such an object keeps the function run with the model's arguments, and its input schema. */
const RUN_KEYS = ["execute", "run", "handler", "invoke", "func"];
const SCHEMA_KEYS = ["schema", "inputSchema", "input_schema", "parameters"];
/** A key that describes the tool to the model (`description`, `getToolDescription`). */
const DESCRIBES = /description$/i;

/**
 * The prefilter's token (relevance.ts): a file holding a schema key and a run key near each other
 * is analysed even when it names no LLM API (an action module imports only zod and its types).
 */
const SCHEMA_KEY_RE = String.raw`\b(?:schema|inputSchema|input_schema|parameters)\s*[:,}]`;
const RUN_KEY_RE = String.raw`\b(?:execute|run|handler|invoke|func)\s*[:(]`;
export const APP_TOOL_TOKEN = String.raw`${SCHEMA_KEY_RE}(?=[\s\S]{0,3000}?${RUN_KEY_RE})|${RUN_KEY_RE}(?=[\s\S]{0,3000}?${SCHEMA_KEY_RE})`;

/** Definitions already taken, per module analysis (an object in a function is built at each call). */
const taken = new WeakMap<Evaluator, WeakSet<Node>>();

/**
 * Called for every object literal once its value is built. A definition at the top of a module
 * waits for the module walk (an SDK row that takes it, `tool({...})`, or an LLM call's inline
 * `tools`, has then analysed its function, and this one stands aside); one built inside a
 * function is taken at once. A literal written in a call's arguments is never taken here.
 */
export function maybeAppTool(ev: Evaluator, e: TSESTree.ObjectExpression, v: Val, frame: Frame): void {
  const run = RUN_KEYS.map((k) => v.fields?.get(k)).find((f) => f?.fn);
  if (!run?.fn || !run.fn.node.params.length) return;
  const schema = schemaNode(e);
  if (!schema || !isInputSchema(ev, schema, frame)) return;
  // A tool is described to the model; a job or command with a schema and a `run` is not.
  if (![...(v.fields?.keys() ?? [])].some((k) => DESCRIBES.test(k))) return;
  const name = v.fields?.get("name")?.str;
  // Written in a call's arguments, the object belongs to that call: a tool API's row takes it, and
  // an API with no row (a job queue's `schemaTask({ description, schema, run })`, a workflow's
  // `createStep`) runs it with its own input, not the model's.
  if (insideCallArgument(ev, e)) return;
  let seen = taken.get(ev);
  if (!seen) taken.set(ev, (seen = new WeakSet()));
  if (seen.has(e)) return;
  seen.add(e);
  const approval = e.properties.find((p) => p.type === "Property" && keyName(p) === "needsApproval");
  const approved = !!approval && approval.type === "Property" && !neverApproves(approval.value);
  const take = (): void => {
    if (ev.analysedConcretely.has(run.fn!.node)) return;
    analyseToolHandler(ev, run, e, `tool ${name ?? "defined by the app"}`, approved, frame, undefined, undefined, schema, undefined, name);
  };
  if (frame.fn === ev.ast) ev.deferredHandlers.push(take);
  else take();
}

function schemaNode(e: TSESTree.ObjectExpression): Node | null {
  for (const p of e.properties) {
    if (p.type !== "Property") continue;
    const k = keyName(p);
    if (k && SCHEMA_KEYS.includes(k)) return p.value;
  }
  return null;
}

/**
 * A zod-style object schema (`z.object({...})`, also through a constant and its chained methods), a
 * raw shape of schema calls (`{ path: z.string() }`, MCP's), or a JSON Schema object literal.
 */
function isInputSchema(ev: Evaluator, n: Node, frame: Frame): boolean {
  const u = unwrap(n);
  if (u.type === "ObjectExpression") {
    if (u.properties.some((p) => p.type === "Property" && (keyName(p) === "properties" || keyName(p) === "type"))) return true;
    return toolInputShape(ev, u, frame, () => CLEAN) !== null;
  }
  return schemaShape(ev, u, frame, () => CLEAN, 0) !== null;
}

/** Object literals inside a call's arguments, per module: `tool({ ... })`, `streamText({ tools: { x: { ... } } })`, `register({ ... })`. */
const callArguments = new WeakMap<Evaluator, Set<Node>>();

/** Through these a literal stays part of the argument it is written in. */
const WITHIN_ARGUMENT = new Set(["Property", "ObjectExpression", "ArrayExpression", "TSAsExpression", "TSSatisfiesExpression"]);

function insideCallArgument(ev: Evaluator, e: Node): boolean {
  let found = callArguments.get(ev);
  if (!found) {
    const set = new Set<Node>();
    const visit = (n: Node, inArg: boolean): void => {
      if (inArg && n.type === "ObjectExpression") set.add(n);
      if (n.type === "CallExpression" || n.type === "NewExpression") {
        forEachChild(n, (c) => visit(c, (n.arguments as readonly Node[]).includes(c)));
        return;
      }
      forEachChild(n, (c) => visit(c, inArg && WITHIN_ARGUMENT.has(n.type)));
    };
    visit(ev.ast, false);
    callArguments.set(ev, (found = set));
  }
  return found.has(e);
}
