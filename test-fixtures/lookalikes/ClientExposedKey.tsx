"use client";
// lookalikes/ClientExposedKey.tsx: browser code next to public env prefixes and LLM clients.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { createOpenAI } from "@ai-sdk/openai";
import posthog from "posthog-js";

// ---- look dangerous, are safe -------------------------------------------------------------

// The browser talks to the app's own proxy, which checks the session and adds the key
// server-side: the SDK needs the browser flag, but no key ever reaches the bundle.
export const proxied = new OpenAI({
  // llmsafe-expect-clean: client-exposed-api-key
  baseURL: process.env.NEXT_PUBLIC_OPENAI_BASE_URL ?? "/api/openai",
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: "not-needed-the-proxy-adds-it",
  // A constant apiKey that is no provider key: nothing secret is in the bundle.
  // llmsafe-expect-clean: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// Starter templates: the key is a placeholder the reader is meant to replace, so no secret
// is in the bundle yet (hardcoded-api-key and secret scanning catch the real one when it lands).
export const starterClients = [
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "YOUR_OPENAI_API_KEY", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "your-api-key-here", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "REPLACE_ME", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "replace_with_your_key", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "changeme", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "token-abc123", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "test-key", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "my-dummy-token", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "example-key-123456", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "sk-proj-abc123def456", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "YourOpenAIKeyHere", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
  // llmsafe-expect-clean: client-exposed-api-key, hardcoded-api-key
  new OpenAI({ apiKey: "lm-studio", baseURL: "http://localhost:1234/v1", dangerouslyAllowBrowser: true }),
];

export const localModel = new OpenAI({
  baseURL: "http://localhost:11434/v1",
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: "ollama",
  // llmsafe-expect-clean: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

export const templated = new Anthropic({
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: "YOUR_ANTHROPIC_API_KEY",
  // llmsafe-expect-clean: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// llmsafe-expect-clean: client-exposed-api-key
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: "https://eu.i.posthog.com" });

// llmsafe-expect-clean: client-exposed-api-key
export const MODEL = process.env.NEXT_PUBLIC_OPENAI_MODEL ?? "gpt-4o-mini";
// llmsafe-expect-clean: client-exposed-api-key
export const AI_ENABLED = import.meta.env.VITE_ENABLE_AI_ASSISTANT === "true";

export function ModelBadge() {
  // llmsafe-expect-clean: client-exposed-api-key
  return <span className="badge">{process.env.NEXT_PUBLIC_OPENAI_MODEL}</span>;
}

// ---- look safe, are dangerous -------------------------------------------------------------

// "It's only read when the feature flag is on."
export const flagged = AI_ENABLED
  ? createOpenAI({
      // llmsafe-expect: client-exposed-api-key
      apiKey: import.meta.env.VITE_OPENAI_API_KEY,
    })
  : null;

// llmsafe-expect: client-exposed-api-key
const { REACT_APP_GEMINI_KEY: geminiKey } = process.env;
export const gemini = new GoogleGenerativeAI(geminiKey ?? "");

export const claude = new Anthropic({
  // llmsafe-expect: client-exposed-api-key
  apiKey: String(process.env.EXPO_PUBLIC_ANTHROPIC_API_KEY ?? ""),
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: typeof window !== "undefined",
});

// A key of a provider whose shape is not known (Azure: 32 hex digits) is no dummy.
export const azure = new OpenAI({
  baseURL: "https://contoso.openai.azure.com/openai/deployments/gpt-4o",
  // llmsafe-expect: hardcoded-api-key
  apiKey: "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e",
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

export const claudeVite = new Anthropic({
  // llmsafe-expect: client-exposed-api-key
  apiKey: import.meta.env["VITE_ANTHROPIC_API_KEY"],
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// The same proxy setup, but the dummy is only a fallback: with the env var set, a real key ships.
export const proxiedWithFallback = new OpenAI({
  baseURL: "/api/openai",
  // llmsafe-expect: client-exposed-api-key
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY ?? "not-needed-the-proxy-adds-it",
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// No apiKey at all: the SDK falls back to the OPENAI_API_KEY the bundler may have inlined.
export const implicitKey = new OpenAI({
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// Words around a random part: "sk-live-" reads like a label, the rest is a secret of unknown shape.
export const labelled = new OpenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-live-9fKq2LmXv8Rt4WzB",
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

// A DeepSeek-style key ("sk-" + 32 hex): no known shape, high entropy, so it is real.
export const deepseek = new OpenAI({
  baseURL: "https://api.deepseek.com",
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-7c1e9a3f5b2d8e4a6c0f1b3d5e7a9c2f",
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});
