// One helper every report goes through: a sink shared by many callers. Each caller that passes
// model-written SQL in reaches the same sink; that is one root cause, so it is one finding per
// file, at the first such call, with the other calls as related locations.
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.WAREHOUSE_URL, max: 4 });

/** Runs a report query on the warehouse and returns its rows. */
export async function runReport(sql: string): Promise<Record<string, unknown>[]> {
  const client = await pool.connect();
  try {
    await client.query("SET statement_timeout = 15000");
    const { rows } = await client.query(sql);
    return rows;
  } finally {
    client.release();
  }
}

/** Same, with the values bound as parameters: only the SQL text is a sink. */
export async function runReportWith(sql: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(sql, values);
  return rows;
}
