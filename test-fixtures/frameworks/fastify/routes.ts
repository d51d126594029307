// src/routes/chat.ts: Fastify routes registered by a plugin; the app arrives as a typed parameter.
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import OpenAI from "openai";

const openai = new OpenAI();
const PERSONAS: Record<string, string> = { tutor: "a patient tutor", critic: "a strict code reviewer" };

export default async function chatRoutes(fastify: FastifyInstance) {
  fastify.post<{ Body: { persona: string; question: string } }>("/chat", async (request) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${request.body.persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: request.body.question },
      ],
    });
    return { answer: completion.choices[0].message.content };
  });

  fastify.get<{ Querystring: { persona: string } }>("/intro", async (request) => {
    const persona = PERSONAS[request.query.persona] ?? PERSONAS.tutor;
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect-clean: system-prompt-injection
        { role: "system", content: `You are ${persona}.` },
        { role: "user", content: "Introduce yourself." },
      ],
    });
    return { intro: completion.choices[0].message.content };
  });
}

export const feedbackRoutes: FastifyPluginAsync = async (app) => {
  app.post("/feedback", async (request) => {
    const { tone } = request.body as { tone: string };
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `Thank the user in a ${tone} tone.` },
        { role: "user", content: "Thanks for the feedback form." },
      ],
    });
    return completion.choices[0].message.content;
  });
};
