// Instruction text known only by its name: a string assigned to `systemPrompt` (`system_prompt`,
// `SYSTEM_PROMPT`, `systemInstruction`, `systemMessage`), or to a `...Prompt` variable whose text
// opens with a persona ("You are ..."), is the app's instructions to a model even when no modelled
// LLM call is in sight (a simulated model, a client nothing describes, a prompt handed on by a
// route). Untrusted text in it is an instruction sink of low confidence. Where the module does call
// a modelled LLM, that call is the sink that counts: `dropWhereLlmCalled` removes these hits (and
// their parameter sinks from the module's summaries) so one flow is never reported twice.
import type { Evaluator, Frame } from "./evaluator";
import type { Fact } from "../facts";
import { checkSink } from "./sinks";
import { type Node, unwrap } from "./syntax";
import { flatten, isTainted, type Val } from "../value";
import { evalExpr } from "./expressions";
import { notePromptText } from "./client-prompts";

/** Names that say "the system channel" whatever their text. */
const CHANNEL_NAME_RE = /(?:^|_|[a-z])(?:system_?prompt|system_?instructions?|system_?message|sys_?prompt)$/i;
/** A prompt variable: instruction text only when its own text opens with a persona. */
const PROMPT_NAME_RE = /prompt$/i;
const PERSONA_RE = /^\s*you\s+are\b/i;

/**
 * The prefilter's token (relevance.ts): a file that assigns one of these names is analysed even
 * when it names no LLM API. Kept as wide as the names above; the value decides.
 */
export const NAMED_INSTRUCTION_TOKEN = String.raw`\b[\w$]*(?:[Ss]ystem_?[Pp]rompt|SYSTEM_PROMPT|[Ss]ystem_?[Ii]nstructions?|SYSTEM_INSTRUCTIONS?|[Ss]ystem_?[Mm]essage|SYSTEM_MESSAGE|[Pp]rompt\s*=\s*[\x60'"]\s*You are)\b`;

/** The name a declarator or a plain assignment gives its value, when it names instruction text. */
function instructionName(target: Node, value: Node): string | null {
  if (target.type !== "Identifier") return null;
  const name = target.name;
  if (CHANNEL_NAME_RE.test(name)) return name;
  if (!PROMPT_NAME_RE.test(name)) return null;
  const v = unwrap(value);
  const text = v.type === "TemplateLiteral" ? v.quasis[0].value.cooked ?? "" : v.type === "Literal" && typeof v.value === "string" ? v.value : null;
  return text !== null && PERSONA_RE.test(text) ? name : null;
}

/**
 * `const systemPrompt = ...` / `systemPrompt = ...`: records the value as reaching an instruction
 * channel. In a template, each spliced name or field is checked where it sits (a secret on one
 * line, a request field on another), one hit per kind of taint; other values as a whole.
 */
export function checkNamedInstruction(ev: Evaluator, target: Node, value: Node | null | undefined, v: Val, frame: Frame): void {
  if (!value) return;
  const name = instructionName(target, value);
  if (!name) return;
  const detail = { channel: `instruction text \`${name}\``, named: name, confidence: "low" as const };
  notePromptText(ev, v, value, frame, { instruction: true, channel: detail.channel, named: true });
  const t = unwrap(value);
  if (t.type === "TemplateLiteral" && t.expressions.every(plainRead)) {
    let seen = 0;
    for (const x of t.expressions) {
      const xv = flatten(evalExpr(ev, x, frame));
      if (!isTainted(xv) || (xv.t && !(xv.t & ~seen) && !xv.p)) continue;
      seen |= xv.t;
      checkSink(ev, xv, "instruction", x, frame, detail);
    }
    return;
  }
  checkSink(ev, v, "instruction", value, frame, detail);
}

/** A name or a field read: evaluating it again has no effect. */
function plainRead(x: Node): boolean {
  const e = unwrap(x);
  return e.type === "Identifier" || (e.type === "MemberExpression" && !e.computed && plainRead(e.object));
}

/**
 * A module that calls a modelled LLM, or whose values reach a modelled instruction or prompt
 * channel, reports there: its named-instruction hits go.
 */
export function dropWhereLlmCalled(ev: Evaluator): void {
  // An image generation or an Assistants run in the module sends no prompt the module built: it says
  // nothing about where the module's own instruction text goes.
  const modelled = (f: Fact) => (f.type === "llm-call" && !f.run && !f.byCallee) || (f.type === "sink" && !f.detail.named && (f.sink === "instruction" || f.sink === "prompt"));
  if (!ev.facts.some(modelled) && ![...ev.summaries.values()].some((s) => s.sinks.some((p) => !p.hit.detail.named && (p.sink === "instruction" || p.sink === "prompt")))) return;
  for (let i = ev.facts.length - 1; i >= 0; i--) {
    const f = ev.facts[i];
    if (f.type === "sink" && f.detail.named) ev.facts.splice(i, 1);
  }
  for (const s of ev.summaries.values()) {
    for (let i = s.sinks.length - 1; i >= 0; i--) if (s.sinks[i].hit.detail.named) s.sinks.splice(i, 1);
  }
}
