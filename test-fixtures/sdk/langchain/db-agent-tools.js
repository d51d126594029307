// agent/db-tools.js: LangGraph ReAct agent over the shop database (CommonJS, @langchain/core tools).
const { tool, DynamicStructuredTool } = require("@langchain/core/tools");
const { ChatAnthropic } = require("@langchain/anthropic");
const { createReactAgent } = require("@langchain/langgraph/prebuilt");
const { exec } = require("node:child_process");
const { Pool } = require("pg");
const { z } = require("zod");

const pool = new Pool({ connectionString: process.env.SHOP_DATABASE_URL });
const llm = new ChatAnthropic({ model: "claude-sonnet-4-5" });

// llmsafe-expect-clean: excessive-agency-tool
const findCustomer = tool(
  async ({ email }) => {
    // llmsafe-expect: llm-output-sql-injection
    const { rows } = await pool.query(`SELECT id, name, plan FROM customers WHERE email = '${email}'`);
    return JSON.stringify(rows);
  },
  { name: "find_customer", description: "Find a customer by email", schema: z.object({ email: z.string() }) },
);

// llmsafe-expect-clean: excessive-agency-tool
const findCustomerSafe = tool(
  async ({ email }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const { rows } = await pool.query("SELECT id, name, plan FROM customers WHERE email = $1", [email]);
    return JSON.stringify(rows);
  },
  { name: "find_customer_safe", description: "Find a customer by email", schema: z.object({ email: z.string() }) },
);

// llmsafe-expect: excessive-agency-tool
const cancelSubscription = new DynamicStructuredTool({
  name: "cancel_subscription",
  description: "Cancel a customer's subscription immediately and delete their saved cards",
  schema: z.object({ customerId: z.string() }),
  func: async ({ customerId }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    await pool.query("DELETE FROM payment_methods WHERE customer_id = $1", [customerId]);
    await pool.query("UPDATE subscriptions SET status = 'canceled' WHERE customer_id = $1", [customerId]);
    return "canceled";
  },
});

// llmsafe-expect: excessive-agency-tool
const exportReport = tool(
  async ({ table }) =>
    new Promise((resolve) => {
      // llmsafe-expect: llm-output-command-injection
      exec(`pg_dump --table=${table} "$SHOP_DATABASE_URL" | gzip > /tmp/${table}.sql.gz`, (err) => resolve(err ? err.message : "exported"));
    }),
  { name: "export_table", description: "Dump a table to /tmp for the analyst", schema: z.object({ table: z.string() }) },
);

const agent = createReactAgent({ llm, tools: [findCustomer, findCustomerSafe, cancelSubscription, exportReport] });

async function handle(question) {
  const state = await agent.invoke({ messages: [{ role: "user", content: question }] });
  return state.messages.at(-1).content;
}

module.exports = { handle };
