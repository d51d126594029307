import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-sql-injection",
  sink: "sql",
  meta: {
    description: "Report model-controlled data that becomes SQL text (query(text), knex.raw, $queryRawUnsafe, sequelize.query, db.prepare, db.exec)",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM10"], owaspAgentic: ["ASI02"], cwe: ["CWE-89"], atlas: [],
    why: "Text-to-SQL and tool arguments are written by the model; an injected instruction turns them into `DROP TABLE` or a query that dumps other users' rows.",
  },
  consequence: "an injected instruction can rewrite the query. Keep the SQL text constant and pass values as parameters ($1, ?), or run generated queries on a read-only connection with an allow-list of tables.",
});
