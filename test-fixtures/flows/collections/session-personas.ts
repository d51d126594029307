// A chat service that remembers each session's settings in Maps between requests. What a client
// stored as a value comes back into the instructions; a client-chosen key with a value the app
// wrote does not, and a value stored under one constant key is not read under another.
import express from "express";
import OpenAI from "openai";

const app = express();
app.use(express.json());
const openai = new OpenAI();

const personaBySession = new Map<string, string>();
const tierBySession = new Map<string, string>();

app.post("/sessions/:id/persona", (req, res) => {
  personaBySession.set(req.params.id, req.body.persona);
  // The key is the client's, the value is the app's own.
  tierBySession.set(req.params.id, "free");
  res.sendStatus(204);
});

app.post("/sessions/:id/chat", async (req, res) => {
  const persona = personaBySession.get(req.params.id) ?? "a concise assistant";
  const tier = tierBySession.get(req.params.id) ?? "free";

  const settings = new Map<string, string>();
  settings.set("system", req.body.instructions);
  settings.set("greeting", "Hello!");

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${persona}.` },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: settings.get("system") ?? "" },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Open with: ${settings.get("greeting")} The user is on the ${tier} plan.` },
      { role: "user", content: String(req.body.message) },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

// Values iterated out of a Map keyed by the client: the keys are the client's, the values the app's.
app.post("/sessions/:id/labels", async (req, res) => {
  const labels = new Map<string, string>();
  for (const name of req.body.names as string[]) labels.set(name, "customer");
  const roles = [...labels.values()].join(", ");
  const chosen = new Map<string, string>([["tone", req.body.tone], ["language", "English"]]);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Address everyone as a ${roles}. Answer in ${chosen.get("language")}.` },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Keep a ${chosen.get("tone")} tone.` },
      { role: "user", content: String(req.body.message) },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});
