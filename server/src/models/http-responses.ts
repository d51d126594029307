// What a server sends back to whoever called it: the body of an HTTP response. A secret env var
// there (`res.end(process.env.API_KEY)`, a route that hands the browser the server's LLM key so
// it can build its own client) is the key given to every caller (client-exposed-api-key). A body
// the response declares HTML (`c.html(x)`, `res.type("html").send(x)`, a text/html Content-Type)
// is a page the browser renders: model output there is markup (llm-output-xss).
import type { Model } from "../engine/model";

/** Express / Node http / Fastify responses, `res.status(200).json(...)` included. */
const NODE_RESPONSES = ["?:{res,reply}.{end,send,write,json,jsonp}", "?:{res,reply}.status().{end,send,json,jsonp}", "?:{res,reply}.code().send",
  // A route's response object as own-routes.ts hands it to a handler with a literal path, whatever its name.
  "http:response.{end,send,write,json,jsonp}", "http:response.status().{end,send,json,jsonp}"];
/** The web platform's and Next.js's responses. */
const WEB_RESPONSES = ["global:Response", "global:Response.json", "next/server:NextResponse.json", "next/server:NextResponse"];

/** `base.method` for each pair, written out so each pattern ends in a plain name (the index buckets those by it). */
const each = (bases: string[], methods: string[]): string[] => bases.flatMap((b) => methods.map((m) => `${b}.${m}`));
/** A Node, Express or Fastify response, directly or along a chain (`res.status(200).type("html")`). */
const NODE_RESPONSE_CHAINS = ["?:{res,reply,response}", "?:{res,reply}.**", "http:response", "http:response.**"];

export const httpResponsesModel: Model = {
  name: "HTTP responses",
  rows: [
    { kind: "sink", callee: [...NODE_RESPONSES, ...WEB_RESPONSES], arg: "0", sink: "response" },
    // What a response says it is (eval/response-types.ts): headers set on it before its body is sent,
    // kept on the response (and handed back, for chains). Express `res.set` / `res.header` also take an object.
    { kind: "store", callee: [...each(NODE_RESPONSE_CHAINS, ["setHeader", "set", "header"]), "?:{c,ctx}.header"], key: "0", value: "1" },
    { kind: "store", callee: each(NODE_RESPONSE_CHAINS, ["type", "contentType"]), name: "content-type", value: "0" },
    { kind: "store", callee: each(["?:{res,response}", "http:response"], ["writeHead"]), value: "last" },
    // A body sent as an HTML document is rendered by the browser: model output in it is markup (llm-output-xss).
    { kind: "sink", callee: "?:{c,ctx,context}.html", arg: "0", sink: "html" },
    // hono/html's `html` tag escapes what it interpolates; `raw(x)` passes `x` through as markup.
    { kind: "propagator", callee: "hono/html:raw", from: "0" },
    { kind: "sink", callee: each(NODE_RESPONSE_CHAINS, ["send", "end", "write"]), arg: "0", sink: "html", when: "html-response" },
    { kind: "sink", callee: ["global:Response", "next/server:NextResponse"], arg: "0", sink: "html", when: "html-response", headers: "1.headers" },
    { kind: "sink", callee: "?:{c,ctx}.body", arg: "0", sink: "html", when: "html-response", headers: "2" },
  ],
  // A file that reads a secret-named env var and then answers a request is analysed even when it
  // names no LLM API (a static server that also serves the key): the prefilter's token.
  mentions: [
    String.raw`\bprocess\.env(?:\.|\[\s*["'])[A-Z0-9_]*(?:KEY|TOKEN|SECRET)[A-Z0-9_]*\b(?=[\s\S]*(?:\b(?:res|reply)\s*(?:\.\s*(?:status|code)\s*\([^)]*\))?\s*\.\s*(?:end|send|write|json)\s*\(|\bResponse\.json\s*\(|\bnew\s+(?:Next)?Response\s*\())`,
  ],
};
