// src/index.ts: a Cloudflare Worker (Hono) that answers with Workers AI.
import { Hono } from "hono";

type Env = { AI: Ai; DB: D1Database };
const app = new Hono<{ Bindings: Env }>();
const RULES = "You are the Acme docs assistant. Answer from the docs only.";

app.post("/chat", async (c) => {
  const { question, tone } = await c.req.json();
  const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", {
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${RULES} Tone: ${tone}` },
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      { role: "user", content: question },
    ],
  });
  return c.json(answer);
});

app.post("/chat/v2", async (c) => {
  const { question } = await c.req.json();
  const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", {
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "system", content: RULES }, { role: "user", content: question }],
  });
  return c.json(answer);
});

app.post("/complete", async (c) => {
  const { text } = await c.req.json();
  const answer = await c.env.AI.run("@cf/mistral/mistral-7b-instruct-v0.2", {
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Summarise this support ticket in one line: " + text,
  });
  return c.json(answer);
});

export default app;

// The same route as a plain module worker (`export default { fetch(request, env) }` in its own file).
export const plain = {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { persona, question } = (await request.json()) as { persona: string; question: string };
    const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", {
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: persona },
        { role: "user", content: question },
      ],
    });
    return Response.json(answer);
  },
};
