import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource, sinkPlace } from "./taint-names";

export default defineRule({
  id: "undelimited-prompt-input",
  meta: {
    description: "Report untrusted input spliced into a prompt string that also carries instructions, with no delimiters",
    severity: "warning", surveySection: "6.1.2", owaspLlm2026: ["LLM01"], owaspAgentic: ["ASI01"], cwe: ["CWE-1427"], atlas: ["AML.T0051.000"],
    why: "When instructions and user text share one string with nothing between them, the model cannot tell where the developer's words end, and \"ignore the above\" works.",
  },
  create(ctx) {
    return {
      sink(hit) {
        // Only input from someone other than the author of the instructions: the operator's own argv
        // or stdin (UntrustedLow alone) can only redirect instructions that operator runs anyway.
        if (hit.sink !== "prompt" || !(hit.t & Taint.Untrusted) || !hit.detail.undelimited) return;
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `sent as ${sinkPlace(hit)}` },
          confidence: hit.confidence,
          message: `${capitalised(describeSource(hit, ctx))} is spliced into instruction text sent as ${sinkPlace(hit)} with nothing marking where it starts and ends, so text in it can pose as instructions. Send it as its own user message, or wrap it in delimiters (e.g. <user_input>...</user_input>) and say so in the instructions.`,
        });
      },
    };
  },
});
