// services/assistant.js: the first version of the assistant, still on openai v3 (CommonJS).
const { Configuration, OpenAIApi } = require("openai");
const express = require("express");
const { execFile } = require("node:child_process");

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
const app = express();
app.use(express.json());

const RULES = "You are the Acme release assistant. Answer questions about release notes.";

app.post("/ask", async (req, res) => {
  const completion = await openai.createChatCompletion({
    model: "gpt-3.5-turbo",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: RULES + " Audience: " + req.body.audience },
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ text: completion.data.choices[0].message.content });
});

app.post("/ask/v2", async (req, res) => {
  const completion = await openai.createChatCompletion({
    model: "gpt-3.5-turbo",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: RULES },
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ text: completion.data.choices[0].message.content });
});

app.post("/notes", async (req, res) => {
  const completion = await openai.createCompletion({
    model: "text-davinci-003",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Write release notes for these commits:\n" + req.body.commits,
    max_tokens: 400,
  });
  res.json({ text: completion.data.choices[0].text });
});

app.post("/tag", async (req, res) => {
  const completion = await openai.createCompletion({
    model: "text-davinci-003",
    prompt: `Suggest a semver tag for:\n"""\n${req.body.summary}\n"""`,
  });
  const tag = completion.data.choices[0].text.trim();
  // llmsafe-expect-clean: llm-output-command-injection
  execFile("git", ["tag", tag], () => res.json({ tag }));
});

app.post("/tag/shell", async (req, res) => {
  const completion = await openai.createCompletion({ model: "text-davinci-003", prompt: `Suggest a semver tag for:\n"""\n${req.body.summary}\n"""` });
  const tag = completion.data.choices[0].text.trim();
  // llmsafe-expect: llm-output-command-injection
  execFile("sh", ["-c", `git tag ${tag}`], () => res.json({ tag }));
});

module.exports = app;
