// LLM calls recognised by shape: a call into a package no model describes (or a fetch to a host no
// model names) whose request carries a model name and instructions with a prompt, or chat messages,
// is an LLM call of the row's confidence. Its channels are checked like an SDK's, its result is
// model output. What makes a request (field names) is the `shape` row's data (models/by-shape.ts);
// what a field must hold to count is here, so look-alikes stay out: a logging call's `system`
// label, product data under `model`, a config object never sent.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete } from "./functions";
import { carriesInstructions } from "./instruction-text";
import { checkMessages, checkPrompt, ROLE_INSTRUCTION } from "./llm-calls";
import { argAt, propertyNode } from "./model-rows";
import { type Node, short, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, type Val } from "../value";

type ShapeRow = Extract<ModelRow, { kind: "shape" }>;

/** A model id as code writes it: `gpt-4o`, `claude-3-5-sonnet-latest`, `llama3.1:8b`, `accounts/x/models/y`. */
const MODEL_ID_RE = /^[\w.:/@+-]{2,120}$/;

interface Request {
  val: Val;
  /** The object literal the request is written as, when it is one here. */
  node: Node | null;
}

/** The request object at `path`: the argument's fields, or the object a JSON body was serialised from. */
function requestAt(ev: Evaluator, args: Val[], argNodes: readonly Node[], path: string): Request | null {
  const at = argAt(ev, args, argNodes, path);
  if (!at) return null;
  const n = at.node ? unwrap(at.node) : null;
  if (at.val.jsonOf?.fields) {
    // JSON.stringify({ ... }) written in place: its object literal locates the fields.
    const obj = n && n.type === "CallExpression" ? (n as TSESTree.CallExpression).arguments[0] : null;
    return { val: at.val.jsonOf, node: obj ? unwrap(obj) : null };
  }
  return at.val.fields ? { val: at.val, node: n } : null;
}

/** Where a field of the request is written (its property's value), for the finding's location. */
function fieldNode(ev: Evaluator, req: Request, name: string): Node | null {
  const here = req.node ? propertyNode(ev, req.node, name) : null;
  if (here) return here;
  const p = req.val.props?.get(name);
  return p && p.file === ev.file ? (p.node.shorthand ? p.node.key : p.node.value) : null;
}

/** A literal that is no text (`system: true`, `input: 3`): a flag or a count, not a prompt. */
function nonTextLiteral(n: Node | null): boolean {
  const u = n ? unwrap(n) : null;
  return !!u && u.type === "Literal" && typeof (u as TSESTree.Literal).value !== "string";
}

function namesAModel(ev: Evaluator, req: Request, row: ShapeRow): boolean {
  return row.model.some((name) => {
    const v = req.val.fields!.get(name);
    if (!v || v.fn || v.fields || v.elems || nonTextLiteral(fieldNode(ev, req, name))) return false;
    // A constant must read as a model id; "Model S" or "Pixel 8 Pro" is product data.
    return v.str === undefined || MODEL_ID_RE.test(v.str);
  });
}

/** The instruction fields that hold instructions: text that reads as a sentence, or text not known here. */
function instructionFields(ev: Evaluator, req: Request, row: ShapeRow): string[] {
  return row.instruction.filter((name) => {
    const v = req.val.fields!.get(name);
    if (!v || v.fn || nonTextLiteral(fieldNode(ev, req, name))) return false;
    if (v.str !== undefined) return carriesInstructions(v.str);
    return !v.fields || v.fields.has("parts") || v.fields.has("text");
  });
}

/** A list of role objects (`{ role, content }`) with an instruction message, or with sampling parameters beside it. */
function chatMessages(req: Request, row: ShapeRow): boolean {
  return row.messages.some((name) => {
    const list = req.val.fields!.get(name);
    const roles = (list?.elems ?? []).filter((m) => m.fields?.has("role") && (m.fields.has("content") || m.fields.has("parts")));
    if (!roles.length) return false;
    return roles.some((m) => ROLE_INSTRUCTION.has(m.fields!.get("role")!.str ?? "")) || row.sampling.some((s) => req.val.fields!.has(s));
  });
}

/** Whether the request has the shape of an LLM call; the instruction fields it carries if so. */
function recognise(ev: Evaluator, req: Request, row: ShapeRow): string[] | null {
  if (row.calleeNamesModel) return ownClientRequest(ev, req, row);
  if (!namesAModel(ev, req, row)) return null;
  const instructions = instructionFields(ev, req, row);
  const prompted = row.prompt.some((name) => { const v = req.val.fields!.get(name); return !!v && !v.fn && !nonTextLiteral(fieldNode(ev, req, name)); });
  if (instructions.length && prompted) return instructions;
  return chatMessages(req, row) ? instructions : null;
}

/** A request to the app's own model client: role messages (any roles), or instructions with a prompt. */
function ownClientRequest(ev: Evaluator, req: Request, row: ShapeRow): string[] | null {
  const instructions = instructionFields(ev, req, row);
  const prompted = row.prompt.some((name) => { const v = req.val.fields!.get(name); return !!v && !v.fn && !nonTextLiteral(fieldNode(ev, req, name)); });
  if (instructions.length && prompted) return instructions;
  const roles = row.messages.some((name) => (req.val.fields!.get(name)?.elems ?? []).some((m) => m.fields?.has("role") && (m.fields.has("content") || m.fields.has("parts"))));
  return roles ? instructions : null;
}

/**
 * A streamed LLM request read as server-sent events (`fetchEventSource(url, { body, onmessage })`):
 * the callback runs with an event whose `data` is the provider's chunk, so what it parses out of the
 * chunk (`choices[0].delta.content`, a tool call's `function.arguments`) is model output.
 */
function streamedEvents(ev: Evaluator, callback: Val | undefined, chunk: Val, api: string): void {
  if (!callback?.fn) return;
  const event: Val = { ...CLEAN, fields: new Map([["data", chunk]]) };
  // Twice: events keep coming, and a later one sees what an earlier one kept (tool calls collected
  // chunk by chunk, run when the stream says it is done).
  for (let i = 0; i < 2; i++) analyseConcrete(ev, callback.fn, [event], `${api} event`);
}

/**
 * The call as an LLM call, when a `shape` row for its reference recognises its request; null if
 * none does, and for a call an `llm-call` row already describes (a known SDK keeps its confidence).
 */
export function shapedCall(ev: Evaluator, ref: string | null, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression, frame: Frame): Val | null {
  if (!ref || ev.models.lookup(ref).some((r) => r.kind === "llm-call")) return null;
  const rows = ev.models.findShapes(ref);
  const api = rows.length ? short(ev.src(call.callee)) : "";
  for (const row of rows) for (const path of row.at) {
    const req = requestAt(ev, args, argNodes, path);
    const instructions = req ? recognise(ev, req, row) : null;
    if (!req || !instructions) continue;
    ev.facts.push({ type: "llm-call", file: ev.file, start: call.range[0], end: call.range[1], provider: row.provider, api, ...(row.calleeNamesModel && !namesAModel(ev, req, row) ? { byCallee: true as const } : {}) });
    const detail = { api, confidence: row.confidence };
    for (const name of instructions) checkPrompt(ev, req.val.fields!.get(name)!, "instruction", fieldNode(ev, req, name) ?? call, frame, { ...detail, channel: name });
    for (const name of row.prompt) {
      const v = req.val.fields!.get(name);
      if (!v || v.fn) continue;
      const at = fieldNode(ev, req, name) ?? call;
      if (v.elems || row.messages.includes(name)) checkMessages(ev, v, at, frame, detail);
      else checkPrompt(ev, v, "prompt", at, frame, { ...detail, channel: name });
    }
    const out = source(ev, Taint.Model, call, `model output from \`${api}()\` (an LLM call recognised by its request's shape)`);
    const trail = row.confidence === "medium" ? { ...out.trail!, confidence: "medium" as const } : out.trail;
    if (row.events) streamedEvents(ev, argAt(ev, args, argNodes, row.events)?.val, { ...out, trail, envelope: true }, api);
    return { ...out, trail, envelope: row.result === "envelope" ? true : undefined };
  }
  return null;
}
