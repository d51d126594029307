// Prompt text shipped to the browser (system-prompt-in-client-bundle): an LLM call's instructions or
// prompt, or instruction text known by its name (named-instructions.ts), written as constant text of
// some length in a module that is browser code (browser-code.ts). Every channel a call checks
// (llm-calls.ts checkPrompt) is noted here; at the end of the module one fact is recorded per call
// (its instructions first, else its longest prompt), and instruction text known only by its name is
// kept only when no call in the module has one (the call is where it goes).
import type { Evaluator, Frame } from "./evaluator";
import { type Node, unwrap } from "./syntax";
import { browserEvidence } from "../browser-code";
import { forEachChild } from "../ast-children";
import type { ClientPromptFact } from "../facts";
import { flatten, type Val } from "../value";

/** Constant text shorter than this is a label or a one-liner ("You are a helpful assistant."), not a prompt worth hiding. */
export const MIN_PROMPT_CHARS = 40;

interface Noted { fact: ClientPromptFact; call: { start: number; end: number } | null }

const noted = new WeakMap<Evaluator, Noted[]>();
/** The modelled LLM call whose channels are being checked (llm-calls.ts), per module analysis. */
const currentCall = new WeakMap<Evaluator, Node>();

/** Runs the checks of one LLM call's channels: what they note belongs to that call. */
export function inLlmCall<T>(ev: Evaluator, call: Node, check: () => T): T {
  const outer = currentCall.get(ev);
  currentCall.set(ev, call);
  try {
    return check();
  } finally {
    if (outer) currentCall.set(ev, outer);
    else currentCall.delete(ev);
  }
}
const evidence = new WeakMap<Evaluator, string | null>();

function evidenceOf(ev: Evaluator): string | null {
  if (!evidence.has(ev)) evidence.set(ev, browserEvidence(ev.ast, ev.file, ev.text));
  return evidence.get(ev)!;
}

/** Characters of constant text in what the source writes at `node` (literals, templates, `+`, a const it names). */
function writtenChars(ev: Evaluator, node: Node, frame: Frame, depth = 0): number {
  const n = unwrap(node);
  if (depth > 3) return 0;
  switch (n.type) {
    case "Literal": return typeof n.value === "string" ? n.value.length : 0;
    case "TemplateLiteral": return n.quasis.reduce((a, q) => a + (q.value.cooked ?? "").length, 0);
    case "BinaryExpression": return n.operator === "+" ? writtenChars(ev, n.left, frame, depth + 1) + writtenChars(ev, n.right, frame, depth + 1) : 0;
    case "Identifier": {
      const b = frame.scope.lookup(n.name);
      return b && b.kind === "const" && b.init ? writtenChars(ev, b.init, frame, depth + 1) : 0;
    }
    default: return 0;
  }
}

/** Characters of constant text the value is known to hold (a constant, or a constant start). */
function constantChars(v: Val): number {
  const f = flatten(v);
  return Math.max(f.str?.length ?? 0, f.prefix?.length ?? 0, ...(f.strs ?? []).map((s) => s.length));
}

/** The innermost call or `new` around a range: the LLM call a channel belongs to. */
function enclosingCall(ev: Evaluator, start: number, end: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  const visit = (n: Node): void => {
    if (n.range[0] > start || n.range[1] < end) return;
    const around = n.range[0] < start || n.range[1] > end;
    if (around && (n.type === "CallExpression" || n.type === "NewExpression")) found = { start: n.range[0], end: n.range[1] };
    forEachChild(n, visit);
  };
  visit(ev.ast);
  return found;
}

/** A channel an LLM call (or a named instruction) was given: noted when it is long constant text in browser code. */
export function notePromptText(ev: Evaluator, v: Val, node: Node, frame: Frame, what: { instruction: boolean; channel: string; api?: string; named?: boolean }): void {
  if (node.range[0] < 0 || node.range[1] > ev.text.length) return;
  // What a tool or an agent says about itself is published to the model by design, not hidden instructions.
  if (/description$/i.test(what.channel)) return;
  const chars = Math.max(constantChars(v), writtenChars(ev, node, frame));
  if (chars < MIN_PROMPT_CHARS) return;
  const why = evidenceOf(ev);
  if (!why) return;
  const list = noted.get(ev) ?? [];
  if (!noted.has(ev)) noted.set(ev, list);
  if (list.some((x) => x.fact.start === node.range[0] && x.fact.end === node.range[1])) return;
  const inCall = currentCall.get(ev);
  const call = what.named ? null : inCall ? { start: inCall.range[0], end: inCall.range[1] } : enclosingCall(ev, node.range[0], node.range[1]);
  list.push({ call, fact: { type: "client-prompt", file: ev.file, start: node.range[0], end: node.range[1], api: what.api, channel: what.channel, instruction: what.instruction, chars, evidence: why } });
}

/** End of the module: one fact per call; named instruction text only where no call has a prompt of its own. */
export function recordClientPrompts(ev: Evaluator): void {
  const list = noted.get(ev);
  if (!list) return;
  noted.delete(ev);
  const byCall = new Map<string, ClientPromptFact>();
  const named: ClientPromptFact[] = [];
  const better = (a: ClientPromptFact, b: ClientPromptFact) => (a.instruction !== b.instruction ? a.instruction : a.chars > b.chars);
  for (const { fact, call } of list) {
    if (!call) { named.push(fact); continue; }
    const key = `${call.start}:${call.end}`;
    const had = byCall.get(key);
    if (!had || better(fact, had)) byCall.set(key, fact);
  }
  const facts = byCall.size ? [...byCall.values()] : named;
  for (const f of facts.sort((a, b) => a.start - b.start)) ev.facts.push(f);
}
