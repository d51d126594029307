// The lethal trifecta: one agent holds a tool that reads content an attacker can write, access to
// private data, and a way to send data out with no person approving it. Each leg alone is ordinary;
// together, text injected into a page, an email or a file can make the agent read private data and
// send it away. The engine records each tool set (`tool-set` facts, engine/eval/tool-sets.ts) with
// what each tool's handler gives (its calls, by models/agent-capabilities.ts, and what it returns);
// this rule reports a set that holds all three, once, where the set is handed to the agent.
import type { AgentTool, ToolLeg } from "../server/src/engine/rule-api";
import { defineRule } from "./define";

type LegKind = ToolLeg["leg"];
const LEGS: { leg: LegKind; says: string }[] = [
  { leg: "external-content", says: "reads external content" },
  { leg: "private-data", says: "reaches private data" },
  { leg: "outbound", says: "can send data out" },
];

/** The first tool giving a leg (an outbound leg only from a tool no person approves), preferring one not already named. */
function pick(tools: AgentTool[], leg: LegKind, taken: Set<AgentTool>): { tool: AgentTool; leg: ToolLeg } | null {
  const holders = tools.filter((t) => (leg !== "outbound" || !t.approved) && t.legs.some((l) => l.leg === leg));
  const tool = holders.find((t) => !taken.has(t)) ?? holders[0];
  return tool ? { tool, leg: tool.legs.find((l) => l.leg === leg)! } : null;
}

const named = (t: AgentTool) => (t.name ? `\`${t.name}\`` : `the tool at ${t.api}`);

export default defineRule({
  id: "lethal-trifecta-agent",
  meta: {
    description: "Report an agent whose tools together read external content, reach private data and can send data out, with no approval gate on the outbound tool",
    severity: "error", surveySection: "6.2.4", owaspLlm2026: ["LLM01", "LLM03"], owaspAgentic: ["ASI01", "ASI02"], cwe: ["CWE-1427", "CWE-201"], atlas: ["AML.T0051.001", "AML.T0086"],
    why: "An agent that reads content others write (web pages, email, files), can reach private data, and can send data out is one prompt injection away from a data leak: the injected text tells the model to look the data up and send it, and every step is a tool the model is allowed to call. Take one leg away, or make a person approve the outbound step.",
  },
  create(ctx) {
    return {
      toolSet(set) {
        const taken = new Set<AgentTool>();
        const found: { says: string; tool: AgentTool; leg: ToolLeg }[] = [];
        for (const { leg, says } of LEGS) {
          const p = pick(set.tools, leg, taken);
          if (!p) return;
          taken.add(p.tool);
          found.push({ says, ...p });
        }
        const [reader, privateData, outbound] = found;
        ctx.report({
          file: set.file, start: set.start, end: set.end,
          message: `This agent (${set.api}) holds the lethal trifecta: ${named(reader.tool)} ${reader.says} (${reader.leg.what}), ${named(privateData.tool)} ${privateData.says} (${privateData.leg.what}), and ${named(outbound.tool)} ${outbound.says} (${outbound.leg.what}) with no approval step. Text injected into what it reads can make it fetch private data and send it away. Split these tools across agents, drop one of them, or require confirmation on ${named(outbound.tool)} (\`needsApproval: true\`, a human-in-the-loop step).`,
          related: found.flatMap((f) => [
            { file: f.tool.file, start: f.tool.start, end: f.tool.end, description: `${named(f.tool)} ${f.says}` },
            { file: f.leg.file, start: f.leg.start, end: f.leg.end, description: `${named(f.tool)}: ${f.leg.what}` },
          ]),
        });
      },
    };
  },
});
