// A chat route that turns the client's stored conversation into model messages with flatMap,
// dropping empty turns (`m.text ? [message] : []`). Whether the roles stay the client's depends on
// what each returned list holds: the callback choosing "user" fixes them, copying `m.role` does not.
import express from "express";
import OpenAI from "openai";

const openai = new OpenAI();
const app = express();
app.use(express.json());

const SYSTEM = { role: "system" as const, content: "You are the help desk of Northwind. Stay on topic." };

interface Turn { role: string; text?: string; attachments?: { caption?: string }[] }

app.post("/helpdesk/reply", async (req, res) => {
  const turns: Turn[] = req.body.turns;
  const userOnly = turns.flatMap((t) => (t.text ? [{ role: "user" as const, content: t.text }] : []));
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect-clean: system-prompt-injection
    messages: [SYSTEM, ...userOnly],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post("/helpdesk/replay", async (req, res) => {
  const turns: Turn[] = req.body.turns;
  const replayed = turns.flatMap((t) => (t.text ? [{ role: t.role, content: t.text }] : []));
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    messages: [SYSTEM, ...replayed],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post("/helpdesk/captions", async (req, res) => {
  const turns: Turn[] = req.body.turns;
  const captions = turns.flatMap((t) => t.attachments ?? []).flatMap((a) => (a.caption ? [a.caption] : []));
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Describe the attachments. Captions: ${captions.join("; ")}` },
      { role: "user", content: "What did I send?" },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});
