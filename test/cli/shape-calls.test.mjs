// LLM calls recognised by their request's shape (issue 10), as a user of the CLI sees them: the
// findings say medium confidence in JSON and SARIF, a known SDK's stay high, and the understood
// line counts the calls under `by shape`; look-alikes give neither findings nor calls.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { llmsafe, project } from "./helpers.mjs";

const APP = {
  "server.ts": `import express from "express";
import OpenAI from "openai";
import { AcmeClient } from "@acme/llm";

const app = express();
const openai = new OpenAI();
const acme = new AcmeClient();

app.post("/acme", async (req, res) => {
  const r = await acme.complete({
    model: "acme-large-2",
    system: \`You are a support bot. Use the tone \${req.body.tone}.\`,
    prompt: req.body.question,
  });
  res.json(r);
});

app.post("/openai", async (req, res) => {
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: \`You are a support bot. Use the tone \${req.body.tone}.\` }],
  });
  res.json(r);
});
`,
};

const LOOK_ALIKES = {
  "events.ts": `import express from "express";
import { logger } from "@acme/observability";
import { analytics } from "@acme/analytics";

const app = express();
app.post("/event", async (req, res) => {
  logger.info({ system: "boot", message: req.body.question });
  const e = await analytics.record({ model: "pixel-8", system: "android", input: req.body.question });
  const q = await fetch("https://quotes.example.com/api/quote", { method: "POST", body: JSON.stringify({ model: req.body.car, input: req.body.vin }) });
  res.json({ e, q: await q.json() });
});
`,
};

describe("LLM calls recognised by shape", () => {
  test("json: the shape call's finding is medium confidence, the known SDK's high", () => {
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: project(APP) }).stdout);
    const found = results.flatMap((r) => r.messages).map((m) => [m.line, m.ruleId, m.confidence]);
    assert.deepEqual(found, [[12, "system-prompt-injection", "medium"], [21, "system-prompt-injection", "high"]]);
  });

  test("sarif: the confidence is in each result's properties", () => {
    const run = JSON.parse(llmsafe([".", "-f", "sarif"], { cwd: project(APP) }).stdout).runs[0];
    assert.deepEqual(run.results.map((r) => [r.locations[0].physicalLocation.region.startLine, r.properties.confidence]), [[12, "medium"], [21, "high"]]);
  });

  test("stylish: the understood line counts them under `by shape`", () => {
    const r = llmsafe(["."], { cwd: project(APP) });
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trimEnd().split("\n").pop(), "understood: 2 LLM calls (by shape 1, openai 1), 0 tools, 2 request handlers");
  });

  test("look-alikes: a log line, product data with a model field, a JSON API: no finding and no LLM call", () => {
    const r = llmsafe(["."], { cwd: project(LOOK_ALIKES) });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout.trimEnd().split("\n").pop(), "understood: 0 LLM calls, 0 tools, 1 request handler");
  });
});
