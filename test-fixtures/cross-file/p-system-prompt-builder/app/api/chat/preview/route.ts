// app/api/chat/preview/route.ts: preview a persona or a review focus before saving it.
import OpenAI from "openai";
import { buildReviewerPrompt, buildSystemPrompt, DEFAULT_PERSONA } from "../../../../lib/prompts";

const client = new OpenAI();

export async function POST(req: Request) {
  const body = await req.json();
  const systemPrompt = buildSystemPrompt(
    // llmsafe-expect: system-prompt-injection
    body.persona,
  );

  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: systemPrompt },
      { role: "user", content: "Introduce yourself in one sentence." },
    ],
  });
  return Response.json({ preview: completion.choices[0].message.content });
}

export async function GET() {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: buildSystemPrompt(DEFAULT_PERSONA) },
      { role: "user", content: "Introduce yourself in one sentence." },
    ],
  });
  return Response.json({ preview: completion.choices[0].message.content });
}

export async function PATCH(req: Request) {
  const { focus, strictness, diff } = await req.json();
  const response = await client.responses.create({
    model: "gpt-4.1",
    instructions: buildReviewerPrompt(
      // llmsafe-expect: system-prompt-injection
      focus,
      // llmsafe-expect-clean: system-prompt-injection
      Math.min(5, Math.max(1, Number(strictness))),
    ),
    // llmsafe-expect-clean: system-prompt-injection
    input: diff,
  });
  return Response.json({ review: response.output_text });
}
