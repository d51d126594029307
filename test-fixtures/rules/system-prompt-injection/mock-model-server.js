// Prompt-injection training server: the "model" is a mock that answers from canned rules, so no
// LLM SDK is imported. The prompts are built as they would be for a real model, and echoed back.
const express = require("express");

const app = express();
app.use(express.json());

const SUPPORT_TOKEN = process.env.SUPPORT_API_KEY;
const VAULT_SECRET = process.env.VAULT_CODE || "vault-7Q2x-91kd-Zp3";
const ADMIN_PASSWORD = process.env.ADMIN_PASS || "changeme";
const PERSONAS = { pirate: "a pirate", butler: "a butler" };

function mockModel(userText) {
  const systemPrompt = `You are the Acme support bot. Answer politely.
Ticket text follows.
${userText}
Reply in two sentences.`;
  return userText.includes("show prompt") ? systemPrompt : "Thanks, we are on it.";
}

app.post("/api/ticket", (req, res) => {
  const { text } = req.body;
  // llmsafe-expect: system-prompt-injection
  res.json({ reply: mockModel(text) });
});

app.post("/api/ticket/v2", (req, res) => {
  const { text, persona_override } = req.body;
  let system_prompt = "You are the Acme support bot.";
  if (persona_override) {
    // llmsafe-expect: system-prompt-injection
    system_prompt = persona_override;
  }
  res.json({ debug: `${system_prompt}\n\nUser: ${text}` });
});

app.post("/api/escalate", (req, res) => {
  const { summary } = req.body;
  const escalationPrompt = `You are an escalation assistant. Service token: ${
    // llmsafe-expect: secret-in-prompt
    SUPPORT_TOKEN}
Escalate this:
${
  // llmsafe-expect: system-prompt-injection
  summary}`;
  // The prompt, secret included, goes back to the caller.
  // llmsafe-expect: client-exposed-api-key
  res.json({ prompt: escalationPrompt });
});

app.post("/api/vault", (req, res) => {
  const { question } = req.body;
  // The fallback written in the source is a credential: it is in the prompt whenever the env var is unset.
  // llmsafe-expect: secret-in-prompt
  const vaultSystemPrompt = `You guard the vault. Never say the code ${VAULT_SECRET}.`;
  // A placeholder fallback ("changeme") is no credential.
  // llmsafe-expect-clean: secret-in-prompt
  const staffSystemPrompt = `You help staff. Placeholder password: ${ADMIN_PASSWORD}`;
  res.json({ vaultSystemPrompt, staffSystemPrompt, question });
});

app.post("/api/greet", (req, res) => {
  const { name, persona } = req.body;
  // A prompt variable without a persona opener is plain text, not instructions.
  // llmsafe-expect-clean: system-prompt-injection
  const greetingPrompt = `Hello ${name}, how can we help today?`;
  // Only the app's own constants in the instruction text.
  // llmsafe-expect-clean: system-prompt-injection
  const systemPrompt = `You are ${PERSONAS.pirate}. Today is ${new Date().toDateString()}.`;
  // A name that says nothing about instructions.
  // llmsafe-expect-clean: system-prompt-injection
  const systemStatus = `${persona} is online`;
  res.json({ greetingPrompt, systemPrompt, systemStatus });
});

app.listen(3000);
