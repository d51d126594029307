// src/routes/api/chat.ts: a SolidStart API route, `({ request, params })`.
import type { APIEvent } from "@solidjs/start/server";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function POST({ request, params }: APIEvent) {
  const { instructions, question } = await request.json();
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect: system-prompt-injection
    system: `Room ${params.room}. ${instructions}`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: question }],
  });
  return Response.json({ answer: message.content });
}
