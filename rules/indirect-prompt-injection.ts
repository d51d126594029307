import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource, sinkPlace } from "./taint-names";

export default defineRule({
  id: "indirect-prompt-injection",
  meta: {
    description: "Report external content (retrieved documents, fetched pages, files, tool results, model output) that reaches an instruction channel",
    severity: "warning", surveySection: "6.2.4", owaspLlm2026: ["LLM01", "LLM09"], owaspAgentic: ["ASI01", "ASI06"], cwe: ["CWE-1427"], atlas: ["AML.T0051.001", "AML.T0070"],
    why: "Whoever wrote a web page, a document in the vector store or an email can plant instructions in it. Placed in the system prompt, those instructions carry the developer's authority.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "instruction" || !(hit.t & (Taint.External | Taint.Model)) || hit.t & (Taint.Untrusted | Taint.UntrustedLow)) return;
        const what = hit.t & Taint.External ? "external content" : "model output";
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `used as ${sinkPlace(hit)}` },
          confidence: hit.confidence,
          message: `${capitalised(describeSource(hit, ctx))} (${what}) flows into ${sinkPlace(hit)}: instructions hidden in it would carry the system prompt's authority. Put it in a user or tool message, delimited and labelled as data.`,
        });
      },
    };
  },
});
