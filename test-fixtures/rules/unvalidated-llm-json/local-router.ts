// src/core/localRouter.ts: a small local model picks a route for each request and answers in JSON.
import { GoogleGenAI } from "@google/genai";

const client = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

type RouteChoice = { route: "fast" | "smart"; reason: string };

function isRouteChoice(value: unknown): value is RouteChoice {
  return typeof value === "object" && value !== null && ((value as RouteChoice).route === "fast" || (value as RouteChoice).route === "smart") && typeof (value as RouteChoice).reason === "string";
}

function assertObject(value: unknown): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("expected an object");
}

// A type guard declared next to the parse checks the parsed value's shape before it is returned.
export async function chooseRoute(request: string): Promise<Record<string, unknown>> {
  const result = await client.models.generateContent({ model: "gemma-3n", contents: request, config: { responseMimeType: "application/json" } });
  // llmsafe-expect-clean: unvalidated-llm-json
  const parsed: unknown = JSON.parse(result.text ?? "");
  const isRecord = (val: unknown): val is Record<string, unknown> => typeof val === "object" && val !== null && !Array.isArray(val);
  if (isRecord(parsed)) return parsed;
  throw new Error("the router did not answer with an object");
}

// A guard for the full shape, declared at module level.
export async function chooseRouteStrict(request: string): Promise<RouteChoice> {
  const result = await client.models.generateContent({ model: "gemma-3n", contents: request });
  // llmsafe-expect-clean: unvalidated-llm-json
  const choice = JSON.parse(result.text ?? "{}");
  if (!isRouteChoice(choice)) throw new Error("bad route");
  return choice;
}

// An assertion function is a check too.
export async function routeSettings(request: string) {
  const result = await client.models.generateContent({ model: "gemma-3n", contents: request });
  // llmsafe-expect-clean: unvalidated-llm-json
  const settings = JSON.parse(result.text ?? "{}");
  assertObject(settings);
  return settings;
}

// A helper that answers a boolean but is no type guard checks nothing the program relies on.
function looksLikeChoice(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

export async function chooseRouteLoosely(request: string) {
  const result = await client.models.generateContent({ model: "gemma-3n", contents: request });
  // llmsafe-expect: unvalidated-llm-json
  const choice = JSON.parse(result.text ?? "{}");
  if (!looksLikeChoice(choice)) return "fast";
  return choice.route;
}
