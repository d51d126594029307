import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-code-execution",
  sink: "code",
  meta: {
    description: "Report model-controlled data that reaches eval, Function, vm, string timers or dynamic import/require",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM10"], owaspAgentic: ["ASI05"], cwe: ["CWE-94", "CWE-95"], atlas: ["AML.T0050"],
    why: "A prompt injection anywhere upstream (a web page, a document, a user message) becomes arbitrary code running with the server's privileges.",
  },
  consequence: "a prompt injection becomes code running in this process. Interpret a fixed set of operations instead, or run generated code in an isolated sandbox (a separate process or container with no secrets and no network).",
});
