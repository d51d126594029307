// app/api/support/tools.ts: customer-support agent (AI SDK v6 tools, Stripe, Resend, Postgres).
import { generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { Pool } from "pg";
import { Resend } from "resend";
import Stripe from "stripe";
import { z } from "zod";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);
const pool = new Pool();

const RefundInput = z.object({
  paymentIntentId: z.string(),
  amountCents: z.number().int().positive(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]),
});
const EmailInput = z.object({ to: z.string().email(), subject: z.string(), body: z.string() });

// llmsafe-expect: excessive-agency-tool
export const refundOrder = tool({
  description: "Refund part or all of a customer's payment",
  inputSchema: RefundInput,
  execute: async ({ paymentIntentId, amountCents, reason }) => {
    const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, amount: amountCents, reason });
    return { refundId: refund.id, status: refund.status };
  },
});

// llmsafe-expect-clean: excessive-agency-tool
export const refundOrderApproved = tool({
  description: "Refund part or all of a customer's payment",
  inputSchema: RefundInput,
  needsApproval: true,
  execute: async ({ paymentIntentId, amountCents, reason }) => {
    const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, amount: amountCents, reason });
    return { refundId: refund.id, status: refund.status };
  },
});

// Small refunds go through; anything above 50.00 waits for a human.
// llmsafe-expect-clean: excessive-agency-tool
export const refundOrderTiered = tool({
  description: "Refund part or all of a customer's payment",
  inputSchema: RefundInput,
  needsApproval: async ({ amountCents }) => amountCents > 5_000,
  execute: async ({ paymentIntentId, amountCents, reason }) => {
    const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, amount: amountCents, reason });
    return { refundId: refund.id, status: refund.status };
  },
});

// The property is there, but it says no.
// llmsafe-expect: excessive-agency-tool
export const refundOrderNoGate = tool({
  description: "Refund part or all of a customer's payment",
  inputSchema: RefundInput,
  needsApproval: false,
  execute: async ({ paymentIntentId, amountCents, reason }) => {
    const refund = await stripe.refunds.create({ payment_intent: paymentIntentId, amount: amountCents, reason });
    return { refundId: refund.id, status: refund.status };
  },
});

// llmsafe-expect: excessive-agency-tool
export const emailCustomer = tool({
  description: "Send an email to the customer",
  inputSchema: EmailInput,
  execute: async ({ to, subject, body }) => {
    const { data, error } = await resend.emails.send({ from: "Support <support@example.com>", to, subject, text: body });
    return error ? { error: error.message } : { id: data?.id };
  },
});

// llmsafe-expect-clean: excessive-agency-tool
export const draftEmail = tool({
  description: "Draft an email; a human agent reviews and sends it from the helpdesk",
  inputSchema: EmailInput,
  execute: async ({ to, subject, body }) => ({ draft: { to, subject, body }, sent: false }),
});

// llmsafe-expect-clean: excessive-agency-tool
export const lookupOrder = tool({
  description: "Look up an order by id",
  inputSchema: z.object({ orderId: z.string() }),
  execute: async ({ orderId }) => {
    const { rows } = await pool.query("SELECT id, status, total_cents FROM orders WHERE id = $1", [orderId]);
    return rows[0] ?? null;
  },
});

// llmsafe-expect: excessive-agency-tool
export const closeAccount = tool({
  description: "Delete the customer's account and sign them out everywhere",
  inputSchema: z.object({ userId: z.string() }),
  execute: async ({ userId }) => {
    await pool.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
    await pool.query("DELETE FROM users WHERE id = $1", [userId]);
    return { deleted: true };
  },
});

export async function supportReply(conversation: { role: "user" | "assistant"; content: string }[]) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: "You are a support agent for Acme. Be concise.",
    messages: conversation,
    tools: { refundOrder, refundOrderApproved, refundOrderTiered, refundOrderNoGate, emailCustomer, draftEmail, lookupOrder, closeAccount },
    stopWhen: stepCountIs(6),
  });
  return text;
}
