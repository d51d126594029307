import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource } from "./taint-names";

export default defineRule({
  id: "prompt-template-injection",
  meta: {
    description: "Report untrusted input used as the text of a prompt template",
    severity: "error", surveySection: "6.1.1", owaspLlm2026: ["LLM01"], owaspAgentic: ["ASI01"], cwe: ["CWE-1336", "CWE-1427"], atlas: ["AML.T0051"],
    why: "A template is code for the prompt: a user who controls it chooses the instructions and can read other template variables ({context}, {secrets}) into the output.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "prompt-template" || !(hit.t & (Taint.Untrusted | Taint.UntrustedLow))) return;
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `used as the template of \`${hit.detail.api ?? "a prompt template"}\`` },
          confidence: hit.confidence,
          message: `${capitalised(describeSource(hit, ctx))} is used as prompt template text: its author chooses the instructions and can pull other variables into the prompt. Keep templates constant and pass the input as a template variable.`,
        });
      },
    };
  },
});
