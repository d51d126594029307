// app/server/providers.ts: an Express API whose settings page lets users point the chat at
// "any OpenAI-compatible endpoint". Where the endpoint comes from decides whether the server's
// own provider keys go with it.
import express from "express";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { ChatOpenAI } from "@langchain/openai";
import { Ollama } from "ollama";
import { streamText } from "ai";

const app = express();
app.use(express.json());

const DEFAULT_BASE_URL = "https://api.openai.com/v1";
const ALLOWED_HOSTS = ["api.openai.com", "api.groq.com", "api.together.xyz"];

app.post("/api/chat", async (req, res) => {
  const { baseURL, messages } = req.body;
  const client = new OpenAI({
    apiKey: process.env.OPENAI_API_KEY,
    // llmsafe-expect: client-controlled-model-endpoint
    baseURL: baseURL,
  });
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
  res.json(completion.choices[0].message);
});

app.post("/api/claude", async (req, res) => {
  // No apiKey: the SDK sends ANTHROPIC_API_KEY from the server's environment to this host.
  // llmsafe-expect: client-controlled-model-endpoint
  const anthropic = new Anthropic({ baseURL: req.get("x-anthropic-base-url") });
  const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: String(req.body.text) }] });
  res.json(msg.content);
});

app.post("/api/groq", async (req, res) => {
  const { apiKey, baseURL, prompt } = req.body;
  // "Bring your own key, or use ours": the caller who sends no key gets the server's.
  // llmsafe-expect: client-controlled-model-endpoint
  const groq = createOpenAI({ apiKey: apiKey || process.env.GROQ_API_KEY, baseURL: baseURL || "https://api.groq.com/openai/v1" });
  const result = streamText({ model: groq("llama-3.3-70b-versatile"), prompt: String(prompt) });
  result.pipeTextStreamToResponse(res);
});

app.get("/api/gemini", async (req, res) => {
  // llmsafe-expect: client-controlled-model-endpoint
  const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { baseUrl: String(req.query.gateway) } });
  const out = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "ping" });
  res.json({ text: out.text });
});

app.post("/api/langchain", async (req, res) => {
  // ChatOpenAI reads OPENAI_API_KEY itself when no key is given.
  // llmsafe-expect: client-controlled-model-endpoint
  const model = new ChatOpenAI({ model: "gpt-4o-mini", configuration: { baseURL: req.body.proxyUrl } });
  res.json(await model.invoke("ping"));
});

app.post("/api/ollama", async (req, res) => {
  // llmsafe-expect: client-controlled-model-endpoint
  const ollama = new Ollama({ host: req.body.host, headers: { Authorization: `Bearer ${process.env.OLLAMA_API_KEY}` } });
  res.json(await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: "ping" }] }));
});

// Look-alikes: the endpoint is the server's, the host is checked, or the key is the caller's.

app.post("/api/chat-env", async (req, res) => {
  const client = new OpenAI({
    apiKey: process.env.OPENAI_API_KEY,
    // llmsafe-expect-clean: client-controlled-model-endpoint
    baseURL: process.env.OPENAI_BASE_URL ?? DEFAULT_BASE_URL,
  });
  res.json(await client.chat.completions.create({ model: "gpt-4o-mini", messages: req.body.messages }));
});

app.post("/api/chat-checked", async (req, res) => {
  const { baseURL } = req.body;
  if (new URL(baseURL).host !== "api.openai.com") return res.status(400).json({ error: "endpoint not allowed" });
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL });
  res.json(await client.models.list());
});

app.post("/api/chat-allow-list", async (req, res) => {
  const { baseURL } = req.body;
  if (!ALLOWED_HOSTS.includes(new URL(baseURL).host)) return res.status(400).json({ error: "endpoint not allowed" });
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL });
  res.json(await client.models.list());
});

app.post("/api/chat-own-key", async (req, res) => {
  // The caller's own key to the caller's own endpoint: nothing of the server's leaves (plain SSRF at most).
  const { apiKey, baseURL } = req.body;
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const client = new OpenAI({ apiKey, baseURL });
  res.json(await client.models.list());
});

app.post("/api/local-model", async (req, res) => {
  // An OpenAI-compatible provider with no key at all: nothing to leak.
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const local = createOpenAICompatible({ name: "local", baseURL: req.body.baseURL });
  const result = streamText({ model: local("qwen2.5"), prompt: "ping" });
  result.pipeTextStreamToResponse(res);
});

app.post("/api/azure-deployment", async (req, res) => {
  // The host is fixed; the request only picks an (encoded) deployment name in the path.
  const client = new OpenAI({
    apiKey: process.env.AZURE_OPENAI_API_KEY,
    // llmsafe-expect-clean: client-controlled-model-endpoint
    baseURL: `https://contoso.openai.azure.com/openai/deployments/${encodeURIComponent(req.body.deployment)}`,
  });
  res.json(await client.chat.completions.create({ model: "gpt-4o", messages: req.body.messages }));
});

export default app;
