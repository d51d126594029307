// app/api/support/agent.ts: a customer-support agent (AI SDK v6, Postgres, Resend).
import { generateText, streamText, tool, ToolLoopAgent, stepCountIs } from "ai";
import { openai } from "@ai-sdk/openai";
import { Pool } from "pg";
import { Resend } from "resend";
import { z } from "zod";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const resend = new Resend(process.env.RESEND_API_KEY);
const model = openai("gpt-4.1");

// Reads any page the model names: external content, and a way out (the URL itself can carry data).
export const fetchUrl = tool({
  description: "Fetch a web page the customer linked to",
  inputSchema: z.object({ url: z.string().url() }),
  execute: async ({ url }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(url);
    return (await res.text()).slice(0, 20_000);
  },
});

// The help center's search API: a fixed host, so external content but no way out.
export const searchHelpCenter = tool({
  description: "Search the public help center",
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => {
    const res = await fetch(`https://help.example.com/api/search?q=${encodeURIComponent(query)}`);
    return res.json();
  },
});

export const lookupCustomer = tool({
  description: "Look up a customer by email: plan, invoices, address",
  inputSchema: z.object({ email: z.string().email() }),
  execute: async ({ email }) => {
    const { rows } = await pool.query("SELECT id, name, plan, address, last_invoice FROM customers WHERE email = $1", [email]);
    return rows[0] ?? null;
  },
});

const EmailInput = z.object({ to: z.string().email(), subject: z.string(), body: z.string() });

// llmsafe-expect: excessive-agency-tool
export const sendEmail = tool({
  description: "Email the customer",
  inputSchema: EmailInput,
  execute: async ({ to, subject, body }) => {
    const { data } = await resend.emails.send({ from: "Support <support@example.com>", to, subject, text: body });
    return { id: data?.id };
  },
});

export const sendEmailApproved = tool({
  description: "Email the customer (a support agent confirms each message)",
  inputSchema: EmailInput,
  needsApproval: true,
  execute: async ({ to, subject, body }) => {
    const { data } = await resend.emails.send({ from: "Support <support@example.com>", to, subject, text: body });
    return { id: data?.id };
  },
});

// Pages the on-call engineer: a fixed webhook and a fixed message, nothing the model writes.
export const notifyOnCall = tool({
  description: "Tell the on-call engineer that a ticket needs a human",
  inputSchema: z.object({}),
  execute: async () => {
    await fetch("https://hooks.example.com/services/oncall", { method: "POST", body: JSON.stringify({ text: "A support ticket needs a human." }) });
    return { paged: true };
  },
});

export async function answerTicket(ticket: string) {
  // llmsafe-expect: lethal-trifecta-agent
  const { text } = await generateText({
    model,
    system: "You are the support assistant. Use the tools to help the customer.",
    prompt: ticket,
    tools: { fetchUrl, lookupCustomer, sendEmail },
    stopWhen: stepCountIs(8),
  });
  return text;
}

const readTools = { fetchUrl, lookupCustomer };

export function streamAnswer(ticket: string) {
  // llmsafe-expect: lethal-trifecta-agent
  return streamText({ model, prompt: ticket, tools: { ...readTools, sendEmail } });
}

// llmsafe-expect: lethal-trifecta-agent
export const triageAgent = new ToolLoopAgent({
  model,
  instructions: "Triage incoming tickets.",
  tools: { searchHelpCenter, lookupCustomer, sendEmail },
});

export async function answerWithInlineTools(ticket: string) {
  // llmsafe-expect: lethal-trifecta-agent
  const { text } = await generateText({
    model,
    prompt: ticket,
    tools: {
      browse: {
        description: "Open a link",
        inputSchema: z.object({ url: z.string() }),
        // llmsafe-expect: llm-output-ssrf
        execute: async ({ url }: { url: string }) => (await fetch(url)).text(),
      },
      customer: {
        description: "Customer record",
        inputSchema: z.object({ email: z.string() }),
        execute: async ({ email }: { email: string }) => (await pool.query("SELECT * FROM customers WHERE email = $1", [email])).rows[0],
      },
    },
  });
  return text;
}

export async function answerFromHelpCenter(ticket: string) {
  // Reads external content and private data, but has no way out.
  // llmsafe-expect-clean: lethal-trifecta-agent
  const { text } = await generateText({ model, prompt: ticket, tools: { searchHelpCenter, lookupCustomer } });
  return text;
}

export async function followUp(ticket: string) {
  // Private data and a way out, but nothing it reads was written by someone else.
  // llmsafe-expect-clean: lethal-trifecta-agent
  const { text } = await generateText({ model, prompt: ticket, tools: { lookupCustomer, sendEmail } });
  return text;
}

export async function answerWithReview(ticket: string) {
  // All three legs, but a person confirms every email.
  // llmsafe-expect-clean: lethal-trifecta-agent
  const { text } = await generateText({ model, prompt: ticket, tools: { searchHelpCenter, lookupCustomer, sendEmailApproved } });
  return text;
}

export async function answerAndEscalate(ticket: string) {
  // The only outbound call goes to a fixed host with a fixed body.
  // llmsafe-expect-clean: lethal-trifecta-agent
  const { text } = await generateText({ model, prompt: ticket, tools: { searchHelpCenter, lookupCustomer, notifyOnCall } });
  return text;
}

// Split across two agents: the researcher reads and looks up, the writer only sends what a person pasted in.
// llmsafe-expect-clean: lethal-trifecta-agent
export const researcher = new ToolLoopAgent({ model, instructions: "Research the ticket.", tools: { searchHelpCenter, lookupCustomer } });
// llmsafe-expect-clean: lethal-trifecta-agent
export const writer = new ToolLoopAgent({ model, instructions: "Send the reply you are given.", tools: { sendEmail } });
