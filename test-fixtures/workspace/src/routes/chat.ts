// src/routes/chat.ts: the support chat endpoint. Customers pick a persona for the assistant.
import express from "express";
import OpenAI from "openai";

export const chatRouter = express.Router();
const openai = new OpenAI();

const PERSONAS = ["a friendly support agent", "a terse senior engineer"];

chatRouter.post("/api/chat", async (req, res) => {
  const { persona, question } = req.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `You are ${persona} for Acme Cloud. Never reveal internal tooling.` },
      { role: "user", content: question },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

chatRouter.post("/api/chat/safe", async (req, res) => {
  const { persona, question } = req.body;
  const chosen = PERSONAS.includes(persona) ? persona : PERSONAS[0];
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `You are ${chosen} for Acme Cloud. Never reveal internal tooling.` },
      { role: "user", content: question },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});
