// src/routes/api/chat/+server.ts: a SvelteKit endpoint. The browser posts the message and the
// persona it picked; the query string carries the answer language.
import type { RequestHandler } from "./$types";
import { json } from "@sveltejs/kit";
import OpenAI from "openai";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const client = new OpenAI();
const STYLES = ["short", "detailed"];
const Tone = z.enum(["friendly", "formal"]);

export const POST: RequestHandler = async ({ request, url, params, cookies }) => {
  const { persona, message } = await request.json();
  const lang = url.searchParams.get("lang") ?? "English";
  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `You are ${persona}. Answer in ${lang}.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: message,
  });
  return result.toTextStreamResponse();
};

export const PUT: RequestHandler = async ({ request, params }) => {
  const body = await request.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You help the ${params.team} team.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: body.question },
    ],
  });
  return json({ answer: completion.choices[0].message.content });
};

export const GET: RequestHandler = async ({ url }) => {
  const style = url.searchParams.get("style") ?? "short";
  if (!STYLES.includes(style)) return json({ error: "unknown style" }, { status: 400 });
  const tone = Tone.parse(url.searchParams.get("tone"));
  const { text } = await generateTextFor(style, tone);
  return json({ text });
};

async function generateTextFor(style: string, tone: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Give a ${style} answer in a ${tone} tone.` },
      { role: "user", content: "Say hello." },
    ],
  });
  return { text: completion.choices[0].message.content };
}
