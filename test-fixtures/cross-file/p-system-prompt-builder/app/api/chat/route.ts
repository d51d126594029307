// app/api/chat/route.ts
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { buildSystemPrompt, DEFAULT_PERSONA, PERSONAS } from "../../../lib/prompts";

export async function POST(req: Request) {
  const { persona, message } = await req.json();

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: buildSystemPrompt(persona),
    // llmsafe-expect-clean: system-prompt-injection
    prompt: message,
  });
  return result.toTextStreamResponse();
}

export async function PUT(req: Request) {
  const { persona, message } = await req.json();
  const chosen = PERSONAS.includes(persona) ? persona : DEFAULT_PERSONA;

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: buildSystemPrompt(chosen),
    prompt: message,
  });
  return result.toTextStreamResponse();
}
