// src/index.tsx: a Hono app (Cloudflare Workers) that answers with HTML.
import { Hono } from "hono";
import { html, raw } from "hono/html";
import OpenAI from "openai";

type Bindings = { OPENAI_API_KEY: string };
const app = new Hono<{ Bindings: Bindings }>();

async function answer(apiKey: string, question: string): Promise<string> {
  const openai = new OpenAI({ apiKey });
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Answer with a short HTML fragment." },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

app.get("/ask", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // llmsafe-expect: llm-output-xss
  return c.html(`<main>${fragment}</main>`);
});

app.get("/ask/raw", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // llmsafe-expect: llm-output-xss
  return c.html(html`<main>${raw(fragment)}</main>`);
});

app.get("/ask/escaped", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // hono/html's tag escapes what it interpolates.
  // llmsafe-expect-clean: llm-output-xss
  return c.html(html`<main>${fragment}</main>`);
});

app.get("/ask/jsx", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // llmsafe-expect-clean: llm-output-xss
  return c.html(<main>{fragment}</main>);
});

app.get("/ask/text", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // llmsafe-expect-clean: llm-output-xss
  return c.text(fragment);
});

app.get("/ask/body", async (c) => {
  const fragment = await answer(c.env.OPENAI_API_KEY, c.req.query("q") ?? "");
  // llmsafe-expect: llm-output-xss
  return c.body(fragment, 200, { "Content-Type": "text/html; charset=UTF-8" });
});

export default app;
