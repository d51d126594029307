// A route that names its prompt `systemPrompt` and sends it to a real model: the finding is at the
// model call's instruction channel, not a second one where the variable is assigned.
import express from "express";
import OpenAI from "openai";

const app = express();
const openai = new OpenAI();

app.post("/api/persona-chat", async (req, res) => {
  const { persona, message } = req.body;
  // llmsafe-expect-clean: system-prompt-injection
  const systemPrompt = `You are ${persona}. Stay in character.`;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: systemPrompt },
      { role: "user", content: message },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});
