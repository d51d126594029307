// api/chat.ts: a Vercel Node.js function; the request parameter is recognised by its type.
import type { VercelRequest, VercelResponse } from "@vercel/node";
import OpenAI from "openai";

const openai = new OpenAI();

export default async function chat(request: VercelRequest, response: VercelResponse) {
  const { persona, question } = request.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: question },
    ],
  });
  response.status(200).json({ answer: completion.choices[0].message.content });
}
