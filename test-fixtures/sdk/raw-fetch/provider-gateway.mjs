// gateway/providers.mjs: a tiny multi-provider gateway that talks to the REST APIs directly
// (no SDKs, to keep the Lambda bundle small). Express handlers.
import { z } from "zod";

const OPENAI_URL = "https://api.openai.com/v1/chat/completions";
const ANTHROPIC_URL = "https://api.anthropic.com/v1/messages";
const GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent";
const GEMINI_EMBED_URL = "https://generativelanguage.googleapis.com/v1beta/models/text-embedding-004:embedContent";
const GATEWAY_RULES = "You are the Acme gateway assistant. Keep answers short.";
const Intent = z.object({ intent: z.enum(["billing", "bug", "other"]), confidence: z.number().min(0).max(1) });

export async function openaiChat(req, res) {
  const r = await fetch(OPENAI_URL, {
    method: "POST",
    // llmsafe-expect-clean: secret-in-prompt
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `${GATEWAY_RULES} Speak like ${req.body.character}.` },
        // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
        { role: "user", content: req.body.message },
      ],
    }),
  });
  const data = await r.json();
  res.json({ text: data.choices[0].message.content });
}

export async function classifyIntent(req, res) {
  const r = await fetch(OPENAI_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: 'Classify the message. JSON: {"intent": "billing"|"bug"|"other", "confidence": number}' },
        { role: "user", content: req.body.message },
      ],
    }),
  });
  const data = await r.json();
  // llmsafe-expect: unvalidated-llm-json
  const unchecked = JSON.parse(data.choices[0].message.content);
  // llmsafe-expect-clean: unvalidated-llm-json
  const checked = Intent.parse(JSON.parse(data.choices[0].message.content));
  res.json({ route: checked.confidence > 0.7 ? checked.intent : "other", raw: unchecked.intent });
}

export async function claudeSupport(req, res) {
  const r = await fetch(ANTHROPIC_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "anthropic-version": "2023-06-01",
      // llmsafe-expect: hardcoded-api-key
      "x-api-key": process.env.ANTHROPIC_API_KEY ?? "sk-ant-api03-llmsafe_FAKE-fixture9876543210NotAKey_llmsafe_FAKE-fixture9876543210NotAKey_llmsafe_FAKE-fixtAA",
    },
    body: JSON.stringify({
      model: "claude-haiku-4-5",
      max_tokens: 500,
      // llmsafe-expect: secret-in-prompt
      system: `${GATEWAY_RULES} To look up an order, call https://orders.internal/api with header X-Token: ${process.env.ORDERS_SERVICE_TOKEN}.`,
      messages: [{ role: "user", content: req.body.message }],
    }),
  });
  const data = await r.json();
  res.json({ text: data.content[0].text });
}

export async function claudeLinkFollower(req, res) {
  const r = await fetch(ANTHROPIC_URL, {
    method: "POST",
    headers: { "content-type": "application/json", "anthropic-version": "2023-06-01", "x-api-key": process.env.ANTHROPIC_API_KEY },
    body: JSON.stringify({
      model: "claude-haiku-4-5",
      max_tokens: 100,
      system: "Reply with the single most relevant documentation URL for the question. URL only.",
      messages: [{ role: "user", content: req.body.message }],
    }),
  });
  const data = await r.json();
  const url = data.content[0].text.trim();
  // llmsafe-expect: llm-output-ssrf
  const page = await fetch(url);
  res.send(await page.text());
}

export async function geminiStory(req, res) {
  const r = await fetch(`${GEMINI_URL}?key=${process.env.GEMINI_API_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      // llmsafe-expect: system-prompt-injection
      system_instruction: { parts: [{ text: `Write stories for ${req.body.audience}.` }] },
      // llmsafe-expect-clean: undelimited-prompt-input
      contents: [{ role: "user", parts: [{ text: req.body.idea }] }],
      safetySettings: [
        // llmsafe-expect: disabled-safety-settings
        { category: "HARM_CATEGORY_DANGEROUS_CONTENT", threshold: "BLOCK_NONE" },
        // llmsafe-expect-clean: disabled-safety-settings
        { category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_MEDIUM_AND_ABOVE" },
      ],
    }),
  });
  const data = await r.json();
  res.json({ story: data.candidates?.[0]?.content?.parts?.[0]?.text ?? "" });
}

export async function geminiSummary(req, res) {
  const r = await fetch(`${GEMINI_URL}?key=${process.env.GEMINI_API_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      // llmsafe-expect: undelimited-prompt-input
      contents: [{ role: "user", parts: [{ text: `Summarize this review in one sentence and rate it 1-5: ${req.body.review}` }] }],
    }),
  });
  const data = await r.json();
  res.json({ summary: data.candidates[0].content.parts[0].text });
}

// The same URL shape for the embeddings endpoint: the text is embedded, not followed as a prompt.
export async function embedReview(req, res) {
  const r = await fetch(`${GEMINI_EMBED_URL}?key=${process.env.GEMINI_API_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      // llmsafe-expect-clean: undelimited-prompt-input
      content: { parts: [{ text: `Summarize this review in one sentence and rate it 1-5: ${req.body.review}` }] },
    }),
  });
  const data = await r.json();
  res.json({ values: data.embedding.values });
}
