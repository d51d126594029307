import { Taint, type Fix, type SinkHit } from "../server/src/engine/rule-api";
import { defineRule, type RuleContext } from "./define";
import { capitalised, describeSource, onlyLowConfidence, sinkPlace } from "./taint-names";

/** `{ role: "system", content: x }` -> `{ role: "user", content: x }`: the text stays, its authority goes. */
function roleFix(hit: SinkHit, ctx: RuleContext): Fix[] {
  const c = hit.detail.container;
  if (!c || !hit.detail.role) return [];
  const text = ctx.text(hit.file, c.start, c.end);
  const m = /\brole\s*:\s*(["'])(system|developer)\1/.exec(text);
  if (!m) return [];
  const at = c.start + m.index + m[0].length - m[2].length - 1;
  return [{ title: "Send this text as a user message instead of a system message", suggestion: true, edits: [{ range: { start: at, end: at + m[2].length }, text: "user" }] }];
}

export default defineRule({
  id: "system-prompt-injection",
  meta: {
    description: "Report untrusted input that reaches an instruction channel (system/developer message, instructions, systemInstruction)",
    severity: "error", surveySection: "6.1.1", owaspLlm2026: ["LLM01"], owaspAgentic: ["ASI01"], cwe: ["CWE-1427"], atlas: ["AML.T0051.000"],
    hasSuggestions: true,
    why: "The system prompt is the one place the model treats as the developer's voice. Text a user controls there can rewrite the model's instructions: drop safety rules, exfiltrate data through tools, or impersonate the app.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "instruction" || !(hit.t & (Taint.Untrusted | Taint.UntrustedLow))) return;
        const low = onlyLowConfidence(hit.t);
        if (hit.detail.clientRoles) {
          // The client's own conversation, roles and all: it can add a system turn next to the
          // server's instructions. A reviewer's "likely, usually limited to the caller's session".
          ctx.report({
            file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
            sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `used as ${sinkPlace(hit)}` },
            confidence: "medium", severity: "warning",
            message: `${capitalised(describeSource(hit, ctx))} is passed as the messages of \`${hit.detail.api ?? "the model call"}\` with the roles the client chose: an entry with role "system" (or a forged "assistant" turn) sits next to the server's instructions with their authority. Check each role against an allow-list (user, assistant) or rebuild the messages with fixed roles.`,
          });
          return;
        }
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `used as ${sinkPlace(hit)}` },
          confidence: low ? "low" : hit.confidence,
          severity: low ? "warning" : undefined,
          fixes: roleFix(hit, ctx),
          message: `${capitalised(describeSource(hit, ctx))} flows into ${sinkPlace(hit)}: ${low ? "whoever runs this command" : "anyone who can send this request"} can rewrite the model's instructions. Pass it as a user message instead, or check it against an allow-list first.`,
        });
      },
    };
  },
});
