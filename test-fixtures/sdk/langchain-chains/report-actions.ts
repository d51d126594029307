"use server";
// app/report-actions.ts: natural-language reports over Vercel Postgres (server actions, AI SDK).
import { sql } from "@vercel/postgres";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const SCHEMA = "sales(id serial, region text, amount numeric, placed_at date)";

export async function reportFor(question: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `You write one Postgres SELECT over ${SCHEMA}. SQL only.`,
    prompt: question,
  });
  if (!text.trim().toLowerCase().startsWith("select")) throw new Error("Only SELECT queries are allowed");
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await sql.query(text);
  return rows;
}

export async function regionTotals(region: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: "Normalise the region name the user gives. Name only.", prompt: region });
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await sql`SELECT SUM(amount) AS total FROM sales WHERE region = ${text}`;
  // llmsafe-expect-clean: llm-output-sql-injection
  const again = await sql.query("SELECT SUM(amount) AS total FROM sales WHERE region = $1", [text]);
  return { rows, again: again.rows };
}
