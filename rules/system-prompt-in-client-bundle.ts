import { defineRule } from "./define";

export default defineRule({
  id: "system-prompt-in-client-bundle",
  meta: {
    description: "Report system prompts, instructions and LLM calls with their prompt text written in code shipped to the browser (\"use client\" modules, browser-only code)",
    severity: "warning", surveySection: "7", owaspLlm2026: ["LLM08"], owaspAgentic: [], cwe: ["CWE-200", "CWE-540"], atlas: ["AML.T0056"],
    why: "Code shipped to the browser is public: anyone can read the prompt in DevTools or the bundle, and, when the browser sends it, change it before it reaches the model. Instructions that must stay hidden or binding belong on the server.",
  },
  create(ctx) {
    return {
      clientPrompt(f) {
        const channel = /\s|`/.test(f.channel) ? f.channel : `\`${f.channel}\``;
        const what = !f.api ? `The ${channel} (${f.chars} characters)`
          : f.instruction ? `The instructions of \`${f.api}\` (its ${channel}, ${f.chars} characters)`
          : `The prompt text of \`${f.api}\` (its ${channel}, ${f.chars} characters)`;
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          message: `${what} ${f.api ? "are" : "is"} written in ${f.evidence}, so ${f.api ? "they ship" : "it ships"} in the client bundle: every visitor can read ${f.api ? "them" : "it"}, and edit ${f.api ? "them before they are" : "it before it is"} sent. Keep the prompt and the model call on the server (a route or server action that takes only the user's input).`,
        });
      },
    };
  },
});
