// A profile endpoint merges the client's overrides into defaults before building the assistant's
// instructions. A field the client may override is the client's; a field the app writes after
// the merge is the app's again.
import express from "express";
import OpenAI from "openai";

const app = express();
app.use(express.json());
const openai = new OpenAI();

const DEFAULT_PROFILE = { persona: "a patient tutor", language: "English", level: "beginner" };

app.post("/tutor", async (req, res) => {
  const profile = { ...DEFAULT_PROFILE, ...req.body.profile };
  const pinned = { ...req.body.profile, persona: "a patient tutor" };
  const early = { persona: "a patient tutor", ...req.body.profile };
  const safe = { ...DEFAULT_PROFILE, level: req.body.profile?.level === "advanced" ? "advanced" : "beginner" };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${profile.persona}. Teach in ${profile.language}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `You are ${pinned.persona}.` },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${early.persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `You are ${safe.persona}, teaching at ${safe.level} level.` },
      { role: "user", content: String(req.body.question) },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});

app.post("/tutor/settings", async (req, res) => {
  const settings = Object.assign({}, DEFAULT_PROFILE, req.body.settings);
  const chosen = Object.assign({}, DEFAULT_PROFILE, { level: String(req.body.level) });
  const current = { persona: "a patient tutor", language: "English" };
  Object.assign(current, req.body.overrides);
  const snapshot = structuredClone({ persona: DEFAULT_PROFILE.persona, note: String(req.body.note) });
  const copy = { ...snapshot };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${settings.persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `You are ${chosen.persona}, teaching in ${chosen.language}.` },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Teach in ${current.language}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `You are ${snapshot.persona}; you remain ${copy.persona}.` },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Remember: ${copy.note}` },
      { role: "user", content: String(req.body.question) },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
});
