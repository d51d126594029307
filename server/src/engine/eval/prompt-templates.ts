// Prompt templates (LangChain): which template variables sit in instruction text, and what is
// bound to them when the template is formatted or invoked.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type Evaluator, type Frame, MAX_PARAMS, type TemplateCall } from "./evaluator";
import { source } from "./expressions";
import { ROLE_INSTRUCTION } from "./llm-calls";
import { argAt, propertyNode } from "./model-rows";
import { peekValue } from "./peek";
import { carriesInstructions, SLOT } from "./instruction-text";
import { isDelimited } from "./prompt-text";
import { composeMethod, withInput } from "./runnables";
import { checkSink } from "./sinks";
import { type Node, short, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, derived, flatten, isTainted, join, step, type TemplateInfo, type Val } from "../value";

/** The `{variables}` of one template text: in instruction text, or in prompt text (and whether bare between instructions). */
function scanText(info: TemplateInfo, undelimitedVars: Set<string>, text: string | undefined, instruction: boolean): void {
  if (text === undefined) return;
  const re = /(?<!\{)\{([A-Za-z_$][\w$]*)\}(?!\})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    (instruction ? info.instructionVars : info.promptVars).add(m[1]);
    if (!instruction && carriesInstructions(text.replace(m[0], SLOT)) && !isDelimited(text.slice(0, m.index), text.slice(m.index + m[0].length))) undelimitedVars.add(m[1]);
  }
}

const PARAM_MASK = (1 << MAX_PARAMS) - 1;

/**
 * A template a helper made from text its caller passes (`makePromptTemplate(config, DEFAULT, CHECK_TEMPLATE)`
 * building `${config}\n${body}`): at the call, the variables of the constant texts passed; text still
 * coming from the caller's own parameters is left for its callers.
 */
export function templateAtCall(info: TemplateInfo, args: Val[]): TemplateInfo {
  const from = info.textFrom!;
  const out: TemplateInfo = { ...info, instructionVars: new Set(info.instructionVars), promptVars: new Set(info.promptVars), undelimitedVars: new Set(info.undelimitedVars ?? []), textFrom: undefined };
  let rest = 0;
  for (let i = 0; i < MAX_PARAMS; i++) {
    const a = args[i];
    if (!(from.p & (1 << i)) || !a) continue;
    for (const text of a.str !== undefined ? [a.str] : a.strs ?? []) scanText(out, out.undelimitedVars!, text, from.instruction);
    rest |= a.p & PARAM_MASK;
  }
  if (rest) out.textFrom = { p: rest, instruction: from.instruction };
  return out;
}

const MAX_TEMPLATE_CALLS = 8;

/**
 * At a call of a summary that formatted a template whose text it was given: the template as this
 * call's texts make it, and the values bound to its variables (`runCheck(message, "", CHECK)` binding
 * `message` to `{message}` of the template `CHECK` makes) judged here; text still from this
 * summary's own parameters is left for its callers.
 */
export function formatAtCall(ev: Evaluator, tc: TemplateCall, through: (v: Val) => Val, args: Val[], call: Node, frame: Frame): void {
  const info = templateAtCall(tc.info, args);
  const bound = tc.bound.map((b) => ({ ...b, value: through(b.value) }));
  for (const b of bound) {
    const channel = `{${b.name}}`;
    if (info.instructionVars.has(b.name)) checkSink(ev, b.value, "instruction", call, frame, { api: tc.api, channel: `${channel} in the system message` });
    else if (info.promptVars.has(b.name)) checkSink(ev, info.undelimitedVars?.has(b.name) ? { ...b.value, undelimited: true } : b.value, "prompt", call, frame, { api: tc.api, channel });
  }
  if (info.textFrom && frame.symbolic && frame.templateCalls && frame.templateCalls.length < MAX_TEMPLATE_CALLS) {
    const still = bound.filter((b) => isTainted(flatten(b.value)) && !info.instructionVars.has(b.name) && !info.promptVars.has(b.name));
    if (still.length) frame.templateCalls.push({ info, bound: still, api: tc.api });
  }
}

export function makeTemplate(ev: Evaluator, row: Extract<ModelRow, { kind: "prompt-template" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val {
  const info: TemplateInfo = { instructionVars: new Set(), promptVars: new Set(), hasModel: false };
  const undelimitedVars = new Set<string>();
  const addText = (text: string | undefined, instruction: boolean) => scanText(info, undelimitedVars, text, instruction);
  const at = argAt(ev, args, argNodes, row.template);
  if (!at) return { ...CLEAN, obj: "prompt-template", template: info };
  if (row.form === "messages") {
    const arrNode = at.node && unwrap(at.node).type === "ArrayExpression" ? (unwrap(at.node) as TSESTree.ArrayExpression) : null;
    (at.val.elems ?? []).forEach((m, i) => {
      const elNode = arrNode && arrNode.elements.length === at.val.elems!.length ? arrNode.elements[i] : null;
      if (m.obj === "prompt-template" && m.template) {
        m.template.instructionVars.forEach((x) => info.instructionVars.add(x));
        m.template.promptVars.forEach((x) => info.promptVars.add(x));
        return;
      }
      let role: string | undefined;
      let text: Val | undefined;
      let textNode: Node | null = null;
      if (m.elems && m.elems.length === 2) {
        role = m.elems[0].str; text = m.elems[1];
        const en = elNode ? unwrap(elNode) : null;
        textNode = en && en.type === "ArrayExpression" ? en.elements[1] : null;
      } else if (m.fields) {
        role = m.fields.get("role")?.str; text = m.fields.get("content");
        textNode = (m as Val & { msgNode?: Node }).msgNode ?? null;
        // A message object (SystemMessage) is literal content, not a template.
        if (text && isTainted(flatten(text))) checkSink(ev, text, role && ROLE_INSTRUCTION.has(role) ? "instruction" : "prompt", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role, channel: `${role} message` });
        return;
      } else if (m.str !== undefined) { role = "human"; text = m; }
      if (!text) return;
      const instr = role === "system" || role === "developer";
      checkSink(ev, text, "prompt-template", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role });
      // Untrusted text as the system template is also untrusted text in the system message.
      if (instr) checkSink(ev, text, "instruction", textNode ?? elNode ?? call, frame, { api: "ChatPromptTemplate.fromMessages", role, channel: "system message template" });
      addText(text.str, instr);
    });
  } else {
    checkSink(ev, at.val, "prompt-template", at.node ?? call, frame, { api: short(ev.src((call as TSESTree.CallExpression).callee)) });
    if (row.form === "system-text") checkSink(ev, at.val, "instruction", at.node ?? call, frame, { api: short(ev.src((call as TSESTree.CallExpression).callee)), channel: "system message template" });
    for (const text of at.val.str !== undefined ? [at.val.str] : tableStrings(ev, at.node, frame)) addText(text, row.form === "system-text");
    // Text a summarised helper was given: read at each call (templateAtCall).
    if (at.val.str === undefined && frame.symbolic && at.val.p & PARAM_MASK) info.textFrom = { p: at.val.p & PARAM_MASK, instruction: row.form === "system-text" };
  }
  const out: Val = { ...CLEAN, obj: "prompt-template", template: { ...info, undelimitedVars } };
  if (row.form === "system-text") return { ...out, fields: undefined };
  return out;
}

/**
 * The strings a value read from a table of constant strings with a key we do not know can be
 * (`TEMPLATES[kind]`): each entry, so a template picked at run time is judged on all of them.
 */
export function tableStrings(ev: Evaluator, n: Node | null, frame: Frame): string[] {
  const e = n ? unwrap(n) : null;
  if (!e || e.type !== "MemberExpression" || !e.computed) return [];
  const entries = [...(peekValue(ev, e.object, frame)?.fields?.values() ?? [])];
  return entries.length && entries.every((v) => v.str !== undefined && !isTainted(v)) ? entries.map((v) => v.str!) : [];
}

export function templateMethod(ev: Evaluator, tpl: Val, method: string, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val {
  const info = tpl.template!;
  const callee = unwrap((call as TSESTree.CallExpression).callee);
  if ((method === "pipe" || method === "assign") && args[0] && callee.type === "MemberExpression") return composeMethod(ev, tpl, method, args[0], argNodes[0], callee.object, frame);
  if (method === "partial" || method === "invoke" || method === "format" || method === "formatMessages" || method === "formatPromptValue" || method === "stream" || method === "batch" || method === "call") {
    const vars = args[0];
    const varsNode = argNodes[0] ?? null;
    let all = CLEAN;
    if (vars?.fields) {
      const deferred: TemplateCall | null = info.textFrom && frame.symbolic && frame.templateCalls ? { info, bound: [], api: `prompt template .${method}()` } : null;
      for (const [name, v] of vars.fields) {
        const node = (varsNode && propertyNode(ev, varsNode, name)) ?? varsNode ?? call;
        all = join(all, flatten(v));
        const bound = step(v, ev.file, node, `bound to template variable \`{${name}}\``);
        // Variables this text does not show yet may be in the text a caller passes.
        if (deferred && isTainted(flatten(bound)) && !info.instructionVars.has(name) && !info.promptVars.has(name)) deferred.bound.push({ name, value: bound, start: node.range[0], end: node.range[1] });
        if (info.instructionVars.has(name)) checkSink(ev, bound, "instruction", node, frame, { api: `prompt template .${method}()`, channel: `{${name}} in the system message` });
        else if (info.promptVars.has(name)) {
          const und = info.undelimitedVars?.has(name);
          checkSink(ev, und ? { ...bound, undelimited: true } : bound, "prompt", node, frame, { api: `prompt template .${method}()`, channel: `{${name}}` });
        }
      }
      if (deferred?.bound.length && frame.templateCalls!.length < MAX_TEMPLATE_CALLS) frame.templateCalls!.push(deferred);
    } else if (vars && isTainted(flatten(vars))) all = flatten(vars);
    if (method === "partial") return tpl;
    if (info.output) return step(withInput(info, vars ?? CLEAN), ev.file, call, `returned by \`${short(ev.src(callee))}()\``);
    if (info.hasModel) return source(ev, Taint.Model, call, "model output from a prompt template chain");
    return derived(all);
  }
  return tpl;
}
