// An Express service on an in-house LLM SDK (`@acme/llm`) that llmsafe has no model for: its
// calls are recognised by the shape of their request (a model name, instructions, a prompt).
import express from "express";
import { AcmeClient } from "@acme/llm";
import { logger } from "@acme/observability";
import { analytics } from "@acme/analytics";

const app = express();
app.use(express.json());
const llm = new AcmeClient({ apiKey: process.env.ACME_LLM_KEY });

// A prompt configuration kept for later: no model and no call, so nothing is sent anywhere.
const DRAFT_DEFAULTS = { system: "You are the Acme drafting assistant. Be brief.", prompt: "" };

app.post("/support/reply", async (req, res) => {
  const answer = await llm.complete({
    model: "acme-large-2",
    // llmsafe-expect: system-prompt-injection
    system: `You are Acme's support assistant. Answer in the tone of ${req.body.tone}.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: req.body.question }],
    temperature: 0.2,
  });
  // llmsafe-expect: llm-output-code-execution
  const widget = eval(answer.text);
  res.json({ answer: answer.text, widget });
});

app.post("/support/summary", async (req, res) => {
  // One argument object with a prompt string instead of messages (`systemPrompt` + `prompt`).
  const summary = await llm.generate({
    model: process.env.ACME_MODEL,
    // llmsafe-expect: system-prompt-injection
    systemPrompt: DRAFT_DEFAULTS.system + " Write for " + req.body.audience,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: req.body.ticket,
  });
  res.json({ summary });
});

app.post("/support/log", async (req, res) => {
  // A log line that labels its subsystem `system` and carries the user's message: no model, no LLM call.
  // llmsafe-expect-clean: system-prompt-injection
  logger.info({ system: "boot", message: req.body.question });
  // An event with a device model and one-word fields: product data, not instructions.
  const event = await analytics.record({ model: "pixel-8", system: "android", input: req.body.question });
  const banner = document.createElement("div");
  // llmsafe-expect-clean: llm-output-xss
  banner.innerHTML = event.label;
  res.json({ ok: true, draft: DRAFT_DEFAULTS.prompt });
});

export default app;
