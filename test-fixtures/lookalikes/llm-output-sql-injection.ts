// lookalikes/llm-output-sql-injection.ts: model output near SQL (pg, knex, Prisma, Sequelize, SQLite).
import OpenAI from "openai";
import pg from "pg";
import knexFactory from "knex";
import { PrismaClient } from "@prisma/client";
import { Sequelize } from "sequelize";
import Database from "better-sqlite3";
import format from "pg-format";

const openai = new OpenAI();
const pool = new pg.Pool();
const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const prisma = new PrismaClient();
const sequelize = new Sequelize(process.env.DATABASE_URL!);
const sqlite = new Database("cache.db");
const SORT_COLUMNS = new Set(["created_at", "total_cents", "status"]);

async function answer(instructions: string, question: string) {
  const res = await openai.responses.create({ model: "gpt-4.1-mini", instructions, input: question });
  return res.output_text.trim();
}

// ---- look dangerous, are safe -------------------------------------------------------------

export async function sortByAllowedColumn(question: string) {
  const col = await answer("Which column should orders be sorted by? One word.", question);
  const orderBy = SORT_COLUMNS.has(col) ? col : "created_at";
  // llmsafe-expect-clean: llm-output-sql-injection
  return pool.query(`SELECT id, status FROM orders ORDER BY ${orderBy} DESC LIMIT 20`);
}

export async function knexBuilder(question: string) {
  const status = await answer("Which order status is meant? One word.", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return knex("orders").where({ status }).orderBy("created_at", "desc").limit(20);
}

export async function knexRawWithBindings(question: string) {
  const status = await answer("Which order status is meant? One word.", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return knex.raw("SELECT count(*) FROM orders WHERE status = ?", [status]);
}

export async function prismaTagged(question: string) {
  const email = await answer("Which customer email is meant?", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return prisma.$queryRaw`SELECT id FROM "Customer" WHERE email = ${email}`;
}

export async function escapedIdentifier(question: string) {
  const col = await answer("Which column should be summed?", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return pool.query(format("SELECT sum(%I) FROM orders", col));
}

export async function sqliteBound(question: string) {
  const key = await answer("Which cache key does the user mean?", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return sqlite.prepare("SELECT value FROM cache WHERE key = ?").get(key);
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function nestedTemplate(question: string) {
  const filter = await answer("Write a SQL boolean expression over orders(status, total_cents).", question);
  // llmsafe-expect: llm-output-sql-injection
  return pool.query(`SELECT id FROM orders ${`WHERE ${filter}`} LIMIT 50`);
}

export async function joinedColumns(question: string) {
  const cols = (await answer("List the columns to show, comma separated.", question)).split(",");
  const select = cols.map((c) => c.trim()).join(", ");
  // llmsafe-expect: llm-output-sql-injection
  return pool.query("SELECT " + select + " FROM orders LIMIT 50");
}

export async function knexRawTrimmed(question: string) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Write one PostgreSQL SELECT. SQL only." },
      { role: "user", content: question },
    ],
  });
  const sql = res.choices[0]?.message?.content?.toString().trim();
  // llmsafe-expect: llm-output-sql-injection
  return knex.raw(sql ?? "SELECT 1");
}

export async function prismaUnsafeDefault(question: string) {
  const stmt = (await answer("Write one UPDATE statement for the request.", question)) || null;
  // llmsafe-expect: llm-output-sql-injection
  return prisma.$executeRawUnsafe(stmt ?? "SELECT 1");
}

export async function sequelizeStringified(question: string) {
  const res = await openai.responses.create({ model: "gpt-4.1", instructions: "Write one MySQL SELECT.", input: question });
  // llmsafe-expect: llm-output-sql-injection
  return sequelize.query(String(res.output_text));
}

export function viaThen(question: string) {
  return (
    answer("Write one SQLite statement that answers the question.", question)
      // llmsafe-expect: llm-output-sql-injection
      .then((statement) => sqlite.exec(statement))
  );
}
