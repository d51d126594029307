// lib/providers.ts: the model router sends each task to the cheapest provider (Groq, Mistral, Together).
import { Mistral } from "@mistralai/mistralai";
import Groq from "groq-sdk";
import Together from "together-ai";
import { z } from "zod";

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const together = new Together({ apiKey: process.env.TOGETHER_API_KEY });

const SUPPORT = "You are the Acme support bot. Keep answers under 80 words.";
const Lang = z.enum(["en", "de", "fr"]);

export async function POST(req: Request) {
  const { question, persona } = await req.json();
  // Named client, so this is matched by package, not only by the chat.completions shape.
  const fast = await groq.chat.completions.create({
    model: "llama-3.1-8b-instant",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: persona ? `${SUPPORT} Speak as ${persona}.` : SUPPORT },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: question },
    ],
  });
  return Response.json({ text: fast.choices[0].message.content });
}

export async function PUT(req: Request) {
  const { question, lang } = await req.json();
  const language = Lang.parse(lang);
  const out = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `${SUPPORT} Answer in ${language}.` },
      { role: "user", content: question },
    ],
  });
  return Response.json({ text: out.choices?.[0]?.message?.content });
}

export async function PATCH(req: Request) {
  const { question, rules } = await req.json();
  const stream = await mistral.chat.stream({
    model: "mistral-small-latest",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: rules },
      { role: "user", content: question },
    ],
  });
  return new Response(stream as unknown as ReadableStream);
}

export async function DELETE(req: Request) {
  const { code } = await req.json();
  const out = await mistral.fim.complete({
    model: "codestral-latest",
    // llmsafe-expect-clean: system-prompt-injection
    prompt: code,
    suffix: "\n}",
  });
  const completion = out.choices?.[0]?.message?.content;
  // llmsafe-expect: llm-output-code-execution
  return Response.json({ value: new Function(`return (${completion})`)() });
}

export async function draftReply(ticket: string) {
  const out = await together.chat.completions.create({
    model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    messages: [{ role: "system", content: SUPPORT }, { role: "user", content: ticket }],
  });
  const html = out.choices[0].message?.content ?? "";
  // llmsafe-expect: llm-output-xss
  document.querySelector("#draft")!.innerHTML = html;
}
