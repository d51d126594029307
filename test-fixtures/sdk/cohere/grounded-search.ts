// api/search.ts: grounded answers over the help center with Cohere (v1 chat for the widget, v2 for the app).
import { CohereClient, CohereClientV2 } from "cohere-ai";
import express from "express";
import { Pool } from "pg";

const app = express();
app.use(express.json());

// llmsafe-expect-clean: hardcoded-api-key, client-exposed-api-key
const cohere = new CohereClient({ token: process.env.COHERE_API_KEY });
const cohereV2 = new CohereClientV2({ token: process.env.COHERE_API_KEY });
const pool = new Pool();

const PREAMBLE = "You answer questions about the Acme help center. Cite the documents you use.";

async function helpArticles(query: string) {
  const res = await fetch(`https://help.acme.dev/api/search?q=${encodeURIComponent(query)}`);
  return (await res.json()) as { title: string; snippet: string }[];
}

app.post("/widget/ask", async (req, res) => {
  const answer = await cohere.chat({
    model: "command-r-plus",
    // llmsafe-expect: system-prompt-injection
    preamble: `${PREAMBLE} The customer's company is ${req.body.company}.`,
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    message: req.body.question,
  });
  res.json({ text: answer.text });
});

app.post("/widget/ask/v2", async (req, res) => {
  const docs = await helpArticles(req.body.question);
  const answer = await cohere.chat({
    model: "command-r-plus",
    // llmsafe-expect-clean: system-prompt-injection
    preamble: PREAMBLE,
    message: req.body.question,
    // llmsafe-expect-clean: indirect-prompt-injection
    documents: docs,
  });
  res.json({ text: answer.text });
});

app.post("/app/ask", async (req, res) => {
  const answer = await cohereV2.chat({
    model: "command-a-03-2025",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: req.body.instructions ?? PREAMBLE },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ text: answer.message.content?.[0]?.text });
});

app.post("/app/digest", async (req, res) => {
  const docs = await helpArticles(req.body.topic);
  const answer = await cohereV2.chat({
    model: "command-a-03-2025",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Answer using these notes:\n${docs.map((d) => d.snippet).join("\n")}` },
      { role: "user", content: req.body.topic },
    ],
  });
  res.json({ text: answer.message.content?.[0]?.text });
});

app.post("/app/digest/v2", async (req, res) => {
  const docs = await helpArticles(req.body.topic);
  const answer = await cohereV2.chat({
    model: "command-a-03-2025",
    // llmsafe-expect-clean: indirect-prompt-injection
    messages: [{ role: "system", content: PREAMBLE }, { role: "user", content: req.body.topic }],
    documents: docs.map((d) => ({ data: { title: d.title, snippet: d.snippet } })),
  });
  res.json({ text: answer.message.content?.[0]?.text });
});

app.post("/app/report", async (req, res) => {
  const answer = await cohereV2.chat({
    model: "command-a-03-2025",
    messages: [
      { role: "system", content: "Turn the question into a PostgreSQL WHERE clause over tickets(status, team, opened_at). Clause only." },
      { role: "user", content: req.body.question },
    ],
  });
  const where = answer.message.content?.[0]?.text ?? "false";
  // llmsafe-expect: llm-output-sql-injection
  const { rows } = await pool.query(`SELECT id, title FROM tickets WHERE ${where} LIMIT 50`);
  res.json(rows);
});

app.post("/app/report/by-team", async (req, res) => {
  const answer = await cohereV2.chat({
    model: "command-a-03-2025",
    messages: [{ role: "system", content: "Reply with the team name only." }, { role: "user", content: req.body.question }],
  });
  // llmsafe-expect-clean: llm-output-sql-injection
  const { rows } = await pool.query("SELECT id, title FROM tickets WHERE team = $1 LIMIT 50", [answer.message.content?.[0]?.text]);
  res.json(rows);
});

export default app;
