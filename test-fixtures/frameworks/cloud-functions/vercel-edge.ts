// api/persona.ts: a Vercel Edge function (a web Request in, a Response out).
import OpenAI from "openai";

export const config = { runtime: "edge" };

const openai = new OpenAI();

export default async function persona(incoming: Request) {
  const { searchParams } = new URL(incoming.url);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Speak as ${searchParams.get("name")}.` },
      { role: "user", content: "Introduce yourself." },
    ],
  });
  return new Response(completion.choices[0].message.content);
}
