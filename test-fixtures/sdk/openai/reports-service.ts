// server/reports.ts: "ask your analytics" (openai v5 Responses API + better-sqlite3) and the
// weekly digest job. Express routes are registered in server/index.ts.
import OpenAI from "openai";
import { zodTextFormat } from "openai/helpers/zod";
import Database from "better-sqlite3";
import type { Request, Response } from "express";
import { z } from "zod";

const openai = new OpenAI();
const db = new Database(process.env.ANALYTICS_DB ?? "analytics.db", { readonly: false });

const SQL_RULES = `Write one SQLite SELECT statement over:
events(id, user_id, name, created_at)
users(id, plan, country)
Output SQL only.`;

const Filter = z.object({ plan: z.enum(["free", "pro", "team"]), days: z.number().int().min(1).max(90) });
const Chart = z.object({ title: z.string(), metric: z.enum(["signups", "events"]) });

export async function askAnalytics(req: Request, res: Response) {
  const response = await openai.responses.create({
    model: "gpt-4.1",
    instructions: SQL_RULES,
    // llmsafe-expect-clean: undelimited-prompt-input
    input: req.body.question,
  });
  // llmsafe-expect: llm-output-sql-injection
  const rows = db.prepare(response.output_text).all();
  res.json({ rows });
}

export async function usersOnPlan(req: Request, res: Response) {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: 'Extract the filter as JSON: {"plan": "free"|"pro"|"team", "days": number}.',
    input: req.body.question,
  });
  // llmsafe-expect-clean: unvalidated-llm-json
  const filter = Filter.safeParse(JSON.parse(response.output_text));
  if (!filter.success) return res.status(422).json({ error: "could not understand the question" });
  // llmsafe-expect-clean: llm-output-sql-injection
  const rows = db
    .prepare("SELECT u.id FROM users u JOIN events e ON e.user_id = u.id WHERE u.plan = ? AND e.created_at > date('now', ?)")
    .all(filter.data.plan, `-${filter.data.days} days`);
  res.json({ rows });
}

export async function chartSpec(req: Request, res: Response) {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: 'Describe the chart the user wants as JSON {"title": string, "metric": "signups"|"events"}.',
    input: req.body.question,
  });
  // llmsafe-expect: unvalidated-llm-json
  const spec = JSON.parse(response.output_text);
  res.json({ title: spec.title, metric: spec.metric });
}

export async function chartSpecStructured(req: Request, res: Response) {
  const response = await openai.responses.parse({
    model: "gpt-4.1-mini",
    instructions: "Describe the chart the user wants.",
    input: req.body.question,
    text: { format: zodTextFormat(Chart, "chart") },
  });
  // llmsafe-expect-clean: unvalidated-llm-json
  res.json(response.output_parsed);
}

export async function explainForTeam(req: Request, res: Response) {
  const response = await openai.responses.create({
    model: "gpt-4.1",
    // The team lead can "customise the analyst" from the settings page.
    // llmsafe-expect: system-prompt-injection
    instructions: `You are a data analyst for the ${req.body.teamName} team. ${req.body.analystStyle}`,
    input: "Summarise this week's signups for the team.",
  });
  res.json({ summary: response.output_text });
}

export async function translateHeadline(req: Request, res: Response) {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: undelimited-prompt-input
    input: `Translate this dashboard headline into German and keep it under 40 characters: ${req.query.headline}`,
  });
  res.json({ headline: response.output_text });
}

export async function weeklyDigest() {
  // llmsafe-expect-clean: llm-output-sql-injection
  const top = db.prepare("SELECT name, count(*) AS n FROM events GROUP BY name ORDER BY n DESC LIMIT 10").all();
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
    instructions: "Write a three-sentence digest of the most common events for the product team.",
    input: JSON.stringify(top),
  });
  return response.output_text;
}
