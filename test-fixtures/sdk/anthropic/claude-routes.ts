// server/claude.ts: Express routes of the helpdesk copilot (@anthropic-ai/sdk, Messages API).
import Anthropic from "@anthropic-ai/sdk";
import express from "express";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const anthropic = new Anthropic();
const router = express.Router();

const COPILOT_RULES = "You are the Acme helpdesk copilot. Be factual and cite ticket ids.";
const KB_ROOT = path.resolve(process.env.KB_ROOT ?? "./kb");
const TriageResult = z.object({ priority: z.enum(["p1", "p2", "p3"]), team: z.string().max(40) });

const readKbTool: Anthropic.Tool = {
  name: "read_kb_article",
  description: "Read a knowledge-base article by its relative path",
  input_schema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
};

router.post("/copilot", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: [
      { type: "text", text: COPILOT_RULES, cache_control: { type: "ephemeral" } },
      // Agents can pin "house notes" in the sidebar; they arrive with every request.
      // llmsafe-expect: system-prompt-injection
      { type: "text", text: `House notes from the agent: ${req.body.houseNotes}` },
    ],
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    messages: [{ role: "user", content: req.body.question }],
  });
  res.json(msg.content);
});

router.post("/summarize", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    messages: [
      // llmsafe-expect: undelimited-prompt-input
      { role: "user", content: "Summarize this ticket in three bullet points, then suggest a priority:\n\n" + req.body.ticket },
    ],
  });
  res.json(msg.content);
});

router.post("/summarize/v2", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    system: "Summarize the ticket inside <ticket> tags in three bullet points, then suggest a priority.",
    // llmsafe-expect-clean: undelimited-prompt-input
    messages: [{ role: "user", content: `<ticket>\n${req.body.ticket}\n</ticket>` }],
  });
  res.json(msg.content);
});

router.post("/triage", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    system: 'Reply with JSON only: {"priority": "p1"|"p2"|"p3", "team": string}.',
    messages: [{ role: "user", content: req.body.ticket }],
  });
  const block = msg.content[0];
  if (block.type !== "text") return res.status(502).end();
  // llmsafe-expect: unvalidated-llm-json
  const triage = JSON.parse(block.text);
  res.json({ queue: `${triage.team}-${triage.priority}` });
});

router.post("/triage/v2", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    system: 'Reply with JSON only: {"priority": "p1"|"p2"|"p3", "team": string}.',
    messages: [{ role: "user", content: req.body.ticket }],
  });
  const block = msg.content[0];
  if (block.type !== "text") return res.status(502).end();
  // llmsafe-expect-clean: unvalidated-llm-json
  const triage = TriageResult.parse(JSON.parse(block.text));
  res.json({ queue: `${triage.team}-${triage.priority}` });
});

router.post("/kb-answer", async (req, res) => {
  const messages: Anthropic.MessageParam[] = [{ role: "user", content: req.body.question }];
  const first = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools: [readKbTool], messages });

  for (const block of first.content) {
    if (block.type !== "tool_use" || block.name !== "read_kb_article") continue;
    const { file } = block.input as { file: string };
    // llmsafe-expect: llm-output-path-traversal
    const article = await readFile(path.join(KB_ROOT, file), "utf8");
    messages.push({ role: "assistant", content: first.content });
    // llmsafe-expect-clean: indirect-prompt-injection
    messages.push({ role: "user", content: [{ type: "tool_result", tool_use_id: block.id, content: article }] });
  }
  const final = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools: [readKbTool], messages });
  res.json(final.content);
});

export async function readKbArticleContained(input: unknown) {
  const { file } = input as { file: string };
  const full = path.resolve(KB_ROOT, file);
  if (!full.startsWith(KB_ROOT + path.sep)) throw new Error("outside the knowledge base");
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(full, "utf8");
}

router.post("/sql-help", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect: secret-in-prompt
    system: `You write SQL for the reporting replica. Connection: postgres://reporting:${process.env.REPORTING_DB_PASSWORD}@replica.internal/acme`,
    messages: [{ role: "user", content: req.body.question }],
  });
  res.json(msg.content);
});

router.post("/sql-help/v2", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect-clean: secret-in-prompt
    system: `You write SQL for the reporting replica at ${process.env.REPORTING_DB_HOST}. Never include credentials.`,
    messages: [{ role: "user", content: req.body.question }],
  });
  res.json(msg.content);
});

export default router;
