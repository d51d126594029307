import OpenAI from "openai";
import { NextResponse } from "next/server";

const openai = new OpenAI();

export async function POST(req: Request) {
  const { task } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "Write one JavaScript function body that does the task." }, { role: "user", content: task }],
  });
  return NextResponse.json({ code: completion.choices[0].message.content, title: "snippet" });
}
