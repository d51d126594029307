// lib/openai.ts: OpenAI clients for the chat feature, the nightly batch job and the admin scripts.
// Someone pasted keys "just for local testing"; the keys below are fake but shaped like real ones.
import OpenAI from "openai";
import { createOpenAI } from "@ai-sdk/openai";

export const chatClient = new OpenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-proj-FAKEfake0123456789FAKEfake0123456789FAKEfake0123456789FAKEfake0123456789FAT3BlbkFJfakeFAKE9876543210fakeFAKE9876543210fakeFAKE9876543210fakeFAKE9876543210fa",
});

export const batchClient = new OpenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: process.env.OPENAI_BATCH_KEY || "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",
});

// llmsafe-expect: hardcoded-api-key
const ADMIN_KEY = "sk-admin-FAKEadmin0000FAKEadmin0000FAKEadmin0000FAKEadmin0000FAKEadT3BlbkFJ0000adminFAKE0000adminFAKE0000adminFAKE0000adminFAKE0000ad";
export const adminClient = new OpenAI({ apiKey: ADMIN_KEY });

export const legacyClient = new OpenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-FAKEfake0123FAKEfakeT3BlbkFJ3210ekafEKAF3210ekaf",
  organization: "org-acme-platform",
});

export const openaiProvider = createOpenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: `sk-FAKEfakeKEY0123456789FAKEfakeKEY0123456789FAKEfa`,
});

export const devClient = new OpenAI({
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: process.env.OPENAI_API_KEY ?? "sk-...",
});

// llmsafe-expect-clean: hardcoded-api-key
export const KEY_PLACEHOLDER = "sk-xxxxxxxx";

// Shown in the setup wizard; full length, but a placeholder.
// llmsafe-expect-clean: hardcoded-api-key
export const SAMPLE_KEY = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

// llmsafe-expect-clean: hardcoded-api-key
export const ENV_EXAMPLE = "OPENAI_API_KEY=YOUR_API_KEY";

// llmsafe-expect-clean: hardcoded-api-key
export const KEY_PATTERN = /^sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{58,74}T3BlbkFJ[A-Za-z0-9_-]{58,74}$/;

export function looksLikeOpenAIKey(value: string) {
  // llmsafe-expect-clean: hardcoded-api-key
  return value.startsWith("sk-") && KEY_PATTERN.test(value);
}

export function maskKey(key: string) {
  // llmsafe-expect-clean: hardcoded-api-key
  return `sk-proj-****************${key.slice(-4)}`;
}

export function keyHelpText() {
  // llmsafe-expect-clean: hardcoded-api-key
  return "Paste your project key. It starts with sk-proj- and is about 164 characters long.";
}
