// server/support.mjs: the support desk's classic LLMChain endpoints (Express, langchain 0.x style).
import express from "express";
import { LLMChain } from "langchain/chains";
import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate, PromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableSequence } from "@langchain/core/runnables";
import pg from "pg";

const app = express();
app.use(express.json());
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

const replyPrompt = ChatPromptTemplate.fromMessages([
  ["system", "You are the support agent for {brand}. Be brief and polite."],
  ["human", "{ticket}"],
]);
const replyChain = new LLMChain({ llm, prompt: replyPrompt });

const triagePrompt = PromptTemplate.fromTemplate("Classify this ticket as billing, bug or other: {ticket}");
const triageChain = new LLMChain({ llm, prompt: triagePrompt, outputKey: "label" });

app.post("/support/reply", async (req, res) => {
  const out = await replyChain.call({
    // llmsafe-expect: system-prompt-injection
    brand: req.body.brand,
    // llmsafe-expect-clean: system-prompt-injection
    ticket: req.body.ticket,
  });
  res.json({ reply: out.text });
});

app.post("/support/reply-v2", async (req, res) => {
  const variables = { brand: "Acme Cloud", ticket: req.body.ticket };
  // llmsafe-expect-clean: system-prompt-injection
  const { text } = await replyChain.invoke(variables);
  res.json({ reply: text });
});

// The LCEL rewrite: the caller's object still reaches the template's variables.
const replySequence = RunnableSequence.from([replyPrompt, llm, new StringOutputParser()]);
const BRANDS = { acme: "Acme Cloud", nimbus: "Nimbus Storage" };
// A first step that maps the request to the template's variables: `brand` comes from the table.
const brandedReply = RunnableSequence.from([
  (input) => ({ brand: BRANDS[input.brandId] ?? "Acme Cloud", ticket: input.ticket }),
  replyPrompt,
  llm,
  new StringOutputParser(),
]);

app.post("/support/reply-v3", async (req, res) => {
  const reply = await replySequence.invoke({
    // llmsafe-expect: system-prompt-injection
    brand: req.body.brand,
    ticket: req.body.ticket,
  });
  const branded = await brandedReply.invoke({
    // llmsafe-expect-clean: system-prompt-injection
    brand: req.body.brand,
    brandId: req.body.brandId,
    ticket: req.body.ticket,
  });
  res.json({ reply, branded });
});

app.post("/support/triage", async (req, res) => {
  // llmsafe-expect: undelimited-prompt-input
  const { label } = await triageChain.invoke({ ticket: req.body.ticket });
  // llmsafe-expect: llm-output-sql-injection
  await pool.query(`UPDATE tickets SET queue = '${label}' WHERE id = ${Number(req.body.id)}`);
  // llmsafe-expect-clean: llm-output-sql-injection
  await pool.query("UPDATE tickets SET queue = $1 WHERE id = $2", [label, req.body.id]);
  res.sendStatus(204);
});

app.listen(3000);
