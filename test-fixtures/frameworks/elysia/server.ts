// An Elysia server (Bun): each handler gets one context with what the client sent.
import { Elysia, t } from "elysia";
import OpenAI from "openai";

const openai = new OpenAI();
const STYLES = { short: "Answer in one sentence.", long: "Answer in detail." } as const;

const app = new Elysia()
  .post("/chat", async ({ body }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${body.persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: body.question },
      ],
    });
    return { answer: completion.choices[0].message.content };
  }, { body: t.Object({ persona: t.String(), question: t.String() }) })
  .get("/greet/:name", async ({ params, query }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `Greet ${params.name} in ${query.lang}.` },
        { role: "user", content: "Hi" },
      ],
    });
    return completion.choices[0].message.content;
  });

app.post("/summarise", async ({ body, headers }) => {
  const style = headers["x-style"] === "long" ? STYLES.long : STYLES.short;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Summarise the user's text. ${style}` },
      { role: "user", content: String(body) },
    ],
  });
  return completion.choices[0].message.content;
});

app.listen(3000);
