import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-path-traversal",
  sink: "path",
  meta: {
    description: "Report model-controlled data that chooses a file path for fs reads, writes or deletes without a root-containment check",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM10", "LLM03"], owaspAgentic: ["ASI02"], cwe: ["CWE-22"], atlas: ["AML.T0101"],
    why: "`../../.env` or an absolute path lets the model read secrets or overwrite code outside the folder the tool was meant for.",
  },
  consequence: "`../` or an absolute path escapes the intended folder. Resolve it against a root (path.resolve(root, p)) and refuse anything that does not start with root + path.sep.",
});
