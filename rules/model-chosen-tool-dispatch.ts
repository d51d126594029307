// A tool call's name, chosen by the model, picks the function that runs: `handlers[call.name](args)`,
// `this[fn](args)`, `const run = tools[name]; run(args)`. The engine records the key of such a call
// as a `dispatch` sink (server/src/engine/eval/tool-dispatch.ts); this rule reports model-controlled
// keys. Keys checked against the table's own keys, an allow-list or a switch never get here.
import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource } from "./taint-names";

export default defineRule({
  id: "model-chosen-tool-dispatch",
  meta: {
    description: "Report a tool-call name chosen by the model that picks the function to run from a table, `this` or a module with no check of the name",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM03"], owaspAgentic: ["ASI02"], cwe: ["CWE-470", "CWE-913"], atlas: ["AML.T0053"],
    why: "The model names the tool, and a prompt injection chooses what the model says. Looked up on a plain object, `this` or a module namespace, that name reaches more than the tools the model was offered: inherited members (`constructor`, `toString`, `valueOf`), every method of the class, every export of the module, each called with arguments the model wrote.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "dispatch" || !(hit.t & Taint.Model)) return;
        const table = hit.detail.api ?? "the table";
        const key = ctx.text(hit.file, hit.start, hit.end);
        const shown = key.length > 40 ? key.slice(0, 37) + "..." : key;
        const where = hit.detail.via ? `, passed to \`${hit.detail.via}()\`,` : "";
        const reach = table === "this"
          ? "any method of this object, its helpers and inherited members (`constructor`, `toString`) included"
          : `any property of \`${table}\`, inherited members (\`constructor\`, \`toString\`, \`valueOf\`) included`;
        const check = table === "this"
          ? "Check the name against the tools you offer before the call (`if (!TOOL_NAMES.includes(name)) throw ...`, a `switch` over the tool names), or keep the tools in a `Map`."
          : `Check the name before the call: \`Object.hasOwn(${table}, name)\` (its own keys only), an allow-list of the tool names, a \`switch\` over them, or keep the tools in a \`Map\`.`;
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail, confidence: hit.confidence,
          sinkStep: hit.detail.via && hit.trail
            ? { file: hit.trail.file, start: hit.trail.start, end: hit.trail.end, description: hit.trail.description }
            : { file: hit.file, start: hit.start, end: hit.end, description: `picks the function of \`${table}\` that is called` },
          message: `${capitalised(describeSource(hit, ctx))} (\`${shown}\`)${where} picks which function of \`${table}\` runs, and nothing checks the name: the model can call ${reach}, not only the tools it was offered. ${check}`,
        });
      },
    };
  },
});
