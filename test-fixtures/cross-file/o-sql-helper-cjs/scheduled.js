// scheduled.js: nightly job; Claude proposes a data-quality query and the job runs it.
const Anthropic = require("@anthropic-ai/sdk");
const db = require("./db.js");

const anthropic = new Anthropic();

module.exports.nightlyCheck = async function nightlyCheck() {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [{ role: "user", content: "Write one SQL query that finds accounts with a negative mrr. SQL only." }],
  });
  // llmsafe-expect: llm-output-sql-injection
  const rows = await db.runQuery(msg.content[0].text);
  return rows.length;
};
