// What a server sends back to whoever called it: the body of an HTTP response. A secret env var
// there (`res.end(process.env.API_KEY)`, a route that hands the browser the server's LLM key so
// it can build its own client) is the key given to every caller (client-exposed-api-key).
import type { Model } from "../engine/model";

/** Express / Node http / Fastify responses, `res.status(200).json(...)` included. */
const NODE_RESPONSES = ["?:{res,reply}.{end,send,write,json,jsonp}", "?:{res,reply}.status().{end,send,json,jsonp}", "?:{res,reply}.code().send",
  // A route's response object as own-routes.ts hands it to a handler with a literal path, whatever its name.
  "http:response.{end,send,write,json,jsonp}", "http:response.status().{end,send,json,jsonp}"];
/** The web platform's and Next.js's responses. */
const WEB_RESPONSES = ["global:Response", "global:Response.json", "next/server:NextResponse.json", "next/server:NextResponse"];

export const httpResponsesModel: Model = {
  name: "HTTP responses",
  rows: [
    { kind: "sink", callee: [...NODE_RESPONSES, ...WEB_RESPONSES], arg: "0", sink: "response" },
  ],
  // A file that reads a secret-named env var and then answers a request is analysed even when it
  // names no LLM API (a static server that also serves the key): the prefilter's token.
  mentions: [
    String.raw`\bprocess\.env(?:\.|\[\s*["'])[A-Z0-9_]*(?:KEY|TOKEN|SECRET)[A-Z0-9_]*\b(?=[\s\S]*(?:\b(?:res|reply)\s*(?:\.\s*(?:status|code)\s*\([^)]*\))?\s*\.\s*(?:end|send|write|json)\s*\(|\bResponse\.json\s*\(|\bnew\s+(?:Next)?Response\s*\())`,
  ],
};
