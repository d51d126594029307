// jobs/insight-job.ts: nightly job that asks the warehouse one question per goal and stores the answer.
import pg from "pg";
import { renderInsightPrompt, writeInsightSql } from "./lib/insight-chains";

const pool = new pg.Pool({ connectionString: process.env.WAREHOUSE_URL });
const TABLES = "orders(id, region, amount, placed_at)";

export async function runGoal(goal: string) {
  const query = await writeInsightSql.invoke({ tables: TABLES, goal });
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await pool.query(query);
  const audit = await renderInsightPrompt.invoke({ tables: TABLES, goal: "nightly" });
  // llmsafe-expect-clean: llm-output-sql-injection
  await pool.query(`INSERT INTO audit_log(kind, text) VALUES ('prompt', '${audit}')`);
  // llmsafe-expect-clean: llm-output-sql-injection
  await pool.query("INSERT INTO insights(goal, sql, row_count) VALUES ($1, $2, $3)", [goal, query, rows.length]);
  return rows;
}
