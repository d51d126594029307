// app/api/*/route.ts: chat routes that take the conversation from the browser. The history is
// the client's, but its roles are too: an entry { role: "system" } sits next to the server's own
// instructions with the same authority. Flagged (medium confidence, warning) only when the
// server has instructions of its own in the call and nothing constrains the roles.
import { convertToModelMessages, generateObject, streamText, type CoreMessage, type UIMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import Anthropic from "@anthropic-ai/sdk";
import { z } from "zod";

const anthropic = new Anthropic();
const model = openai("gpt-4o-mini");
const SNIPPET_RULES = "You write small, self-contained TypeScript snippets. Answer with code only.";

export async function POST(req: Request) {
  const { messages, settings }: { messages: CoreMessage[]; settings: Record<string, unknown> } = await req.json();
  const { model: _modelName, apiKey: _key, ...callOptions } = settings;
  const result = await generateObject({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect: system-prompt-injection
    messages,
    schema: z.object({ code: z.string() }),
    // The client's `system` (or any other option) replaces the server's.
    // llmsafe-expect: system-prompt-injection
    ...callOptions,
  });
  return Response.json(result.object);
}

// The system prompt of the server is itself built from the request: the spread is a second way
// in, and reported as one.
export async function editRoute(req: Request) {
  const { file, tuning } = await req.json();
  const { model: _m, ...params } = tuning;
  const result = streamText({
    model,
    // llmsafe-expect: system-prompt-injection
    system: `You edit this file:\n${file.code}`,
    prompt: "Apply the change.",
    // llmsafe-expect: system-prompt-injection
    ...params,
  });
  return result.toTextStreamResponse();
}

export async function uiChat(req: Request) {
  const body = await req.json();
  const uiMessages = body.messages as UIMessage[];
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect: system-prompt-injection
    messages: convertToModelMessages(uiMessages),
  });
  return result.toUIMessageStreamResponse();
}

export async function historyAfterSystem(req: Request) {
  const body = await req.json();
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: SNIPPET_RULES,
    // llmsafe-expect: system-prompt-injection
    messages: body.history,
  });
  return Response.json({ reply: reply.content });
}

// ---- look-alikes: the roles are constrained, or the server has no instructions to compete with

const ChatBody = z.object({
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) })),
});

export async function validatedRoles(req: Request) {
  const { messages } = ChatBody.parse(await req.json());
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages,
  });
  return result.toTextStreamResponse();
}

export async function rolesSetByServer(req: Request) {
  const { messages } = await req.json();
  const turns = messages.map((m: { role: string; content: string }) => ({
    role: m.role === "assistant" ? ("assistant" as const) : ("user" as const),
    content: m.content,
  }));
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages: turns,
  });
  return result.toTextStreamResponse();
}

export async function systemTurnsDropped(req: Request) {
  const body = await req.json();
  const history = body.messages.filter((m: { role: string }) => m.role !== "system");
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages: history,
  });
  return result.toTextStreamResponse();
}

// A proxy for the client's own conversation: no instructions of the server's to override.
export async function plainProxy(req: Request) {
  const { messages } = await req.json();
  const result = streamText({
    model,
    // llmsafe-expect-clean: system-prompt-injection
    messages,
  });
  return result.toTextStreamResponse();
}

// The server writes every turn; the user's text is only ever a user message.
export async function serverBuiltTurns(req: Request) {
  const { question } = await req.json();
  const result = streamText({
    model,
    // llmsafe-expect-clean: system-prompt-injection
    messages: convertToModelMessages([
      { id: "s", role: "system", parts: [{ type: "text", text: SNIPPET_RULES }] },
      { id: "u", role: "user", parts: [{ type: "text", text: question }] },
    ]),
  });
  return result.toTextStreamResponse();
}

// Options the server picked out of the request by name cannot carry `system`.
export async function pickedOptions(req: Request) {
  const { messages, settings } = await req.json();
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages: messages.filter((m: { role: string }) => m.role === "user"),
    // llmsafe-expect-clean: system-prompt-injection
    temperature: Number(settings.temperature),
  });
  return result.toTextStreamResponse();
}

// The server writes the turns and has instructions of its own: the user's text stays a user turn
// through the conversion.
export async function convertedServerTurns(req: Request) {
  const { question } = await req.json();
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages: convertToModelMessages([{ id: "u", role: "user", parts: [{ type: "text", text: question }] }]),
  });
  return result.toTextStreamResponse();
}

// The client writes the system prompt too (the app lets users set it): there are no
// instructions of the server's for a client-sent system turn to compete with.
export async function clientSetsTheSystemPrompt(req: Request) {
  const { messages } = await req.json();
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect-clean: system-prompt-injection
    messages: messages.slice(1),
    // llmsafe-expect: system-prompt-injection
    system: messages[0].content,
  });
  return Response.json({ reply: reply.content });
}

// An allow-list of roles in the filter: only user and assistant turns get through.
export async function allowListedRoles(req: Request) {
  const body = await req.json();
  const turns = body.messages.filter((m: { role: string }) => ["user", "assistant"].includes(m.role));
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect-clean: system-prompt-injection
    messages: turns,
  });
  return result.toTextStreamResponse();
}

// The same shape with "system" in the list lets system turns through.
export async function allowListWithSystem(req: Request) {
  const body = await req.json();
  const turns = body.messages.filter((m: { role: string }) => ["system", "user", "assistant"].includes(m.role));
  const result = streamText({
    model,
    system: SNIPPET_RULES,
    // llmsafe-expect: system-prompt-injection
    messages: turns,
  });
  return result.toTextStreamResponse();
}
