// server.js: the store assistant API (Express, CommonJS).
const express = require("express");
const OpenAI = require("openai");
const { systemFor, TONES } = require("./lib/prompts");
const prompts = require("./lib/prompts.js");

const app = express();
app.use(express.json());
const openai = new OpenAI();

app.post("/chat", async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: systemFor(req.body.tone) },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: req.body.message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post("/chat/checked", async (req, res) => {
  const { tone, message } = req.body;
  if (!TONES.includes(tone)) {
    return res.status(400).json({ error: "unknown tone" });
  }
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: systemFor(tone) },
      { role: "user", content: message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

app.post("/chat/notice", async (req, res) => {
  const system = prompts.withStoreNotice(
    // llmsafe-expect-clean: system-prompt-injection
    prompts.systemFor("friendly"),
    // llmsafe-expect: system-prompt-injection
    req.query.notice,
  );
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: system,
    input: req.body.message,
  });
  res.json({ reply: response.output_text });
});

app.get("/chat/default", async (req, res) => {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: prompts.BASE,
    input: String(req.query.q ?? ""),
  });
  res.json({ reply: response.output_text });
});

app.listen(3010);
