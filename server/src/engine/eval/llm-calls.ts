// LLM calls, channels and messages: an SDK call's instruction, prompt and message channels are
// checked for what reaches them, spreads of request data into its parameters, inline tools,
// and its result is model output (shaped by a structured-output schema).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { checkClientRoles } from "./client-roles";
import { analyseConcrete } from "./functions";
import { analyseToolHandler, neverApproves } from "./handlers";
import { subPath } from "./access-paths";
import { argAt, propertyNode } from "./model-rows";
import { peekValue } from "./peek";
import { schemaShape } from "./schema-narrowing";
import { checkSink } from "./sinks";
import { inLlmCall, notePromptText } from "./client-prompts";
import { keyName, type Node, unwrap } from "./syntax";
import type { SinkHit } from "../facts";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, flatten, isTainted, type Val } from "../value";

export const ROLE_INSTRUCTION = new Set(["system", "developer"]);

/**
 * A channel given as a function (`instructions: (ctx) => ...`, sync or async): the SDK calls it
 * before each turn and sends what it returns, so the return value is the channel's content.
 */
function dynamicChannel(ev: Evaluator, at: { val: Val; node: Node | null }, frame: Frame): { val: Val; node: Node | null } {
  if (!at.val.fn) return at;
  return { val: analyseConcrete(ev, at.val.fn, [], "dynamic instructions", frame).ret, node: at.node };
}

export function llmCall(ev: Evaluator, row: Extract<ModelRow, { kind: "llm-call" }>, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame, api: string): Val {
  const confidence = row.confidence ?? "high";
  const present = row.channels.map((c) => ({ c, at: argAt(ev, args, argNodes, c.at) }));
  if (confidence === "medium" && !present.some((p) => p.at)) return CLEAN;
  // What "understood" counts: a call llmsafe recognised, by its SDK (a row whose result is a client,
  // an agent or a tool definition, configures calls and makes none).
  if (row.result !== "client") ev.facts.push({ type: "llm-call", file: ev.file, start: call.range[0], end: call.range[1], provider: row.provider, api, ...(row.result === "run" ? { run: true as const } : {}) });
  inLlmCall(ev, call, () => { for (const { c, at: given } of present) {
    if (!given) continue;
    const at = c.as === "instruction" || c.as === "prompt" ? dynamicChannel(ev, given, frame) : given;
    const detail = { api, confidence };
    switch (c.as) {
      case "instruction": checkPrompt(ev, at.val, "instruction", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() }); break;
      case "prompt": checkPrompt(ev, at.val, "prompt", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() }); break;
      case "messages": checkMessages(ev, at.val, at.node ?? call, frame, detail); break;
      case "input": case "contents":
        if (at.val.elems) checkMessages(ev, at.val, at.node ?? call, frame, detail);
        else checkPrompt(ev, at.val, "prompt", at.node ?? call, frame, { ...detail, channel: c.at.split(".").pop() });
        break;
    }
  } });
  checkParamSpreads(ev, row, args, argNodes, frame, { api, confidence });
  checkClientRoles(ev, row, args, argNodes, call, frame, { api, confidence });
  // Tools given inline as plain objects (`tools: { name: { execute } }`).
  const tools = args[0]?.fields?.get("tools");
  if (tools?.fields) {
    const toolsNode = argNodes[0] ? propertyNode(ev, argNodes[0], "tools") : null;
    for (const [name, t] of tools.fields) {
      const exec = t.fields?.get("execute");
      if (exec?.fn && !ev.analysedConcretely.has(exec.fn.node)) {
        const tn = toolsNode ? propertyNode(ev, toolsNode, name) : null;
        const na = tn ? propertyNode(ev, tn, "needsApproval") : null;
        const approved = !!t.fields?.get("needsApproval") && !(na && neverApproves(na));
        if (tn && unwrap(tn).type === "ObjectExpression") {
          const [made] = analyseToolHandler(ev, exec, tn, `tool ${name}`, approved, frame, unwrap(tn));
          // The object is the tool: a `tool-set` row reading this call's `tools` finds it (tool-sets.ts).
          if (made) tools.fields.set(name, { ...t, tool: { ...made, name } });
        }
      }
    }
  }
  if (row.result === "client" || row.result === "run") return CLEAN;
  const out = source(ev, Taint.Model, call, `model output from \`${api}()\``);
  // Structured output (the model row says where the schema is): fields the schema closes
  // (z.enum, z.number, ...: whatever a `clean` model row says its parse() yields) are not
  // free text. Fields it leaves open stay model output.
  if (!row.structured) return out;
  const schemaNode = argAt(ev, args, argNodes, row.structured.schema)?.node ?? null;
  const shape = schemaNode ? schemaShape(ev, schemaNode, frame, (key) => source(ev, Taint.Model, call, `model output from \`${api}()\` (field \`${key}\`)`), 0) : null;
  return shape ? { ...out, fields: new Map([[row.structured.field, shape]]) } : out;
}

/**
 * Request data spread into a model call's parameters (`create({ messages, ...options })`) can
 * set any parameter: later keys of an object literal win, so it replaces the system
 * instructions, or the messages holding the server's system message, written before it, unless
 * a property after the spread fixes that one. That holds whatever the server's instructions are
 * made of (even text already tainted: the spread is a second way in). Only a spread of unknown
 * shape counts (a validated or picked object has known fields). A call whose parameters are all
 * the client's (a proxy, a client-held history) is the user's channel.
 */
export function checkParamSpreads(ev: Evaluator, row: Extract<ModelRow, { kind: "llm-call" }>, args: Val[], argNodes: readonly Node[], frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
  const serverInstruction = (v: Val | undefined) => !!v?.elems?.some((m) => {
    const role = m.fields?.get("role")?.str ?? m.elems?.[0]?.str;
    const content = m.fields?.get("content") ?? m.elems?.[1];
    return role !== undefined && ROLE_INSTRUCTION.has(role) && !!content;
  });
  const fieldsByArg = new Map<number, { field: string; instruction: boolean }[]>();
  for (const c of row.channels) {
    const [i, field, ...rest] = c.at.split(".");
    if (rest.length || field === undefined || !/^\d+$/.test(i) || c.as === "prompt") continue;
    const list = fieldsByArg.get(Number(i)) ?? [];
    list.push({ field, instruction: c.as === "instruction" });
    fieldsByArg.set(Number(i), list);
  }
  for (const [i, channels] of fieldsByArg) {
    const obj = argNodes[i] ? unwrap(argNodes[i]) : null;
    if (!obj || obj.type !== "ObjectExpression") continue;
    const props = obj.properties;
    props.forEach((p, k) => {
      if (p.type !== "SpreadElement") return;
      const v = peekValue(ev, p.argument, frame);
      if (!v || v.fields || v.elems || !isTainted(v)) return;
      const setAt = (field: string) => props.flatMap((q, j) => (q.type === "Property" && keyName(q) === field ? [j] : []));
      const open = channels.filter(({ field, instruction }) => {
        if (v.omits?.includes(field)) return false;
        const at = setAt(field);
        if (at.some((j) => j > k)) return false;
        if (!at.some((j) => j < k)) return false;
        const own = args[i]?.fields?.get(field);
        return instruction ? !!own : serverInstruction(own);
      }).map((c) => c.field);
      if (open.length) checkSink(ev, v, "instruction", p, frame, { ...detail, channel: `${open.join(" and ")} (which the spread can replace)` });
    });
  }
}

export function checkPrompt(ev: Evaluator, v: Val, sink: "instruction" | "prompt", node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
  // Gemini Content: { role, parts: [{ text }] }
  const parts = v.fields?.get("parts");
  if (parts) {
    checkPrompt(ev, parts, sink, propertyNode(ev, node, "parts") ?? node, frame, detail);
    return;
  }
  if (v.elems && v.elems.some((e) => e.fields?.has("text") || e.fields?.has("type"))) {
    // Content blocks: [{ type: "text", text }]
    const arr = unwrap(node).type === "ArrayExpression" ? (unwrap(node) as TSESTree.ArrayExpression) : null;
    v.elems.forEach((el, i) => {
      const elNode = arr && arr.elements.length === v.elems!.length ? arr.elements[i] : null;
      const textNode = elNode ? propertyNode(ev, elNode, "text") ?? elNode : node;
      checkPrompt(ev, el.fields?.get("text") ?? el, sink, textNode, frame, detail);
    });
    return;
  }
  notePromptText(ev, v, node, frame, { instruction: sink === "instruction", channel: detail.channel ?? sink, api: detail.api });
  checkSink(ev, v, sink, node, frame, detail);
}

export function checkMessages(ev: Evaluator, v: Val, node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: "high" | "medium" }): void {
  const arrNode = unwrap(node).type === "ArrayExpression" ? (unwrap(node) as TSESTree.ArrayExpression) : null;
  // One message object where a list goes (`threads.messages.create(id, { role, content })`).
  if (!v.elems && v.fields?.get("role")?.str !== undefined) return checkMessages(ev, { ...CLEAN, elems: [v] }, node, frame, detail);
  if (!v.elems) {
    checkSink(ev, v, "prompt", node, frame, { ...detail, channel: "messages" });
    // A helper's parameter sent as the messages (`send(history)`): its system and developer
    // entries are instructions. Their own access paths let each caller check the list it passes.
    if (frame.symbolic && v.slot) {
      for (const role of ROLE_INSTRUCTION) {
        const sys = subPath(ev, v, `known(role=${role})`, node, frame);
        if (sys) checkSink(ev, sys, "instruction", node, frame, { ...detail, role, channel: `${role} message` });
      }
    }
    return;
  }
  v.elems.forEach((m, i) => {
    const elNode = arrNode && arrNode.elements.length === v.elems!.length ? arrNode.elements[i] : null;
    let role: string | undefined;
    let content: Val | undefined;
    let contentNode: Node | null = null;
    if (m.fields) {
      role = m.fields.get("role")?.str;
      content = m.fields.get("content") ?? m.fields.get("parts") ?? m.fields.get("text");
      contentNode = elNode ? propertyNode(ev, elNode, "content") ?? propertyNode(ev, elNode, "parts") : null;
      if (!contentNode) contentNode = (m as Val & { msgNode?: Node }).msgNode ?? null;
      if (!contentNode) {
        // An element pushed earlier: the `content` property it was written with.
        const p = m.props?.get("content") ?? m.props?.get("parts");
        if (p && p.file === ev.file) contentNode = p.node.shorthand ? p.node.key : p.node.value;
      }
    } else if (m.elems && m.elems.length === 2 && m.elems[0].str !== undefined) {
      role = m.elems[0].str;
      content = m.elems[1];
      const en = elNode ? unwrap(elNode) : null;
      contentNode = en && en.type === "ArrayExpression" ? en.elements[1] : null;
    }
    if (!content) content = m;
    const where = contentNode ?? elNode ?? node;
    const isInstr = role !== undefined && ROLE_INSTRUCTION.has(role);
    const container = elNode && unwrap(elNode).type === "ObjectExpression" ? { start: elNode.range[0], end: elNode.range[1] } : undefined;
    checkPrompt(ev, content, isInstr ? "instruction" : "prompt", where, frame, { ...detail, role, channel: role ? `${role} message` : "message", container });
  });
}
