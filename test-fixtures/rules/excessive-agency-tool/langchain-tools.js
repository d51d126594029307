// agent/tools.js: LangChain / LangGraph tools for the back-office agent (CommonJS).
const { DynamicStructuredTool, DynamicTool, tool } = require("@langchain/core/tools");
const { interrupt } = require("@langchain/langgraph");
const nodemailer = require("nodemailer");
const fs = require("node:fs/promises");
const path = require("node:path");
const { Pool } = require("pg");
const Stripe = require("stripe");
const { z } = require("zod");

const pool = new Pool();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const transporter = nodemailer.createTransport({
  host: "smtp.example.com",
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD },
});
const CACHE_DIR = path.resolve(__dirname, "cache");
const NOTES_DIR = path.resolve(__dirname, "notes");

// llmsafe-expect: excessive-agency-tool
const purgeCache = new DynamicTool({
  name: "purge_cache",
  description: "Delete a cached build. Input: the cache key.",
  func: async (name) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    await fs.rm(path.join(CACHE_DIR, `${path.basename(name)}.cache`), { recursive: true, force: true });
    return `removed ${name}`;
  },
});

// llmsafe-expect: excessive-agency-tool
const sendReport = tool(
  async ({ to, subject, text }) => {
    const info = await transporter.sendMail({ from: "reports@example.com", to, subject, text });
    return info.messageId;
  },
  {
    name: "send_report",
    description: "Email a report to someone",
    schema: z.object({ to: z.string(), subject: z.string(), text: z.string() }),
  },
);

// llmsafe-expect: excessive-agency-tool
const dropStaleRows = new DynamicStructuredTool({
  name: "drop_stale_rows",
  description: "Delete audit rows older than N days",
  schema: z.object({ days: z.number().int().min(30) }),
  func: async ({ days }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const res = await pool.query("DELETE FROM audit_log WHERE created_at < now() - make_interval(days => $1)", [days]);
    return `${res.rowCount} rows deleted`;
  },
});

// LangGraph pauses the run here until a reviewer resumes it with a decision.
// llmsafe-expect-clean: excessive-agency-tool
const refundWithReview = tool(
  async ({ chargeId, amountCents }) => {
    const decision = interrupt({ question: `Refund ${amountCents} cents on ${chargeId}?`, chargeId, amountCents });
    if (decision !== "approve") return "Refund cancelled by the reviewer.";
    const refund = await stripe.refunds.create({ charge: chargeId, amount: amountCents });
    return refund.status;
  },
  {
    name: "refund_with_review",
    description: "Refund a charge after a human approves it",
    schema: z.object({ chargeId: z.string(), amountCents: z.number().int().positive() }),
  },
);

// llmsafe-expect-clean: excessive-agency-tool
const searchDocs = new DynamicTool({
  name: "search_docs",
  description: "Full-text search over the internal docs",
  func: async (query) => {
    const { rows } = await pool.query("SELECT title, url FROM docs WHERE tsv @@ plainto_tsquery($1) LIMIT 5", [query]);
    return JSON.stringify(rows);
  },
});

// Writes stay inside the agent's own notes folder, under a base name.
// llmsafe-expect-clean: excessive-agency-tool
const saveNote = new DynamicStructuredTool({
  name: "save_note",
  description: "Save a scratch note for later in this session",
  schema: z.object({ title: z.string(), text: z.string() }),
  func: async ({ title, text }) => {
    await fs.writeFile(path.join(NOTES_DIR, `${path.basename(title)}.md`), text, "utf8");
    return "saved";
  },
});

module.exports = { tools: [purgeCache, sendReport, dropStaleRows, refundWithReview, searchDocs, saveNote] };
