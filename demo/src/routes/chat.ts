import type { Request, Response } from "express";
import { Router } from "express";
import { z } from "zod";
import { openai } from "../lib/openai";
import { isTone, supportPrompt, tonePrompt } from "../lib/prompts";

export const chat = Router();

// Problem: the caller chooses the persona, and the persona becomes the system prompt.
chat.post("/chat", async (req: Request, res: Response) => {
  const { persona, message } = req.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: supportPrompt(persona) },
      { role: "user", content: message },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

// Safe: the tone is checked against an allow-list, and the message is a user message.
chat.post("/chat/tone", async (req: Request, res: Response) => {
  const { tone, message } = req.body;
  if (!isTone(tone)) return res.status(400).json({ error: "unknown tone" });
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: tonePrompt(tone) },
      { role: "user", content: message },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

const Triage = z.object({ category: z.enum(["billing", "outage", "other"]), urgent: z.boolean() });

// Problem: the classification is parsed and trusted without a schema in /triage;
// /triage/checked validates it with zod and stays clean.
chat.post("/triage", async (req: Request, res: Response) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: "Classify the ticket. Reply with JSON: {category, urgent}." },
      { role: "user", content: req.body.ticket },
    ],
  });
  const triage = JSON.parse(completion.choices[0].message.content ?? "{}");
  res.json({ queue: triage.urgent ? "pager" : triage.category });
});

chat.post("/triage/checked", async (req: Request, res: Response) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: "Classify the ticket. Reply with JSON: {category, urgent}." },
      { role: "user", content: req.body.ticket },
    ],
  });
  const triage = Triage.parse(JSON.parse(completion.choices[0].message.content ?? "{}"));
  res.json({ queue: triage.urgent ? "pager" : triage.category });
});
