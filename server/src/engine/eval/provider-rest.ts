// Provider REST bodies: a raw fetch to an LLM provider's endpoint is an LLM call; its JSON body's
// instruction and message fields are checked like the SDK's parameters. The endpoints are model
// data (Model.restEndpoints); the body shapes of the three APIs are here.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { checkMessages, checkPrompt } from "./llm-calls";
import { propertyNode } from "./model-rows";
import { peekValue } from "./peek";
import { checkSink } from "./sinks";
import { type Node, unwrap } from "./syntax";
import { Taint } from "../types";
import type { Val } from "../value";

export function providerFetch(ev: Evaluator, args: Val[], argNodes: readonly Node[], call: Node, frame: Frame): Val | null {
  const url = args[0];
  // The URL's known text: a template's fixed parts with the constants it interpolates (`${GEMINI_URL}?key=...`).
  const tpl = argNodes[0] && unwrap(argNodes[0]).type === "TemplateLiteral" ? (unwrap(argNodes[0]) as TSESTree.TemplateLiteral) : null;
  const u = url?.str ?? (tpl ? tpl.quasis.map((q, i) => (q.value.cooked ?? "") + (tpl.expressions[i] ? peekValue(ev, tpl.expressions[i], frame)?.str ?? "" : "")).join("") : "");
  const shape = ev.models.restEndpoints.find((r) => r.url.test(u) && (!r.alsoUrl || r.alsoUrl.test(u)))?.shape;
  if (!shape) return null;
  const init = args[1];
  const body = init?.fields?.get("body");
  const json = body?.jsonOf;
  const api = `fetch ${shape} REST API`;
  if (json) {
    const bodyNode = argNodes[1] ? propertyNode(ev, argNodes[1], "body") : null;
    const objNode = bodyNode && unwrap(bodyNode).type === "CallExpression" ? (unwrap(bodyNode) as TSESTree.CallExpression).arguments[0] : null;
    const fieldNode = (name: string) => (objNode ? propertyNode(ev, objNode, name) : null) ?? bodyNode ?? call;
    if (shape === "openai") {
      const m = json.fields?.get("messages");
      if (m) checkMessages(ev, m, fieldNode("messages"), frame, { api });
      const ins = json.fields?.get("instructions");
      if (ins) checkPrompt(ev, ins, "instruction", fieldNode("instructions"), frame, { api, channel: "instructions" });
    } else if (shape === "anthropic") {
      const sys = json.fields?.get("system");
      if (sys) checkPrompt(ev, sys, "instruction", fieldNode("system"), frame, { api, channel: "system" });
      const m = json.fields?.get("messages");
      if (m) checkMessages(ev, m, fieldNode("messages"), frame, { api });
    } else {
      const sys = json.fields?.get("systemInstruction") ?? json.fields?.get("system_instruction");
      if (sys) checkSink(ev, sys, "instruction", fieldNode(json.fields?.has("systemInstruction") ? "systemInstruction" : "system_instruction"), frame, { api, channel: "systemInstruction" });
      const c = json.fields?.get("contents");
      if (c) checkMessages(ev, c, fieldNode("contents"), frame, { api });
    }
  }
  const headers = init?.fields?.get("headers");
  if (headers?.fields) for (const [k, v] of headers.fields) {
    if (/^(authorization|x-api-key|x-goog-api-key|api-key)$/i.test(k)) checkSink(ev, v, "api-key", (argNodes[1] && propertyNode(ev, argNodes[1], "headers") && propertyNode(ev, propertyNode(ev, argNodes[1], "headers")!, k)) || call, frame, { api });
  }
  checkSink(ev, url, "url", argNodes[0] ?? call, frame, { api: "fetch" });
  return { ...source(ev, Taint.Model, call, `model output from \`${api}\``), ref: "global:fetch()", envelope: true };
}
