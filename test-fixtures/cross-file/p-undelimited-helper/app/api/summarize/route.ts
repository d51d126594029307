// app/api/summarize/route.ts
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { asTaggedInput, explainPrompt, SAMPLE_TEXT, summarizePrompt } from "../../../lib/prompt-builders.mjs";

export async function POST(req: Request) {
  const { text } = await req.json();
  const { text: summary } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: summarizePrompt(text),
  });
  return Response.json({ summary });
}

export async function GET() {
  const { text: summary } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: summarizePrompt(SAMPLE_TEXT, 2),
  });
  return Response.json({ summary });
}

export async function PUT(req: Request) {
  const { term } = await req.json();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: explainPrompt(
      // llmsafe-expect: undelimited-prompt-input
      term,
      // llmsafe-expect-clean: undelimited-prompt-input
      "a new customer",
    ),
  });
  return Response.json({ text });
}

export async function PATCH(req: Request) {
  const { text } = await req.json();
  const { text: summary } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarize the text inside <user_text> tags in three bullet points.",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: asTaggedInput(text),
  });
  return Response.json({ summary });
}
