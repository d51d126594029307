// server/api/chat.post.ts: a Nuxt server route (h3).
import OpenAI from "openai";
import { z } from "zod";

const client = new OpenAI();
const Mode = z.enum(["brief", "thorough"]);

export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const query = getQuery(event);
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${body.persona}. Reply in ${query.lang}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: body.question },
    ],
  });
  const mode = Mode.parse(query.mode);
  const second = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Give a ${mode} answer.` },
      { role: "user", content: body.question },
    ],
  });
  return { answer: completion.choices[0].message.content, second: second.choices[0].message.content };
});
