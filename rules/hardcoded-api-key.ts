import { maskSecret, providerEnvVar } from "../server/src/engine/rule-api";
import { defineRule } from "./define";

export default defineRule({
  id: "hardcoded-api-key",
  meta: {
    description: "Report LLM-provider API key literals in source (OpenAI, Anthropic, Gemini, Hugging Face, Groq, xAI, OpenRouter, Perplexity, Bedrock)",
    severity: "error", surveySection: "7", owaspLlm2026: ["LLM02"], owaspAgentic: ["ASI03"], cwe: ["CWE-798"], atlas: ["AML.T0055"],
    hasSuggestions: true,
    why: "Keys in source end up in git history, bundles, screenshots and CI logs; a leaked LLM key is spent within hours by scanners that watch public repositories.",
  },
  create(ctx) {
    return {
      keyLiteral(f) {
        if (f.position) {
          ctx.report({
            file: f.file, start: f.start, end: f.end, confidence: "medium",
            message: `A literal that looks like a generated credential (${maskSecret(f.key)}) is passed as the API key of \`${f.provider}\`: if it is a real key, anyone with the source, the bundle or the git history can spend it. Revoke it, then read it from the environment.`,
          });
          return;
        }
        const env = providerEnvVar(f.provider);
        const before = ctx.text(f.file, f.start - 1, f.start);
        const after = ctx.text(f.file, f.end, f.end + 1);
        const quoted = /["'`]/.test(before) && before === after;
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          message: `${f.provider} API key ${maskSecret(f.key)} is hard-coded: anyone with the source, the bundle or the git history can spend it. Revoke it, then read it from the environment (process.env.${env}).`,
          fixes: quoted ? [{ title: `Read the key from process.env.${env}`, suggestion: true, edits: [{ range: { start: f.start - 1, end: f.end + 1 }, text: `process.env.${env}` }] }] : [],
        });
      },
    };
  },
});
