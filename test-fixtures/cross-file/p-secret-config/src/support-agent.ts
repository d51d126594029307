// src/support-agent.ts: the billing support agent (OpenAI Agents SDK).
import { Agent, run } from "@openai/agents";
import { config, stripeSecret } from "./config";
import { withContactFooter } from "./prompt-parts";

const BASE = `You are the billing assistant of ${config.appName}.`;

export const billingAgent = new Agent({
  name: "Billing",
  // llmsafe-expect-clean: secret-in-prompt
  instructions: withContactFooter(BASE, config.supportEmail),
});

export const debugAgent = new Agent({
  name: "Billing (debug)",
  instructions: withContactFooter(
    // llmsafe-expect: secret-in-prompt
    `${BASE} Stripe secret key for lookups: ${config.stripe.secretKey}`,
    config.supportEmail,
  ),
});

export const dbAgent = new Agent({
  name: "Reports",
  // llmsafe-expect: secret-in-prompt
  instructions: `Write SQL for ${config.db.host}. Connect with password ${config.db.password}.`,
});

export const reportsAgent = new Agent({
  name: "Reports (safe)",
  // llmsafe-expect-clean: secret-in-prompt
  instructions: `Write SQL for ${config.db.host}. The connection is configured for you.`,
});

export async function checkoutHelp(question: string) {
  const agent = new Agent({
    name: "Checkout",
    // llmsafe-expect-clean: secret-in-prompt
    instructions: `${BASE} Show the pricing table ${config.stripe.pricingTableId} when asked about plans.`,
  });
  return (await run(agent, question)).finalOutput;
}

export async function refundHelp(question: string) {
  const agent = new Agent({
    name: "Refunds",
    // llmsafe-expect: secret-in-prompt
    instructions: `${BASE} Use key ${stripeSecret()} to look up charges.`,
  });
  return (await run(agent, question)).finalOutput;
}
