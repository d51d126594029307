// app/api/chat/route.ts: the client picks the model; the route picks the system prompt from it.
// A constant chosen by a condition on request data is one of the constants, not the request's
// text; booleans and numbers computed from it carry none of its text either. The same shapes
// that put the request's own text in the prompt stay flagged.
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { estimateTokenCount } from "token-meter";
import { detectLanguage } from "lang-sniffer";
import { renderPersona } from "persona-templates";

const REASONING_PROMPT = `You are a careful analyst. Think step by step before you answer.`;
const CHAT_PROMPT = `You are a friendly assistant for Acme Cloud. Keep answers short.`;
const LONG_INPUT_NOTE = `The user's message is long: summarise it before answering.`;

export async function POST(req: Request) {
  const { model, messages, persona } = await req.json();
  const modelId = String(model);

  const result = streamText({
    model: openai(modelId),
    // llmsafe-expect-clean: system-prompt-injection
    system: modelId.includes("reasoning") || modelId.startsWith("o1") ? REASONING_PROMPT : CHAT_PROMPT,
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}

export async function PUT(req: Request) {
  const { model, messages } = await req.json();
  let system: string;
  if (model === "o3" || /^gpt-5/.test(model)) system = REASONING_PROMPT;
  else system = CHAT_PROMPT;
  const last = messages[messages.length - 1]?.content ?? "";
  const isLong = last.length > 4000;
  const words = last.split(/\s+/).length;
  const approxTokens = Math.ceil(last.length / 4) + Number(last.indexOf("```") >= 0);

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${system}\n${isLong ? LONG_INPUT_NOTE : ""}\nThe message has ${words} words (about ${approxTokens} tokens); long: ${isLong}; has code: ${last.includes("```")}.`,
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}

export async function PATCH(req: Request) {
  const { messages } = await req.json();
  const last = messages[messages.length - 1]?.content ?? "";
  const tokens = estimateTokenCount(last);
  const language = detectLanguage(last);

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${CHAT_PROMPT} The message is about ${tokens} tokens long (language code ${language}); answer briefly.`,
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  return result.toUIMessageStreamResponse();
}

export async function DELETE(req: Request) {
  const { model, persona, messages } = await req.json();

  const chosen = model.includes("reasoning") ? persona : CHAT_PROMPT;
  let extra = "";
  if (persona) extra = persona;
  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: chosen,
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  const again = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${CHAT_PROMPT}\n${extra}`,
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  const third = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: renderPersona(persona),
    // llmsafe-expect: system-prompt-injection
    messages,
  });
  void again;
  void third;
  return result.toUIMessageStreamResponse();
}
