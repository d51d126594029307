// app/api/assistant/route.ts: the "custom assistant" feature. The browser sends the persona,
// tone and language it wants along with the message.
import OpenAI from "openai";
import { generateText, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { cookies, headers } from "next/headers";

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const SUPPORT_PROMPT = `You are the support assistant for Acme Cloud.
Answer questions about billing and deployments. Never discuss other customers.`;

const TONES = ["friendly", "formal", "concise"];

export async function POST(req: Request) {
  const { persona, message } = await req.json();

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `You are ${persona}. Stay in character and keep answers under 100 words.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: message,
  });

  return result.toTextStreamResponse();
}

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const lang = searchParams.get("lang") ?? "English";

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: SUPPORT_PROMPT + "\nAlways reply in " + lang + ".",
    prompt: "Write a one-sentence welcome message for a new customer.",
  });

  return Response.json({ text });
}

// Called from app/api/assistant/ask/route.ts
export async function askWithInstructions(req: Request) {
  const body = await req.json();

  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: body.instructions },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: body.question },
    ],
  });

  return Response.json({ answer: completion.choices[0].message.content });
}

// Called from app/api/tutor/route.ts
export async function tutor(req: Request) {
  const { subject, level, question } = await req.json();
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [];

  const developerNote = [`You tutor ${subject}.`, `The student is at ${level} level.`].join(" ");
  // llmsafe-expect: system-prompt-injection
  messages.push({ role: "developer", content: developerNote });
  // llmsafe-expect-clean: system-prompt-injection
  messages.push({ role: "user", content: question });

  const completion = await client.chat.completions.create({ model: "gpt-4.1", messages });
  return Response.json({ answer: completion.choices[0].message.content });
}

// Called from app/api/assistant/styled/route.ts: the tone is remembered in a cookie.
export async function styledReply(req: Request) {
  const { message } = await req.json();
  const cookieStore = await cookies();
  const tone = cookieStore.get("assistant-tone")?.value ?? "friendly";

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${SUPPORT_PROMPT}\nUse a ${tone} tone.`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function styledReplyChecked(req: Request) {
  const { message } = await req.json();
  const cookieStore = await cookies();
  const tone = cookieStore.get("assistant-tone")?.value ?? "friendly";
  if (!TONES.includes(tone)) {
    return new Response("unknown tone", { status: 400 });
  }

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${SUPPORT_PROMPT}\nUse a ${tone} tone.`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function localizedReply(req: Request) {
  const { message } = await req.json();
  const locale = (await headers()).get("accept-language") ?? "en";

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    messages: [
      {
        role: "system",
        // llmsafe-expect: system-prompt-injection
        content: `${SUPPORT_PROMPT}
The customer's browser language is ${locale}; answer in that language.`,
      },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: message },
    ],
  });
  return Response.json({ text });
}

export async function plainSupport(req: Request) {
  const { message } = await req.json();
  const today = new Date().toISOString().slice(0, 10);

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${SUPPORT_PROMPT}\nToday is ${today}. The product is ${process.env.PRODUCT_NAME}.`,
    prompt: message,
  });
  return Response.json({ text });
}
