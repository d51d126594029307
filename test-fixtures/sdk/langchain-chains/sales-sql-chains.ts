// scripts/sales-sql.ts: text-to-SQL over the sales warehouse with LangChain (LCEL chains, classic SQL chains).
import { ChatAnthropic } from "@langchain/anthropic";
import { createSqlQueryChain, SqlDatabaseChain } from "@langchain/classic/chains/sql_db";
import { SqlDatabase } from "@langchain/classic/sql_db";
import { QuerySqlTool } from "@langchain/classic/tools/sql";
import { PromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableLambda, RunnablePassthrough, RunnableSequence } from "@langchain/core/runnables";
import { DataSource } from "typeorm";

const datasource = new DataSource({ type: "postgres", url: process.env.SALES_DATABASE_URL });
const db = await SqlDatabase.fromDataSourceParams({ appDataSource: datasource });
const llm = new ChatAnthropic({ model: "claude-sonnet-4-5", temperature: 0 });

const WEEKLY_TOTALS = "SELECT region, SUM(amount) FROM orders WHERE placed_at > now() - interval '7 days' GROUP BY region";

// 1. The query chain's answer is the model's SQL.
const writeSql = await createSqlQueryChain({ llm, db, dialect: "postgres" });
const draft = await writeSql.invoke({ question: "Which region sold the most last week?" });
// llmsafe-expect: llm-output-sql-injection
console.log(await db.run(draft));
// llmsafe-expect-clean: llm-output-sql-injection
console.log(await db.run(WEEKLY_TOTALS));

// 2. Piping the query chain into the SQL tool runs whatever the model wrote.
const runSql = new QuerySqlTool(db);
// llmsafe-expect: llm-output-sql-injection
const answerWithRows = writeSql.pipe(runSql);
console.log(await answerWithRows.invoke({ question: "How many orders were refunded?" }));
// llmsafe-expect-clean: llm-output-sql-injection
console.log(await runSql.invoke(WEEKLY_TOTALS));

// 3. Passthrough.assign puts the model's SQL in `query`; the user's question stays the user's.
const answerPrompt = PromptTemplate.fromTemplate(`Answer the question from the SQL result.
Question: {question}
SQL: {query}
Result: {result}
Answer:`);
const explained = RunnableSequence.from([
  RunnablePassthrough.assign({ query: writeSql }).assign({
    // llmsafe-expect: llm-output-sql-injection
    result: (i: { query: string; question: string }) => runSql.invoke(i.query),
    // llmsafe-expect-clean: llm-output-sql-injection
    rowCount: (i: { query: string; question: string }) => db.run(`SELECT COUNT(*) FROM questions_log WHERE text = '${i.question}'`),
  }),
  answerPrompt,
  llm,
  new StringOutputParser(),
]);
console.log(await explained.invoke({ question: "Top three products by revenue?" }));

// 4. A hand-built generator chain: prompt, model, parser; its output is SQL.
const sqlPrompt = PromptTemplate.fromTemplate(`Schema:
{schema}

Write one Postgres query answering: {question}
SQL:`);
const generator = RunnableSequence.from([
  // llmsafe-expect-clean: llm-output-sql-injection
  RunnablePassthrough.assign({ schema: async () => db.getTableInfo() }),
  sqlPrompt,
  llm.withConfig({ stop: ["\nSQLResult:"] }),
  new StringOutputParser(),
]);
const report = RunnableSequence.from([
  RunnablePassthrough.assign({ query: generator }),
  {
    question: (input) => input.question,
    // llmsafe-expect: llm-output-sql-injection
    rows: (input) => db.run(input.query),
    // llmsafe-expect-clean: llm-output-sql-injection
    weekly: () => db.run(WEEKLY_TOTALS),
  },
  PromptTemplate.fromTemplate("Summarise {rows} for someone asking {question}."),
  llm,
]);
console.log(await report.invoke({ question: "Is the north region growing?" }));

// 5. A step after the model gets the model's text; a step before it gets the caller's input.
const firstLine = (output: string) => output.split("\n")[0];
const checked = (await createSqlQueryChain({ llm, db, dialect: "postgres" })).pipe(firstLine);
const oneLine = await checked.invoke({ question: "Average basket size in March?" });
// llmsafe-expect: llm-output-sql-injection
await db.run(oneLine);
const straightToDb = writeSql.pipe(
  // llmsafe-expect: llm-output-sql-injection
  RunnableLambda.from(async (sql: string) => db.run(sql)),
);
const beforeTheModel = RunnableSequence.from([
  // llmsafe-expect-clean: llm-output-sql-injection
  async (input: { region: string }) => ({ question: `Orders in ${input.region}?`, rows: await db.run(WEEKLY_TOTALS) }),
  writeSql,
]);
console.log(await straightToDb.invoke({ question: "Busiest weekday?" }), await beforeTheModel.invoke({ region: "north" }));

// 6. The classic chain runs the SQL its model writes on the database it is given.
const legacy = new SqlDatabaseChain({
  llm,
  // llmsafe-expect: llm-output-sql-injection
  database: db,
  topK: 5,
});
console.log(await legacy.invoke({ query: "How many customers churned?" }));
