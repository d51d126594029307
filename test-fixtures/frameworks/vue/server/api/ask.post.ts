// server/api/ask.post.ts: the Nuxt (h3) route the pages ask; it returns the model's text as the body.
import OpenAI from "openai";

const openai = new OpenAI();

export default defineEventHandler(async (event) => {
  const { question } = await readBody<{ question: string }>(event);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You answer questions about our product. Reply in Markdown." },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content ?? "";
});
