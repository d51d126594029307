import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { origin, sinkPlace } from "./taint-names";

export default defineRule({
  id: "secret-in-prompt",
  meta: {
    description: "Report secrets (secret env vars, credential literals, variables holding them) placed in prompt content",
    severity: "error", surveySection: "6.1.1", owaspLlm2026: ["LLM08", "LLM02"], owaspAgentic: ["ASI03"], cwe: ["CWE-200", "CWE-201"], atlas: ["AML.T0056", "AML.T0057"],
    why: "Anything in a prompt can come back out: users extract system prompts routinely, and prompts are logged by providers and observability tools. A credential in a prompt is a credential disclosed.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if ((hit.sink !== "instruction" && hit.sink !== "prompt") || !(hit.t & Taint.Secret)) return;
        const o = origin(hit);
        const name = hit.detail.envName ?? (o ? o.description.replace(/ read here$/, "") : "a secret");
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `placed in ${sinkPlace(hit)}` },
          confidence: o && /holds a credential/.test(o.description) ? "medium" : hit.confidence,
          message: hit.detail.channel === "tool result"
            // What a tool returns is read by the model (and the client that called the tool).
            ? `A secret (${name}) is returned in ${sinkPlace(hit)}: the model reads what a tool returns, can repeat it to whoever talks to it, and providers and tracing tools log it. Return whether it is set, or a masked form, never the value.`
            : `A secret (${name}) is placed in ${sinkPlace(hit)}: prompts can be extracted by users and are stored in provider and tracing logs. Keep credentials in code that calls the service, never in model context.`,
        });
      },
    };
  },
});
