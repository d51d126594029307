import { defineRule } from "./define";

export default defineRule({
  id: "excessive-agency-tool",
  meta: {
    description: "Report tools the model can call that perform destructive or high-impact actions with no approval gate",
    severity: "warning", surveySection: "6.2.2", owaspLlm2026: ["LLM03"], owaspAgentic: ["ASI02", "ASI03"], cwe: ["CWE-250", "CWE-285"], atlas: ["AML.T0053"],
    hasSuggestions: true,
    why: "The model decides when a tool runs. One injected instruction in a web page or email is enough for it to delete data, send mail or move money on the user's behalf, unless a person confirms first.",
  },
  create(ctx) {
    return {
      tool(f) {
        if (f.approved || !f.effects.length) return;
        const kinds = [...new Set(f.effects.map((e) => e.effect))];
        const first = f.effects[0];
        const where = ctx.text(first.file, first.start, first.end).split("(")[0].replace(/\s+/g, "");
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          sinkStep: { file: first.file, start: first.start, end: first.end, description: `${first.effect}: \`${where}\`` },
          message: /\(MCP server /.test(f.api)
            ? `Every tool of the MCP server \`${where}\` goes to the model, and it ${kinds.join(" and ")} whenever the model decides to call it, with no approval step: a prompt injection can trigger it. Pass only the tools the agent needs (a tool filter) and require confirmation for those that change things.`
            : `This tool ${kinds.join(" and ")} (\`${where}\`) whenever the model decides to call it, with no approval step: a prompt injection can trigger it. Require confirmation (\`needsApproval: true\`, or a human-in-the-loop step) or narrow what it can do.`,
          fixes: f.approvalFalse
            ? [{ title: "Set `needsApproval: true` on the tool", suggestion: true, edits: [{ range: f.approvalFalse, text: "true" }] }]
            : f.approvalInsertAt !== undefined ? [{ title: "Add `needsApproval: true` to the tool", suggestion: true, edits: [{ range: { start: f.approvalInsertAt, end: f.approvalInsertAt }, text: " needsApproval: true," }] }] : [],
        });
      },
    };
  },
});
