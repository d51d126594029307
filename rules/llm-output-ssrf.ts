import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-ssrf",
  sink: "url",
  meta: {
    description: "Report model-controlled data that chooses the URL or host of fetch, axios, got, http(s).request or page.goto",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM10", "LLM03"], owaspAgentic: ["ASI02"], cwe: ["CWE-918"], atlas: ["AML.T0086"],
    why: "A model that picks URLs can be steered to cloud metadata endpoints (169.254.169.254), internal services, or an attacker's server that receives your data in the query string.",
  },
  consequence: "an injected instruction can point the request at internal services or an attacker's server. Fix the host, put the model's value in an encoded path or query parameter (encodeURIComponent), or check the URL against an allow-list of hosts.",
});
