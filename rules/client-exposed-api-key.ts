import { type SinkHit, Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { origin } from "./taint-names";

export default defineRule({
  id: "client-exposed-api-key",
  meta: {
    description: "Report LLM clients built for the browser with a real key (dangerouslyAllowBrowser, keys from NEXT_PUBLIC_*, VITE_*, REACT_APP_*, PUBLIC_*, EXPO_PUBLIC_*) and servers that send a secret env var in a response body",
    severity: "error", surveySection: "7", owaspLlm2026: ["LLM02"], owaspAgentic: ["ASI03"], cwe: ["CWE-522", "CWE-798"], atlas: ["AML.T0055"],
    hasSuggestions: true,
    why: "Everything shipped to the browser is public: a key in the bundle or in a public env var can be read from DevTools and spent by anyone.",
  },
  create(ctx) {
    /** A server that answers a request with a secret env var: every caller gets the key (a browser then builds its own client with it). */
    function keyInResponse(hit: SinkHit): void {
      if (!(hit.t & Taint.Secret)) return;
      // A field of the body (`{ apiKey: process.env.X }`) keeps the env var's name only in its trail.
      const envName = hit.detail.envName ?? /env var `([^`]+)` read here$/.exec(origin(hit)?.description ?? "")?.[1];
      if (!envName) return;
      ctx.report({
        file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
        sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: "sent in the body of an HTTP response" },
        confidence: "medium",
        message: `The secret env var \`${envName}\` is sent in an HTTP response body: anyone who can call this route gets the key and can spend it. Keep the key on the server and proxy the model calls through a route that never returns it.`,
      });
    }
    return {
      browserClient(f) {
        const text = ctx.text(f.file, f.start, f.end);
        const after = ctx.text(f.file, f.end, f.end + 1);
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          message: `\`${f.api}\` is created with \`dangerouslyAllowBrowser\`: the API key ships to every visitor, who can read it in DevTools and spend it. Call the model from a server route and keep the key there.`,
          fixes: [{ title: "Remove dangerouslyAllowBrowser (move the call to the server)", suggestion: true, edits: [{ range: { start: f.start, end: f.end + (after === "," ? 1 : 0) }, text: "" }] }],
        });
        void text;
      },
      sink(hit) {
        if (hit.sink === "response") return keyInResponse(hit);
        if (hit.sink !== "api-key" || !(hit.t & Taint.PublicEnv)) return;
        const o = origin(hit);
        if (!o) return;
        ctx.report({
          file: o.file, start: o.start, end: o.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `used as the API key of \`${hit.detail.api}\`` },
          message: `The API key for \`${hit.detail.api}\` comes from ${hit.detail.envName ? `\`${hit.detail.envName}\`` : "a browser-exposed env var"}: the bundler inlines such variables into client code, so every visitor can read the key. Use a server-only variable and call the model from the server.`,
        });
      },
    };
  },
});
