// lib/model-factory.ts: one place that turns the client's model settings into an AI SDK model.
// Each provider is a closure in a table, picked by the provider id the client sent.
import { createOpenAI } from "@ai-sdk/openai";
import { createMistral } from "@ai-sdk/mistral";

export type ModelSettings = { provider: string; model: string; apiKey?: string; baseURL?: string };

export function modelFor(settings: ModelSettings) {
  const { provider, model, apiKey, baseURL } = settings;
  const factories = {
    // The caller's key only: their endpoint, their key.
    mistral: () => createMistral({ apiKey, baseURL })(model),
    // The caller's key, or the server's when they send none.
    deepseek: () => createOpenAI({ apiKey: apiKey || process.env.DEEPSEEK_API_KEY, baseURL: baseURL || "https://api.deepseek.com/v1" })(model),
    // The server's key, its own endpoint.
    openai: () => createOpenAI({ apiKey: process.env.OPENAI_API_KEY })(model),
  };
  const make = factories[provider as keyof typeof factories];
  if (!make) throw new Error(`unknown provider ${provider}`);
  return make();
}
