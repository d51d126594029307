// LangGraph ReAct agents with LangChain tools.
import { ChatOpenAI } from "@langchain/openai";
import { tool } from "@langchain/core/tools";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import nodemailer from "nodemailer";
import Database from "better-sqlite3";
import { z } from "zod";

const llm = new ChatOpenAI({ model: "gpt-4.1-mini" });
const db = new Database("crm.sqlite");
const transporter = nodemailer.createTransport({ host: "smtp.example.com", port: 587 });

// llmsafe-expect: llm-output-ssrf
const browse = tool(async ({ url }) => (await fetch(url)).text(), {
  name: "browse",
  description: "Open a URL and read it",
  schema: z.object({ url: z.string() }),
});

const searchDocs = tool(async ({ query }) => {
  const res = await fetch(`https://docs.example.com/search?q=${encodeURIComponent(query)}`);
  return res.text();
}, { name: "search_docs", description: "Search the product docs", schema: z.object({ query: z.string() }) });

const accountLookup = tool(async ({ accountId }) => JSON.stringify(db.prepare("SELECT * FROM accounts WHERE id = ?").get(accountId)), {
  name: "account_lookup",
  description: "Look up an account",
  schema: z.object({ accountId: z.string() }),
});

// llmsafe-expect: excessive-agency-tool
const mailer = tool(async ({ to, text }) => {
  await transporter.sendMail({ from: "bot@example.com", to, subject: "From your assistant", text });
  return "sent";
}, { name: "send_mail", description: "Send an email", schema: z.object({ to: z.string(), text: z.string() }) });

// llmsafe-expect: lethal-trifecta-agent
export const assistant = createReactAgent({ llm, tools: [browse, accountLookup, mailer] });

// Docs search and account lookup only: nothing leaves.
// llmsafe-expect-clean: lethal-trifecta-agent
export const docsAssistant = createReactAgent({ llm, tools: [searchDocs, accountLookup] });

// A chat model bound to the same three tools: the model picks among them.
// llmsafe-expect: lethal-trifecta-agent
export const bound = llm.bindTools([searchDocs, accountLookup, mailer]);
