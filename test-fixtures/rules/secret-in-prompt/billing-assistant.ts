// app/api/billing-assistant/route.ts: answers billing questions for signed-in customers.
import OpenAI from "openai";

const client = new OpenAI({
  // llmsafe-expect-clean: secret-in-prompt
  apiKey: process.env.OPENAI_API_KEY,
  // llmsafe-expect-clean: secret-in-prompt
  defaultHeaders: { "X-Gateway-Token": process.env.AI_GATEWAY_TOKEN ?? "" },
});

const { DATABASE_HOST, DATABASE_PASSWORD } = process.env;

export async function POST(req: Request) {
  const { question } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    // llmsafe-expect-clean: secret-in-prompt
    max_tokens: Number(process.env.MAX_OUTPUT_TOKENS ?? 500),
    messages: [
      {
        role: "system",
        // llmsafe-expect: secret-in-prompt
        content: `You are the billing assistant for ${process.env.APP_NAME}.
To look up invoices, call the Stripe API with the key ${process.env.STRIPE_SECRET_KEY}.`,
      },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function sqlHelper(req: Request) {
  const { question } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "system", content: `Write psql commands for host ${DATABASE_HOST} using password ${DATABASE_PASSWORD}.` },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function sqlHelperWithoutPassword(req: Request) {
  const { question } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect-clean: secret-in-prompt
      { role: "system", content: `Write psql commands for host ${DATABASE_HOST}. Use $PGPASSWORD for the password.` },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function paymentsStatus(req: Request) {
  const { question } = await req.json();
  const stripeStatus = process.env.STRIPE_SECRET_KEY ? "enabled" : "not configured";
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      {
        role: "system",
        // llmsafe-expect-clean: secret-in-prompt
        content: `Card payments are ${stripeStatus}. If payments fail, tell the customer to contact ${process.env.SUPPORT_EMAIL}.`,
      },
      {
        role: "system",
        // llmsafe-expect-clean: secret-in-prompt
        content: "Never ask customers for their card number. Admins rotate STRIPE_SECRET_KEY in the dashboard, not in chat.",
      },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function refundDraft(req: Request) {
  const { invoiceId } = await req.json();
  const stripeKey = process.env.STRIPE_SECRET_KEY!;
  const invoice = await fetch(`https://api.stripe.com/v1/invoices/${encodeURIComponent(invoiceId)}`, {
    // llmsafe-expect-clean: secret-in-prompt
    headers: { Authorization: `Bearer ${stripeKey}` },
  }).then((r) => r.json());

  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: "system", content: "Draft a refund confirmation email." },
  ];
  // llmsafe-expect-clean: secret-in-prompt
  messages.push({ role: "user", content: `Invoice total: ${invoice.total / 100} ${invoice.currency}` });
  // llmsafe-expect: secret-in-prompt
  messages.push({ role: "user", content: `If you need more data, the API key is ${stripeKey}` });

  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
  return Response.json({ draft: completion.choices[0].message.content });
}
