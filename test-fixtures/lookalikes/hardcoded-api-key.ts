// lookalikes/hardcoded-api-key.ts: key-shaped strings. Every "real-looking" key here is fake
// (FAKE / fixture / NotAKey inside) but has the exact shape a secret scanner matches.
import OpenAI from "openai";
import Groq from "groq-sdk";
import { createOpenAI } from "@ai-sdk/openai";
import { createXai } from "@ai-sdk/xai";
import { HfInference } from "@huggingface/inference";

// ---- look dangerous, are safe -------------------------------------------------------------

export const devClient = new OpenAI({
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: process.env.OPENAI_API_KEY ?? "sk-your-key-here",
});

// llmsafe-expect-clean: hardcoded-api-key
export const groq = new Groq({ apiKey: process.env.GROQ_API_KEY || "gsk_..." });

export const SETUP_HINTS = {
  // llmsafe-expect-clean: hardcoded-api-key
  openai: "OPENAI_API_KEY=sk-...",
  // llmsafe-expect-clean: hardcoded-api-key
  gemini: "GEMINI_API_KEY=AIza...your-key",
  // llmsafe-expect-clean: hardcoded-api-key
  huggingface: "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  // llmsafe-expect-clean: hardcoded-api-key
  openrouter: "OPENROUTER_API_KEY=sk-or-v1-<64 hex characters>",
  // llmsafe-expect-clean: hardcoded-api-key
  anthropic: "ANTHROPIC_API_KEY=YOUR_API_KEY",
  // Provider-shaped, but written by hand: a unit repeated, or a marker inside.
  // llmsafe-expect-clean: hardcoded-api-key
  openaiRepeated: "sk-abc123abc123abc123abc123abc123abc123abc123abc123",
  // llmsafe-expect-clean: hardcoded-api-key
  openaiPattern: "sk-123456781234567812345678123456781234567812345678",
  // llmsafe-expect-clean: hardcoded-api-key
  geminiChangeMe: "AIzaSyCHANGEME_changeme_CHANGEME_change",
  // llmsafe-expect-clean: hardcoded-api-key
  groqTodo: "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",
  // llmsafe-expect-clean: hardcoded-api-key
  hfAlphabet: "hf_abcdefghabcdefghabcdefghabcdefghab",
};

// llmsafe-expect-clean: hardcoded-api-key
export const REDACTED = "sk-proj-REDACTED";

// llmsafe-expect-clean: hardcoded-api-key
const GROQ_KEY_RE = /^gsk_[A-Za-z0-9]{52}$/;
export const looksLikeGroqKey = (k: string) => GROQ_KEY_RE.test(k);

// llmsafe-expect-clean: hardcoded-api-key
export const truncatedInDocs = "Your key looks like AIzaSyD...Xk4 in the Google console.";

// ---- look safe, are dangerous -------------------------------------------------------------

// "Only used by the unit tests" but shaped exactly like a live Anthropic key.
// llmsafe-expect: hardcoded-api-key
export const TEST_ANTHROPIC_KEY = "sk-ant-api03-llmsafe-FAKE_fixture-0123456789-notARealKey_llmsafe-FAKE_fixture-0123456789-notARealKey_llmsxAA";

export const xai = createXai({
  // llmsafe-expect: hardcoded-api-key
  apiKey: `xai-LlmsafeFixtureFAKE2468NotARealXaiKey13579LlmsafeFixtureFAKE2468NotARealXaiKey135`,
});

export const openrouter = createOpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  // llmsafe-expect: hardcoded-api-key
  apiKey: process.env.OPENROUTER_API_KEY ?? "sk-or-v1-fa4efa4e0123456789abcdefdeadbeeffa4efa4e0123456789abcdefdeadbeef",
});

export const PROVIDER_KEYS: Record<string, string> = {
  // llmsafe-expect: hardcoded-api-key
  perplexity: "pplx-FakeFixtureLlmsafe0123NotARealPerplexityKeyFakeF",
  // llmsafe-expect: hardcoded-api-key
  groq: "gsk_FakeFixtureLlmsafe0987NotARealGroqKeyFakeFixtureLlms",
  // llmsafe-expect: hardcoded-api-key
  gemini: "AIzaSyB-fakeFixture_llmsafe0123456789xy",
};

// llmsafe-expect: hardcoded-api-key
export const hf = new HfInference("hf_FakeFixtureLlmsafeNotARealHuggingT");

// llmsafe-expect: hardcoded-api-key
export const HF_ORG_TOKEN = "api_org_FakeFixtureLlmsafeNotARealOrgToken";

// A "documentation" string with a live-shaped key pasted into it.
// llmsafe-expect: hardcoded-api-key
export const CURL_EXAMPLE = "curl https://api.openai.com/v1/models -H 'Authorization: Bearer sk-proj-llmsafeFAKEfixture0123456789notAkeyllmsafeFAKEfixture01234T3BlbkFJFAKEfixturellmsafe9876543210NOTAKEYFAKEfixturellmsafe98765'";

// llmsafe-expect: hardcoded-api-key
export const LEGACY_KEY = "sk-FixtureFAKEllmsafe13579NotAKeyAtAllFixtureFAKEll";

export const bedrockHeaders = {
  // llmsafe-expect: hardcoded-api-key
  Authorization: "Bearer ABSKRkFLRWZpeHR1cmVsbG1zYWZlbm90YXJlYWxrZXk+/RkFLRWZpeHR1cmVsbG1zYWZlbm90YXJlYWxrZXk+/RkFLRWZpeHR1cmVsbG1zYWZlbm90YXJlYWxrZXk+/RkFLRWZpe",
};
