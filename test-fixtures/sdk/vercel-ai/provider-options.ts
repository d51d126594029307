// Provider-specific instruction fields of the AI SDK: OpenAI Responses `instructions`, Google Interactions `systemInstruction`.
import { generateText, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { google } from "@ai-sdk/google";

const GUIDE = "You are a release-notes writer. Use bullet points.";

export async function POST(req: Request) {
  const { audience, previousResponseId, changes } = await req.json();
  const { text } = await generateText({
    model: openai.responses("gpt-5-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    prompt: changes,
    providerOptions: {
      openai: {
        previousResponseId,
        // llmsafe-expect: system-prompt-injection
        instructions: `${GUIDE} Write for ${audience}.`,
      },
    },
  });
  return Response.json({ text });
}

export async function PUT(req: Request) {
  const { tone, changes } = await req.json();
  const result = streamText({
    model: google("gemini-2.5-flash"),
    prompt: `Changes:\n"""\n${changes}\n"""`,
    providerOptions: {
      // llmsafe-expect: system-prompt-injection
      google: { systemInstruction: `${GUIDE} Tone: ${tone}` },
    },
  });
  return result.toTextStreamResponse();
}

export async function PATCH(req: Request) {
  const { user, changes } = await req.json();
  const { text } = await generateText({
    model: openai("gpt-5-mini"),
    prompt: `Changes:\n"""\n${changes}\n"""`,
    // Fields that carry no instruction: the end user's id and the cache key.
    // llmsafe-expect-clean: system-prompt-injection
    providerOptions: { openai: { user, promptCacheKey: `notes-${user}`, instructions: GUIDE } },
  });
  return Response.json({ text });
}
