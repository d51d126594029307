// admin/agents.ts: workspace admins configure their team's managed Claude agent (beta Agents API).
import Anthropic from "@anthropic-ai/sdk";
import express from "express";

const anthropic = new Anthropic();
const admin = express.Router();
const BASE_SYSTEM = "You are the Acme workspace agent. Follow the workspace's data policy.";
const TEMPLATES: Record<string, string> = {
  sales: `${BASE_SYSTEM} Help with pipeline reviews.`,
  support: `${BASE_SYSTEM} Help triage tickets.`,
};

admin.post("/agents", async (req, res) => {
  const agent = await anthropic.beta.agents.create({
    name: `team-${req.body.team}`,
    model: "claude-sonnet-4-5",
    // llmsafe-expect: system-prompt-injection
    system: `${BASE_SYSTEM}\n${req.body.teamNotes}`,
  });
  res.json({ id: agent.id });
});

admin.post("/agents/from-template", async (req, res) => {
  const system = TEMPLATES[req.body.template] ?? BASE_SYSTEM;
  const agent = await anthropic.beta.agents.create({
    name: "templated",
    model: "claude-sonnet-4-5",
    // llmsafe-expect-clean: system-prompt-injection
    system,
  });
  res.json({ id: agent.id });
});

admin.patch("/agents/:id", async (req, res) => {
  const agent = await anthropic.beta.agents.update(req.params.id, {
    // llmsafe-expect: system-prompt-injection
    system: req.body.system,
  });
  res.json({ id: agent.id });
});

admin.patch("/agents/:id/name", async (req, res) => {
  // llmsafe-expect-clean: system-prompt-injection
  const agent = await anthropic.beta.agents.update(req.params.id, { name: req.body.name });
  res.json({ id: agent.id });
});

export default admin;
