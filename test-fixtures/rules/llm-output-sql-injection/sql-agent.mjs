// warehouse/agent.mjs: questions about product events (LangChain, Agents SDK, raw REST), on MySQL and Postgres.
import { ChatAnthropic } from "@langchain/anthropic";
import { Agent, run, tool } from "@openai/agents";
import mysql from "mysql2/promise";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import { z } from "zod";

const model = new ChatAnthropic({ model: "claude-sonnet-4-5" });
const conn = await mysql.createConnection(process.env.MYSQL_URL);
const pgsql = postgres(process.env.DATABASE_URL);
const orm = drizzle(process.env.DATABASE_URL);

export async function answerFromWarehouse(question) {
  const reply = await model.invoke([
    ["system", "Translate the question into one MySQL SELECT over the `events` table. SQL only."],
    ["human", question],
  ]);
  // llmsafe-expect: llm-output-sql-injection
  const [rows] = await conn.query(reply.content);
  return rows;
}

const eventsForUser = tool({
  name: "events_for_user",
  description: "Recent events of one kind for a user",
  parameters: z.object({ userId: z.string(), kind: z.string() }),
  execute: async ({ userId, kind }) => {
    // llmsafe-expect: llm-output-sql-injection
    const [rows] = await conn.query(`SELECT * FROM events WHERE user_id = '${userId}' AND kind = '${kind}' LIMIT 50`);
    return JSON.stringify(rows);
  },
});

const eventsForUserSafe = tool({
  name: "events_for_user_safe",
  description: "Recent events of one kind for a user",
  parameters: z.object({ userId: z.string(), kind: z.string() }),
  execute: async ({ userId, kind }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const [rows] = await conn.execute("SELECT * FROM events WHERE user_id = ? AND kind = ? LIMIT 50", [userId, kind]);
    return JSON.stringify(rows);
  },
});

const invoicesFor = tool({
  name: "invoices_for",
  description: "Latest invoices of a customer",
  parameters: z.object({ customer: z.string() }),
  execute: async ({ customer }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const rows = await pgsql`SELECT id, total FROM invoices WHERE customer = ${customer} ORDER BY id DESC LIMIT 20`;
    return JSON.stringify(rows);
  },
});

const signupsSince = tool({
  name: "signups_since",
  description: "Number of signups since a date (YYYY-MM-DD)",
  parameters: z.object({ since: z.string() }),
  execute: async ({ since }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const result = await orm.execute(sql`SELECT count(*) AS n FROM users WHERE created_at >= ${since}`);
    return String(result.rows[0].n);
  },
});

export const warehouseAgent = new Agent({
  name: "Warehouse analyst",
  instructions: "Answer questions about product usage with the tools provided.",
  tools: [eventsForUser, eventsForUserSafe, invoicesFor, signupsSince],
});

export async function analyst(question) {
  const result = await run(warehouseAgent, question);
  return result.finalOutput;
}

export async function quickCount(question) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Write one MySQL COUNT query over `events`. SQL only." },
        { role: "user", content: question },
      ],
    }),
  });
  const data = await res.json();
  // llmsafe-expect: llm-output-sql-injection
  const [rows] = await conn.query(data.choices[0].message.content);
  return rows[0];
}
