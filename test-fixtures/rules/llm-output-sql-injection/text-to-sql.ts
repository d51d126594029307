// app/api/ask-data/service.ts: "ask your data". The model writes SQL for questions about orders.
import OpenAI from "openai";
import { GoogleGenAI } from "@google/genai";
import pg from "pg";
import { QueryTypes, Sequelize } from "sequelize";
import { z } from "zod";

const openai = new OpenAI();
const genai = new GoogleGenAI({});
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.ANALYTICS_DATABASE_URL!);

const SCHEMA = `orders(id, customer_id, total_cents, status, created_at)
customers(id, email, country)`;

const WRITE_SQL = `Write one PostgreSQL SELECT statement that answers the question.
Tables:
${SCHEMA}
Output SQL only.`;

const SORTABLE = { newest: "created_at DESC", biggest: "total_cents DESC", oldest: "created_at ASC" } as const;

const Filters = z.object({ status: z.enum(["open", "paid", "refunded"]), country: z.string().length(2) });

function stripFences(text: string) {
  return text.replace(/^```(?:sql)?\s*|\s*```$/g, "").trim();
}

async function runReadOnly(text: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY");
    // llmsafe-expect-clean: llm-output-sql-injection
    const result = await client.query(text);
    await client.query("COMMIT");
    return result.rows;
  } finally {
    client.release();
  }
}

export async function ask(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: WRITE_SQL },
      { role: "user", content: question },
    ],
  });
  const sql = completion.choices[0].message.content ?? "";
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await pool.query(sql);
  return rows;
}

export async function askReadOnly(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: WRITE_SQL },
      { role: "user", content: question },
    ],
  });
  // llmsafe-expect: llm-output-sql-injection
  return runReadOnly(stripFences(completion.choices[0].message.content ?? ""));
}

export async function ordersMatching(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: 'Extract filters as JSON: {"status": "open"|"paid"|"refunded", "country": ISO code}.' },
      { role: "user", content: question },
    ],
  });
  // llmsafe-expect-clean: unvalidated-llm-json
  const { status, country } = Filters.parse(JSON.parse(completion.choices[0].message.content ?? "{}"));
  const { rows } = await pool.query(
    // llmsafe-expect-clean: llm-output-sql-injection
    "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = $1 AND c.country = $2",
    [status, country],
  );
  return rows;
}

export async function recentOrders(customerId: number, question: string) {
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Answer newest, biggest or oldest: how should the orders be sorted?",
    input: question,
  });
  const orderBy = SORTABLE[res.output_text.trim() as keyof typeof SORTABLE] ?? SORTABLE.newest;
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await pool.query(`SELECT * FROM orders WHERE customer_id = $1 ORDER BY ${orderBy} LIMIT 20`, [customerId]);
  return rows;
}

export async function orderByStatus(question: string) {
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Which order status is the user asking about? One word.",
    input: question,
  });
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await pool.query({ text: "SELECT count(*) FROM orders WHERE status = $1", values: [res.output_text.trim()] });
  return rows[0];
}

export async function cohortReport(question: string) {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-pro",
    contents: question,
    config: { systemInstruction: `Write one MySQL SELECT over these tables:\n${SCHEMA}` },
  });
  // llmsafe-expect: llm-output-sql-injection
  return sequelize.query(response.text ?? "", { type: QueryTypes.SELECT });
}

export async function customersInCountry(question: string) {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: question,
    config: { systemInstruction: "Reply with the two-letter country code the user means." },
  });
  // llmsafe-expect-clean: llm-output-sql-injection
  return sequelize.query("SELECT id, email FROM customers WHERE country = :country", {
    replacements: { country: (response.text ?? "").trim() },
    type: QueryTypes.SELECT,
  });
}
