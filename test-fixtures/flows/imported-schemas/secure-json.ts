// lib/plan.ts: the model's plan parsed with secure-json-parse, whose safeParse returns the parsed
// value itself (or null), not a { success, data } envelope.
import sjson from "secure-json-parse";
import OpenAI from "openai";
import { exec } from "node:child_process";

const client = new OpenAI();

export async function runPlan(goal: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: goal }] });
  const plan = sjson.safeParse(r.choices[0].message.content ?? "");
  if (!plan) return;
  // llmsafe-expect: llm-output-command-injection
  exec(plan.command);
}
