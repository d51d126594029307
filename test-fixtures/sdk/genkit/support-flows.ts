// src/flows.ts: the support flows on Genkit (Gemini through the googleAI plugin).
import { googleAI } from "@genkit-ai/google-genai";
import { genkit, z } from "genkit";
import express from "express";
import { rm } from "node:fs/promises";

const ai = genkit({ plugins: [googleAI()], model: googleAI.model("gemini-2.5-flash") });
const app = express();
app.use(express.json());

const AGENT_RULES = "You are Acme's returns assistant. Only discuss orders of the signed-in customer.";
const Triage = z.object({ queue: z.enum(["returns", "billing", "other"]), summary: z.string() });

// llmsafe-expect: excessive-agency-tool
const clearCache = ai.defineTool(
  { name: "clearCache", description: "Delete a cached export by name", inputSchema: z.object({ name: z.string() }) },
  // llmsafe-expect: llm-output-path-traversal
  async (input) => rm(`/var/cache/exports/${input.name}`, { force: true }),
);

app.post("/returns", async (req, res) => {
  const { text } = await ai.generate({
    // llmsafe-expect: system-prompt-injection
    system: `${AGENT_RULES}\nStore policy override: ${req.body.policy}`,
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    prompt: req.body.question,
  });
  res.json({ text });
});

app.post("/returns/v2", async (req, res) => {
  const { text } = await ai.generate({
    // llmsafe-expect-clean: system-prompt-injection
    system: AGENT_RULES,
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: [{ text: req.body.question }] },
    ],
  });
  res.json({ text });
});

app.post("/returns/history", async (req, res) => {
  const { text } = await ai.generate({
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: [{ text: req.body.systemNote }] },
      { role: "user", content: [{ text: req.body.question }] },
    ],
  });
  res.json({ text });
});

app.post("/triage", async (req, res) => {
  const { output } = await ai.generate({
    system: "Sort the message into a queue and summarise it in one line.",
    prompt: req.body.message,
    output: { schema: Triage },
  });
  // llmsafe-expect-clean: llm-output-path-traversal
  await rm(`/var/spool/${output?.queue}/lock`, { force: true });
  // llmsafe-expect: llm-output-path-traversal
  await rm(`/var/spool/drafts/${output?.summary}`, { force: true });
  res.json(output);
});

app.post("/admin/cache", async (req, res) => {
  const { text } = await ai.generate({ prompt: req.body.request, tools: [clearCache] });
  res.json({ text });
});

export default app;
