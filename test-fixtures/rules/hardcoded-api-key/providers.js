// lib/providers.js: every model provider the router can fall back to (CommonJS).
const Anthropic = require("@anthropic-ai/sdk");
const Groq = require("groq-sdk");
const OpenAI = require("openai");

const anthropic = new Anthropic({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-ant-api03-FAKE_fake-LLMSAFE_fixture-0123456789_FAKE_fake-LLMSAFE_fixture-0123456789_FAKE_fake-LLMSAFE_fAA",
});

const groq = new Groq({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "gsk_FAKEfakeGroq0123456789FAKEfakeGroq0123456789FAKEfake",
});

const xai = new OpenAI({
  baseURL: "https://api.x.ai/v1",
  // llmsafe-expect: hardcoded-api-key
  apiKey: "xai-FAKEfakeGrok0123456789FAKEfakeGrok0123456789FAKEfakeGrok0123456789FAKEfakeGrok01",
});

const openrouter = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-or-v1-0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210",
});

const perplexity = new OpenAI({
  baseURL: "https://api.perplexity.ai",
  // llmsafe-expect: hardcoded-api-key
  apiKey: "pplx-FAKEfakePerplexity0123456789FAKEfakePerplexity01",
});

const anthropicStaging = new Anthropic({
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: process.env.ANTHROPIC_API_KEY,
});

const groqStaging = new Groq({
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: process.env.GROQ_API_KEY || "gsk_your_key_here",
});

const xaiStaging = new OpenAI({
  baseURL: "https://api.x.ai/v1",
  // llmsafe-expect-clean: hardcoded-api-key
  apiKey: process.env.XAI_API_KEY ?? "xai-...",
});

const SETUP_HINTS = {
  // llmsafe-expect-clean: hardcoded-api-key
  anthropic: "sk-ant-api03-...",
  // llmsafe-expect-clean: hardcoded-api-key
  openrouter: "<your-openrouter-key>",
  // llmsafe-expect-clean: hardcoded-api-key
  perplexity: "pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
};

// sha256 of the system prompt, used as a cache key.
// llmsafe-expect-clean: hardcoded-api-key
const PROMPT_CACHE_VERSION = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

module.exports = {
  anthropic,
  groq,
  xai,
  openrouter,
  perplexity,
  anthropicStaging,
  groqStaging,
  xaiStaging,
  SETUP_HINTS,
  PROMPT_CACHE_VERSION,
};
