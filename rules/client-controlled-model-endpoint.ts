// Request data that chooses where an LLM client (or a provider request) sends the server's own
// key: whoever sends the request names a host and receives the key. The engine records an
// endpoint sink only when a server credential goes with the request (eval/model-endpoints.ts).
import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource } from "./taint-names";

export default defineRule({
  id: "client-controlled-model-endpoint",
  meta: {
    description: "Report request data that chooses the baseURL, endpoint or fetch URL of a provider call while the server's own key is attached",
    severity: "error", surveySection: "6.1.1", owaspLlm2026: ["LLM02", "LLM03"], owaspAgentic: ["ASI03"], cwe: ["CWE-918", "CWE-522"], atlas: ["AML.T0055"],
    why: "A client that picks the model endpoint picks who receives the request, and the server's provider key goes with it: anyone who can call the route points it at their own host and collects the key (and an SSRF into the server's network on the way).",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "endpoint" || !(hit.t & Taint.Untrusted)) return;
        const api = hit.detail.api ? `\`${hit.detail.api}\`` : "the request";
        const via = hit.detail.via ? ` inside \`${hit.detail.via}()\`` : "";
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `chooses the host of ${api}${via}, which carries ${hit.detail.credential ?? "the server's key"}` },
          confidence: hit.confidence,
          message: `${capitalised(describeSource(hit, ctx))} chooses the host of ${api}${via}, which sends ${hit.detail.credential ?? "the server's own key"} with the request: anyone who can send this request can point it at their own server and collect the key. Keep the endpoint on the server (a constant or an env var), or check the parsed URL's host against a fixed allow-list before using it.`,
        });
      },
    };
  },
});
