// Natural-language analytics: the model writes SQL, and every report function hands it to the
// one warehouse helper. Reported once (at the first call that is not suppressed), not per call.
import OpenAI from "openai";
import { runReport, runReportWith } from "./lib/warehouse";

const openai = new OpenAI();

async function writeSql(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Translate the analyst's question into one PostgreSQL SELECT statement. Reply with SQL only." },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0]?.message.content?.trim() ?? "";
}

export async function churnByPlan(question: string) {
  const sql = await writeSql(question);
  // A suppression hides this call only: the calls below are still reported, grouped without it.
  // llmsafe-disable-next-line llm-output-sql-injection -- runs on the read replica under a read-only role
  return runReport(sql);
}

export async function weeklyRevenue(question: string) {
  const sql = await writeSql(`${question} (group by ISO week)`);
  // llmsafe-expect: llm-output-sql-injection
  return runReport(sql);
}

export async function topCustomers(question: string, limit = 20) {
  const sql = await writeSql(`${question}. Return at most ${limit} rows.`);
  // llmsafe-expect-also: llm-output-sql-injection
  const rows = await runReport(sql);
  return rows.slice(0, limit);
}

export async function cohortRetention(question: string) {
  // llmsafe-expect-also: llm-output-sql-injection
  return runReport(await writeSql(question));
}

export async function tableNames() {
  // llmsafe-expect-clean: llm-output-sql-injection
  return runReport("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
}

export async function ordersSince(question: string, since: string) {
  // The model's text is a bound value here, not SQL: the helper's sink is the first argument only.
  const note = await writeSql(question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return runReportWith("SELECT * FROM orders WHERE created_at > $1 AND note = $2", [since, note]);
}
