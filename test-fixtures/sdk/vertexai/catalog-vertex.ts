// services/vertex.ts: product copy and moderation on Vertex AI (@google-cloud/vertexai, service-account auth).
import { HarmBlockThreshold, HarmCategory, VertexAI } from "@google-cloud/vertexai";
import express from "express";

const vertex = new VertexAI({ project: process.env.GCP_PROJECT!, location: "europe-west4" });
const router = express.Router();
const COPY_RULES = "You write product descriptions for the Acme store. Never mention competitors.";

const laxModel = vertex.getGenerativeModel({
  model: "gemini-2.0-flash",
  safetySettings: [
    // llmsafe-expect: disabled-safety-settings
    { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: HarmBlockThreshold.BLOCK_NONE },
    // llmsafe-expect-clean: disabled-safety-settings
    { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE },
  ],
});

router.post("/copy", async (req, res) => {
  const model = vertex.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect: system-prompt-injection
    systemInstruction: `${COPY_RULES}\nBrand voice from the merchant: ${req.body.brandVoice}`,
  });
  // llmsafe-expect-clean: undelimited-prompt-input
  const result = await model.generateContent(req.body.productNotes);
  res.json({ text: result.response.candidates?.[0]?.content.parts[0]?.text });
});

router.post("/copy/v2", async (req, res) => {
  const model = vertex.preview.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect-clean: system-prompt-injection
    systemInstruction: { role: "system", parts: [{ text: COPY_RULES }] },
  });
  const result = await model.generateContent({
    // llmsafe-expect-clean: system-prompt-injection
    contents: [{ role: "user", parts: [{ text: req.body.productNotes }] }],
  });
  res.json({ text: result.response.candidates?.[0]?.content.parts[0]?.text });
});

router.post("/copy/per-request", async (req, res) => {
  const model = vertex.getGenerativeModel({ model: "gemini-2.0-flash" });
  const result = await model.generateContent({
    contents: [{ role: "user", parts: [{ text: req.body.productNotes }] }],
    // llmsafe-expect: system-prompt-injection
    systemInstruction: { role: "system", parts: [{ text: req.body.rules }] },
  });
  res.json({ text: result.response.candidates?.[0]?.content.parts[0]?.text });
});

router.post("/moderate", async (req, res) => {
  const chat = laxModel.startChat({ history: [] });
  const result = await chat.sendMessage(req.body.review);
  const verdict = result.response.candidates?.[0]?.content.parts[0]?.text ?? "";
  // llmsafe-expect: llm-output-code-execution
  const score = eval(verdict);
  res.json({ score });
});

export default router;
