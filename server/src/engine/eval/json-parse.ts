// JSON.parse of model output: recorded unless a validator later checks the parsed value.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { isStringified } from "./prompt-text";
import type { Node } from "./syntax";
import { Taint } from "../types";
import { derived, flatten, step, type Val } from "../value";

export const VALIDATOR_METHODS = new Set([
  "parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync", "assert", "is", "check", "decode",
  "cast", "create", "assertType", "assertEquals", "validateAsync", "spa", "Check", "Decode", "Parse",
]);

export function jsonParse(ev: Evaluator, arg: Val, call: Node, frame: Frame): Val {
  const a = flatten(arg);
  if (!(a.t & Taint.Model)) return derived(a);
  // The provider's own JSON around the model's text (an SSE event, a raw response body).
  if (a.envelope) return { ...step(derived(a), ev.file, call, "parsed as JSON"), envelope: undefined };
  // JSON.parse(JSON.stringify(x)) is a deep copy of a value the program built, not parsing model text.
  const argNode = (call as TSESTree.CallExpression).arguments[0];
  if (argNode && isStringified(ev, argNode)) return arg;
  // Validated later (Schema.parse(JSON.parse(x)), ajv.validate(s, data)): markValidated clears it.
  const fact = { type: "json-parse" as const, file: ev.file, start: call.range[0], end: call.range[1], trail: a.trail, argStart: (call as TSESTree.CallExpression).arguments[0].range[0], argEnd: (call as TSESTree.CallExpression).arguments[0].range[1] };
  ev.jsonParses.set(call, { fact, validated: false });
  void frame;
  return { ...step(derived(a), ev.file, call, "parsed as JSON"), parsedJson: call };
}

export function markValidated(ev: Evaluator, name: string, args: Val[]): void {
  if (!name || !(VALIDATOR_METHODS.has(name) || /^(is|assert|validate)[A-Z]/.test(name))) return;
  for (const a of args) if (a.parsedJson) { const j = ev.jsonParses.get(a.parsedJson); if (j) j.validated = true; }
}
