// app/api/support/route.ts: the same instructions, kept on the server where they belong.
import OpenAI from "openai";

const openai = new OpenAI();
const ESCALATION_RULES = `You are Nova, Acme's support agent. Never promise refunds over $50.
If the customer mentions a chargeback, answer only with the escalation link.`;

export async function POST(req: Request) {
  const { question } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-in-client-bundle
      { role: "system", content: ESCALATION_RULES },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}
