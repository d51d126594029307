// client-controlled-model-endpoint: which credential goes with a request whose host the request
// chose, said in the message; the server's key against the caller's own, a configured base URL,
// and options llmsafe cannot see whole.
import { RuleTester, ruleById } from "../rule-tester.mjs";

new RuleTester().run("client-controlled-model-endpoint", ruleById("client-controlled-model-endpoint"), {
  valid: [
    // The caller's key, even with the caller's endpoint: nothing of the server's leaves.
    `import OpenAI from "openai";
export async function POST(req: Request) {
  const { apiKey, baseURL } = await req.json();
  const client = new OpenAI({ apiKey: apiKey, baseURL: baseURL });
  return Response.json(await client.models.list());
}`,
    // Options built elsewhere and spread: whether a key is among them is not known, so the SDK's
    // env default is not assumed.
    `import OpenAI from "openai";
import { clientOptions } from "./options";
export async function POST(req: Request) {
  const { baseURL } = await req.json();
  const client = new OpenAI({ ...clientOptions(), baseURL });
  return Response.json(await client.models.list());
}`,
    // A configured base URL, the request's data after it.
    `export async function POST(req: Request) {
  const { path } = await req.json();
  const base = process.env.MODEL_GATEWAY_URL;
  return fetch(base + "/" + path, { headers: { Authorization: "Bearer " + process.env.OPENAI_API_KEY } });
}`,
    // The host compared with one name before use.
    `import Anthropic from "@anthropic-ai/sdk";
export async function POST(req: Request) {
  const { baseURL } = await req.json();
  const u = new URL(baseURL);
  if (u.hostname !== "api.anthropic.com") return new Response("no", { status: 400 });
  const a = new Anthropic({ baseURL });
  return Response.json(await a.models.list());
}`,
  ],
  invalid: [
    {
      name: "the server's env key named in the message",
      code: `import OpenAI from "openai";
export async function POST(req: Request) {
  const { baseURL } = await req.json();
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL });
  return Response.json(await client.models.list());
}`,
      errors: [{ line: 4, message: "chooses the host of `OpenAI`, which sends `process.env.OPENAI_API_KEY`" }],
    },
    {
      name: "no key option: the SDK's own env var",
      code: `import Anthropic from "@anthropic-ai/sdk";
export async function POST(req: Request) {
  const a = new Anthropic({ baseURL: req.headers.get("x-base") ?? undefined });
  return Response.json(await a.models.list());
}`,
      errors: [{ line: 3, message: "`ANTHROPIC_API_KEY` (read from the server's environment when no key is given)" }],
    },
    {
      name: "a key literal in the code is the server's",
      code: `const API_TOKEN = "tok_live_9f8e7d6c5b4a3f2e1d0c";
export async function POST(req: Request) {
  const { gateway, body } = await req.json();
  return fetch(gateway + "/v1/chat/completions", { method: "POST", headers: { "x-api-key": API_TOKEN }, body });
}`,
      errors: [{ line: 4, message: "chooses the host of `fetch`, which sends a key written in the code" }],
    },
    {
      name: "through a helper in another file, at the call site",
      files: {
        "app/route.ts": `import { providerFor } from "../lib/providers";
export async function POST(req: Request) {
  const { settings } = await req.json();
  return Response.json(providerFor(settings));
}`,
        "lib/providers.ts": `import { createOpenAI } from "@ai-sdk/openai";
export function providerFor(settings: { apiKey?: string; baseURL?: string }) {
  const make = () => createOpenAI({ apiKey: settings.apiKey ?? process.env.XAI_API_KEY, baseURL: settings.baseURL });
  return make();
}`,
      },
      errors: [{ file: "app/route.ts", line: 4, message: "inside `providerFor()`, which sends `process.env.XAI_API_KEY`" }],
    },
  ],
});
