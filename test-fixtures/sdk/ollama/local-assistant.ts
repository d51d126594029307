// server/local-llm.ts: the on-prem deployment talks to a local Ollama server instead of a cloud API.
import express from "express";
import ollama, { Ollama } from "ollama";
import { exec } from "node:child_process";
import { z } from "zod";

const router = express.Router();
const gpuBox = new Ollama({ host: process.env.OLLAMA_HOST ?? "http://gpu-box.internal:11434" });

const HELPDESK_RULES = "You are the IT helpdesk assistant for Acme. Answer in short steps.";
const Tone = z.enum(["formal", "friendly", "terse"]);

router.post("/helpdesk", async (req, res) => {
  const reply = await ollama.chat({
    model: "llama3.1",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${HELPDESK_RULES}\nTeam conventions: ${req.body.conventions}` },
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ answer: reply.message.content });
});

router.post("/helpdesk/tone", async (req, res) => {
  const tone = Tone.parse(req.body.tone);
  const reply = await ollama.chat({
    model: "llama3.1",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `${HELPDESK_RULES}\nUse a ${tone} tone.` },
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ answer: reply.message.content });
});

router.post("/summarize", async (req, res) => {
  const out = await gpuBox.generate({
    model: "mistral",
    // llmsafe-expect: system-prompt-injection
    system: req.body.style,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: req.body.text,
  });
  res.json({ summary: out.response });
});

router.post("/summarize/v2", async (req, res) => {
  const out = await gpuBox.generate({
    model: "mistral",
    // llmsafe-expect-clean: system-prompt-injection
    system: "Summarize the text between <text> tags in three bullet points.",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `<text>\n${req.body.text}\n</text>`,
  });
  res.json({ summary: out.response });
});

router.post("/summarize/raw", async (req, res) => {
  const out = await ollama.generate({
    model: "mistral",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Summarize this text in three bullet points: " + req.body.text,
  });
  res.json({ summary: out.response });
});

router.post("/persona", async (req, res) => {
  // Lets a team bake its own assistant; the system text comes straight from the form.
  await ollama.create({
    model: `team-${Number(req.body.teamId)}`,
    from: "llama3.1",
    // llmsafe-expect: system-prompt-injection
    system: req.body.persona,
  });
  res.status(201).end();
});

router.post("/fix", async (req, res) => {
  const out = await ollama.generate({
    model: "qwen2.5-coder",
    system: "Reply with one shell command that fixes the problem. No prose.",
    prompt: req.body.problem,
  });
  // llmsafe-expect: llm-output-command-injection
  exec(out.response, (err, stdout) => res.json({ err: err?.message, stdout }));
});

router.post("/uptime", async (_req, res) => {
  // llmsafe-expect-clean: llm-output-command-injection
  exec("uptime", async (_err, stdout) => {
    const out = await ollama.generate({ model: "llama3.1", prompt: `Explain this uptime line to a manager: ${stdout}` });
    res.json({ text: out.response });
  });
});

export default router;
