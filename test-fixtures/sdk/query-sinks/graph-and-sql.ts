// lib/nl-query.ts: "ask your data" answers questions over Postgres (Vercel), Neo4j and MongoDB.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { sql } from "@vercel/postgres";
import neo4j from "neo4j-driver";
import { MongoClient } from "mongodb";
import { SqlDatabase } from "langchain/sql_db";
import { DataSource } from "typeorm";

const driver = neo4j.driver(process.env.NEO4J_URL!, neo4j.auth.basic("reader", process.env.NEO4J_PASSWORD!));
const mongo = new MongoClient(process.env.MONGO_URL!);

async function ask(system: string, question: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system, prompt: question });
  return text;
}

export async function postgresAnswer(question: string) {
  const query = await ask("Write one PostgreSQL SELECT over orders(id, total, placed_at). SQL only.", question);
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await sql.query(query);
  return rows;
}

export async function postgresByStatus(question: string) {
  const status = await ask("Reply with one order status word.", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await sql.query("SELECT id FROM orders WHERE status = $1", [status]);
  return rows;
}

export async function graphAnswer(question: string) {
  const cypher = await ask("Write one read-only Cypher query over (:Person)-[:WORKS_AT]->(:Company).", question);
  const session = driver.session();
  // llmsafe-expect: llm-output-sql-injection
  const result = await session.run(cypher);
  await session.close();
  return result.records;
}

export async function graphByName(question: string) {
  const name = await ask("Reply with the company name only.", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  const { records } = await driver.executeQuery("MATCH (c:Company {name: $name}) RETURN c", { name });
  return records;
}

export async function mongoAnswer(question: string) {
  const predicate = await ask("Write a JavaScript predicate over `this` for the products collection.", question);
  const products = mongo.db("shop").collection("products");
  // llmsafe-expect: llm-output-code-execution
  return products.find({ $where: predicate }).toArray();
}

export async function mongoByColor(question: string) {
  const color = await ask("Reply with one color word.", question);
  const products = mongo.db("shop").collection("products");
  // llmsafe-expect-clean: llm-output-code-execution
  return products.find({ color }).toArray();
}

export async function sqlAgentStep(question: string) {
  const db = await SqlDatabase.fromDataSourceParams({ appDataSource: new DataSource({ type: "postgres", url: process.env.DATABASE_URL }) });
  const query = await ask(`Write one SQLite query. Tables:\n${await db.getTableInfo()}`, question);
  // llmsafe-expect: llm-output-sql-injection
  return db.run(query);
}
