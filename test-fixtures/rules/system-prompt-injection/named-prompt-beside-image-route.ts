// server/routes.ts: a chat route that posts its own system prompt to an in-house model server, and an
// avatar route on the OpenAI SDK. The image generation sends no prompt this module's chat builds, so
// it says nothing about where `systemPrompt` goes: the named instruction text is still checked.
import express from "express";
import OpenAI from "openai";

const openai = new OpenAI();
const app = express();
app.use(express.json());

app.post("/chat", async (req, res) => {
  // llmsafe-expect: system-prompt-injection
  const systemPrompt = `You are ${req.body.persona}. Answer the user's questions politely.`;
  const r = await fetch("https://llm.internal.example.com/v1/generate", {
    method: "POST",
    body: JSON.stringify({ system: systemPrompt, input: req.body.message }),
  });
  res.json(await r.json());
});

app.post("/avatar", async (_req, res) => {
  const img = await openai.images.generate({ model: "gpt-image-1", prompt: "A friendly robot avatar" });
  res.json({ url: img.data?.[0]?.url });
});
