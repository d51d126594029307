// app/api/chat/route.ts: imports its prompts with the `@/` alias of create-next-app.
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { geolocation } from "@vercel/functions";
import { deskSystemPrompt, personaPrompt } from "@/lib/ai/prompts";
import { toneInstructions } from "@/agents/tone";

export async function POST(request: Request) {
  const { messages, selectedModel, persona, tone } = await request.json();
  const { city, country } = geolocation(request);
  const result = streamText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: deskSystemPrompt({ selectedModel, hints: { city, country } }),
    // The client's own message list, roles unchecked, next to the server's instructions:
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}

export async function PUT(request: Request) {
  const { messages, persona } = await request.json();
  const result = streamText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect: system-prompt-injection
    system: personaPrompt(persona),
    // The client's own message list, roles unchecked, next to the server's instructions:
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}

export async function PATCH(request: Request) {
  const { messages, tone } = await request.json();
  const result = streamText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect: system-prompt-injection
    system: toneInstructions(tone),
    // The client's own message list, roles unchecked, next to the server's instructions:
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}
