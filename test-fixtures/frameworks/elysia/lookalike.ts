// An event bus of the app's own with a `.post(topic, handler)` chain: not Elysia, its handlers
// get the app's own events.
import OpenAI from "openai";

const openai = new OpenAI();

class Outbox {
  private handlers = new Map<string, (ctx: { body: string }) => unknown>();
  post(topic: string, handler: (ctx: { body: string }) => unknown) { this.handlers.set(topic, handler); return this; }
}

const app = new Outbox();
app.post("digest", async ({ body }) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Write the digest headline for ${body}.` },
      { role: "user", content: "Go." },
    ],
  });
  return completion.choices[0].message.content;
});
