import type { Request, Response } from "express";
import { Router } from "express";
import { openai } from "../lib/openai";

export const summarize = Router();

// Problem: whatever the fetched page says lands in the system prompt (indirect prompt injection).
summarize.post("/summarize", async (req: Request, res: Response) => {
  const page = await fetch(`https://docs.acme.example/${encodeURIComponent(req.body.slug)}`);
  const html = await page.text();
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: `Summarize this documentation page for a customer:\n${html}`,
    input: "Summarize it.",
  });
  res.json({ summary: response.output_text });
});
