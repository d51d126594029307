// db.js: shared database access for the reporting bot.
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL });

async function runQuery(sql) {
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await pool.query(sql);
  return rows;
}

async function findAccount(id) {
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await pool.query("SELECT id, name, plan FROM accounts WHERE id = $1", [id]);
  return rows[0];
}

module.exports = { runQuery, findAccount };
