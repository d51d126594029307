// server/live.ts: starts a Gemini Live session for the in-store kiosk.
import { GoogleGenAI, Modality } from "@google/genai";
import express from "express";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const router = express.Router();
const KIOSK_RULES = "You are the Acme store kiosk. Help shoppers find aisles. Keep answers short.";

router.post("/live", async (req, res) => {
  const session = await ai.live.connect({
    model: "gemini-live-2.5-flash-preview",
    config: {
      responseModalities: [Modality.AUDIO],
      // llmsafe-expect: system-prompt-injection
      systemInstruction: `${KIOSK_RULES} Today's promotion: ${req.body.promo}`,
    },
    callbacks: { onmessage: () => {} },
  });
  res.json({ ok: true, id: String(session) });
});

router.post("/live/default", async (_req, res) => {
  await ai.live.connect({
    model: "gemini-live-2.5-flash-preview",
    // llmsafe-expect-clean: system-prompt-injection
    config: { responseModalities: [Modality.AUDIO], systemInstruction: KIOSK_RULES },
    callbacks: { onmessage: () => {} },
  });
  res.json({ ok: true });
});

router.post("/chat", async (req, res) => {
  const chat = ai.chats.create({ model: "gemini-2.5-flash", config: { systemInstruction: KIOSK_RULES } });
  const reply = await chat.sendMessage({
    // llmsafe-expect-clean: system-prompt-injection
    message: req.body.question,
    // llmsafe-expect: system-prompt-injection
    config: { systemInstruction: req.body.override },
  });
  res.json({ text: reply.text });
});

export default router;
