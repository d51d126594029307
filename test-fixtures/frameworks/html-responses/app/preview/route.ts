// app/preview/route.ts: a Next.js route that returns a model-written HTML preview (or its JSON).
import { NextResponse } from "next/server";
import OpenAI from "openai";

const openai = new OpenAI();

async function landingPage(product: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a landing page body in HTML." },
      { role: "user", content: product },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

export async function GET(request: Request) {
  const product = new URL(request.url).searchParams.get("product") ?? "";
  const page = await landingPage(product);
  // llmsafe-expect: llm-output-xss
  return new Response(page, { headers: { "Content-Type": "text/html" } });
}

export async function POST(request: Request) {
  const { product } = await request.json();
  const page = await landingPage(product);
  // llmsafe-expect-clean: llm-output-xss
  return new Response(page, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function PUT(request: Request) {
  const { product } = await request.json();
  const page = await landingPage(product);
  // llmsafe-expect-clean: llm-output-xss
  return NextResponse.json({ page });
}
