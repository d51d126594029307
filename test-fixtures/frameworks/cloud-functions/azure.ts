// Azure Functions (v4 programming model): `app.http(name, { handler: (request, context) => ... })`.
import { app, type HttpRequest, type InvocationContext } from "@azure/functions";
import OpenAI from "openai";

const openai = new OpenAI();

app.http("chat", {
  methods: ["POST"],
  authLevel: "anonymous",
  handler: async (request: HttpRequest, context: InvocationContext) => {
    const body = (await request.json()) as { persona: string; question: string };
    context.log(`chat for ${request.url}`);
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${body.persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: body.question },
      ],
    });
    return { jsonBody: { answer: completion.choices[0].message.content } };
  },
});

app.http("persona", {
  methods: ["GET"],
  handler: async (request: HttpRequest) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `Speak as ${request.query.get("persona")}.` },
        { role: "user", content: "Introduce yourself." },
      ],
    });
    return { body: completion.choices[0].message.content ?? "" };
  },
});
