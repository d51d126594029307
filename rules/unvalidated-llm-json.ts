import { Taint } from "../server/src/engine/rule-api";
import { defineRule, importInsertOffset } from "./define";

export default defineRule({
  id: "unvalidated-llm-json",
  meta: {
    description: "Report JSON.parse of model output or tool-call arguments whose result is used without schema validation",
    severity: "warning", surveySection: "6.1.2", owaspLlm2026: ["LLM10"], owaspAgentic: [], cwe: ["CWE-1426", "CWE-20"], atlas: [],
    hasSuggestions: true,
    why: "Models return malformed, incomplete or adversarial JSON. Without a schema, a missing field crashes the handler and an extra one (`isAdmin: true`, `__proto__`) flows into business logic.",
  },
  create(ctx) {
    return {
      // A helper parses its parameter and uses the result unvalidated; this call passes it model output.
      sink(hit) {
        if (hit.sink !== "json" || !(hit.t & Taint.Model)) return;
        const arg = ctx.text(hit.file, hit.start, hit.end);
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail, confidence: hit.confidence,
          // The parse inside the helper is the root cause (the trail's newest link).
          sinkStep: hit.trail ? { file: hit.trail.file, start: hit.trail.start, end: hit.trail.end, description: hit.trail.description } : undefined,
          message: `\`${hit.detail.via ?? "a helper"}()\` parses \`${arg.length > 40 ? arg.slice(0, 37) + "..." : arg}\` with JSON.parse and uses the result with no schema check: missing, extra or mistyped fields in the model's output flow straight into the program. Validate the parsed value with a schema (zod \`Schema.parse(...)\`, valibot, ajv) before use.`,
        });
      },
      jsonParse(f) {
        const arg = ctx.text(f.file, f.argStart, f.argEnd);
        ctx.report({
          file: f.file, start: f.start, end: f.end, trail: f.trail, confidence: f.confidence,
          sinkStep: { file: f.file, start: f.start, end: f.end, description: "parsed with JSON.parse and used without validation" },
          message: `\`JSON.parse(${arg.length > 40 ? arg.slice(0, 37) + "..." : arg})\` trusts the shape of model output: missing, extra or mistyped fields flow straight into the program. Validate it with a schema (zod \`Schema.parse(...)\`, valibot, ajv) before use.`,
          fixes: [{
            title: "Validate with a zod schema (adds a TODO schema)",
            suggestion: true,
            edits: [{ range: { start: f.start, end: f.end }, text: `ModelOutputSchema.parse(${ctx.text(f.file, f.start, f.end)})` }, ...(/ModelOutputSchema\s*=/.test(ctx.text(f.file, 0, 1e9)) ? [] : [{ range: { start: importInsertOffset(ctx.text(f.file, 0, 1e9), f.file, f.start) ?? 0, end: importInsertOffset(ctx.text(f.file, 0, 1e9), f.file, f.start) ?? 0 }, text: `import { z } from "zod";\n// TODO: describe the fields you expect from the model.\nconst ModelOutputSchema = z.object({}).passthrough();\n` }])],
          }],
        });
      },
    };
  },
});
