// agents/ops.mjs: release and billing agent on the OpenAI Agents SDK.
import { Agent, run, tool } from "@openai/agents";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import Stripe from "stripe";
import { z } from "zod";

const sh = promisify(exec);
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// A fixed command, so no injection, but it still ships to production on the model's say-so.
// llmsafe-expect: excessive-agency-tool
const deployProduction = tool({
  name: "deploy_production",
  description: "Deploy the main branch to production",
  parameters: z.object({}),
  execute: async () => {
    // llmsafe-expect-clean: llm-output-command-injection
    const { stdout } = await sh("npm run deploy -- --env=production");
    return stdout;
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const deployProductionGated = tool({
  name: "deploy_production_gated",
  description: "Deploy the main branch to production",
  parameters: z.object({}),
  needsApproval: true,
  execute: async () => {
    const { stdout } = await sh("npm run deploy -- --env=production");
    return stdout;
  },
});

// llmsafe-expect: excessive-agency-tool
const chargeCustomer = tool({
  name: "charge_customer",
  description: "Charge a customer's saved card",
  parameters: z.object({ customerId: z.string(), amountCents: z.number().int().positive(), currency: z.string().default("usd") }),
  execute: async ({ customerId, amountCents, currency }) => {
    const intent = await stripe.paymentIntents.create({
      customer: customerId,
      amount: amountCents,
      currency,
      confirm: true,
      off_session: true,
    });
    return intent.status;
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const chargeCustomerGated = tool({
  name: "charge_customer_gated",
  description: "Charge a customer's saved card",
  parameters: z.object({ customerId: z.string(), amountCents: z.number().int().positive(), currency: z.string().default("usd") }),
  needsApproval: true,
  execute: async ({ customerId, amountCents, currency }) => {
    const intent = await stripe.paymentIntents.create({
      customer: customerId,
      amount: amountCents,
      currency,
      confirm: true,
      off_session: true,
    });
    return intent.status;
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const listInvoices = tool({
  name: "list_invoices",
  description: "List a customer's recent invoices",
  parameters: z.object({ customerId: z.string() }),
  execute: async ({ customerId }) => {
    const invoices = await stripe.invoices.list({ customer: customerId, limit: 10 });
    return invoices.data.map((i) => ({ id: i.id, total: i.total, status: i.status }));
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const getWeather = tool({
  name: "get_weather",
  description: "Weather at the data centre, for maintenance windows",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    const res = await fetch(`https://wttr.in/${encodeURIComponent(city)}?format=j1`);
    return res.text();
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const deployStatus = tool({
  name: "deploy_status",
  description: "Show the status of the last deployment",
  parameters: z.object({}),
  execute: async () => {
    const res = await fetch("https://deploy.example.com/api/status");
    return res.json();
  },
});

export const opsAgent = new Agent({
  name: "Ops",
  instructions: "Help the team ship releases and answer billing questions.",
  tools: [deployProduction, deployProductionGated, chargeCustomer, chargeCustomerGated, listInvoices, getWeather, deployStatus],
});

export async function handle(request) {
  const result = await run(opsAgent, request);
  return result.finalOutput;
}
