// bot.js: reporting bot; the model writes SQL, db.js runs it.
const OpenAI = require("openai");
const { findAccount, runQuery } = require("./db");

const openai = new OpenAI();

async function complete(system, question) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: system },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

async function answer(question) {
  const text = await complete("Write one PostgreSQL SELECT over accounts(id, name, plan, mrr). SQL only.", question);
  const sql = text.replace(/```sql|```/g, "").trim();
  // llmsafe-expect: llm-output-sql-injection
  return runQuery(sql);
}

async function accountFromQuestion(question) {
  const id = await complete("Reply with the account id the user mentions, nothing else.", question);
  // llmsafe-expect-clean: llm-output-sql-injection
  return findAccount(id.trim());
}

async function weeklyMrr() {
  // llmsafe-expect-clean: llm-output-sql-injection
  return runQuery("SELECT date_trunc('week', created_at) AS week, sum(mrr) FROM accounts GROUP BY 1 ORDER BY 1 DESC LIMIT 8");
}

module.exports = { answer, accountFromQuestion, weeklyMrr };
