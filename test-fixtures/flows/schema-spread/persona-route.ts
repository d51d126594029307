// routes/persona.ts: defaults merged with the request body, then validated. A spread after a default
// replaces it at run time, so validating the merged object does not make the default the app's again.
import express from "express";
import OpenAI from "openai";
import { z } from "zod";

const Persona = z.object({ persona: z.string(), prompt: z.string() });
const client = new OpenAI();
const app = express();
app.use(express.json());

app.post("/chat", async (req, res) => {
  const body = Persona.parse({ persona: "a helpful assistant", ...req.body });
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${body.persona}.` },
      { role: "user", content: body.prompt },
    ],
  });
  res.json(r.choices[0].message);
});

app.post("/chat/fixed", async (req, res) => {
  // The default written after the spread wins: the persona is the app's own.
  const body = Persona.parse({ ...req.body, persona: "a helpful assistant" });
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `You are ${body.persona}.` },
      { role: "user", content: body.prompt },
    ],
  });
  res.json(r.choices[0].message);
});
