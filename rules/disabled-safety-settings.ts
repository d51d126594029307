import { defineRule } from "./define";
import type { SafetySettingFact } from "../server/src/engine/rule-api";

export default defineRule({
  id: "disabled-safety-settings",
  meta: {
    description: "Report provider safety filters switched off (Gemini BLOCK_NONE / OFF, Cohere safetyMode NONE)",
    severity: "warning", surveySection: "6.1.2", owaspLlm2026: ["LLM01"], owaspAgentic: [], cwe: ["CWE-693"], atlas: ["AML.T0054"],
    fixable: true,
    why: "Provider safety filters are a defence layer against jailbreaks and harmful output; switching them off removes it for every user of the app.",
  },
  create(ctx) {
    const reportSafetyMode = (f: SafetySettingFact) => {
      const text = ctx.text(f.file, f.start, f.end);
      ctx.report({
        file: f.file, start: f.start, end: f.end,
        message: `Safety mode \`${f.value}\` switches off Cohere's safety guardrails for this chat: jailbreaks and harmful output reach users unfiltered. Use "CONTEXTUAL" (the default) or "STRICT".`,
        fixes: text.includes(f.value) ? [{ title: "Use the CONTEXTUAL safety mode", suggestion: false, edits: [{ range: { start: f.start, end: f.end }, text: text.replace(f.value, "CONTEXTUAL") }] }] : [],
      });
    };
    return {
      safetySetting(f) {
        if (f.setting === "safetyMode") return reportSafetyMode(f);
        const text = ctx.text(f.file, f.start, f.end);
        const replacement = text.includes(f.value) ? text.replace(f.value, "BLOCK_MEDIUM_AND_ABOVE") : null;
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          message: `Safety threshold \`${f.value}\` switches Gemini's content filter off for this category: jailbreaks and harmful output reach users unfiltered. Use BLOCK_MEDIUM_AND_ABOVE (or BLOCK_ONLY_HIGH where the product truly needs it).`,
          fixes: replacement ? [{ title: "Raise the threshold to BLOCK_MEDIUM_AND_ABOVE", suggestion: false, edits: [{ range: { start: f.start, end: f.end }, text: replacement }] }] : [],
        });
      },
    };
  },
});
