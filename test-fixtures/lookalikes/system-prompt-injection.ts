// lookalikes/system-prompt-injection.ts: request data near instruction channels. Some of it is
// reduced to a constant before it gets there (clean); some only looks tamed (flagged).
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { z } from "zod";
import { buildInstructions } from "./lib/prompt-kit";

const openai = new OpenAI();
const anthropic = new Anthropic();
const BASE = "You are the Acme assistant. Follow company policy.";
const ROLES = new Set(["support agent", "sales engineer", "billing specialist"]);
const TONES = ["friendly", "formal", "concise"] as const;
const PERSONA_TEXT: Record<string, string> = {
  pirate: "Talk like a friendly pirate.",
  teacher: "Explain things like a patient teacher.",
};
const Tone = z.enum(TONES);

// ---- look dangerous, are safe -------------------------------------------------------------

export async function roleFromAllowList(req: Request) {
  const { role, message } = await req.json();
  if (!ROLES.has(role)) return new Response("unknown role", { status: 400 });
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `You are a ${role}. ${BASE}`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function personaFromTable(req: Request) {
  const { persona, message } = await req.json();
  const style = Object.hasOwn(PERSONA_TEXT, persona) ? PERSONA_TEXT[persona] : "";
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${BASE} ${style}`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function toneFromZodEnum(req: Request) {
  const body = await req.json();
  const tone = Tone.parse(body.tone);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `${BASE} Use a ${tone} tone.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: body.message },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function toneFromSwitch(req: Request) {
  const url = new URL(req.url);
  let toneLine: string;
  switch (url.searchParams.get("tone")) {
    case "formal":
      toneLine = "Use a formal tone.";
      break;
    case "casual":
      toneLine = "Use a casual tone.";
      break;
    default:
      toneLine = "Use a neutral tone.";
  }
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    // llmsafe-expect-clean: system-prompt-injection
    system: `${BASE} ${toneLine}`,
    messages: [{ role: "user", content: url.searchParams.get("q") ?? "" }],
  });
  return Response.json(msg.content);
}

export async function lengthLimit(req: Request) {
  const { maxWords, message } = await req.json();
  const words = Math.min(Math.max(Number(maxWords) || 100, 20), 400);
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 800,
    // llmsafe-expect-clean: system-prompt-injection
    system: `${BASE} Answer in at most ${words} words. The question is ${message.length} characters long.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: message }],
  });
  return Response.json(msg.content);
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function renamedDestructure(req: Request) {
  const { persona: characterName, message } = await req.json();
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} Stay in character as ${characterName}.`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function rulesJoined(req: Request) {
  const body = await req.json();
  const rules = (body.rules as string[]).map((r, i) => `${i + 1}. ${r}`).join("\n");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${BASE}\nHouse rules:\n${rules}` },
      { role: "user", content: body.message },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function optionalChainAndDefault(req: Request) {
  const body = await req.json();
  const tone = body.settings?.assistant?.tone?.trim() ?? "neutral";
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${BASE} Tone: ${tone}.`,
    input: body.message,
  });
  return Response.json({ text: response.output_text });
}

export async function viaThen(req: Request) {
  const persona = await req.json().then((b: { persona: string }) => b.persona);
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    // llmsafe-expect: system-prompt-injection
    system: BASE + " Persona: " + persona,
    messages: [{ role: "user", content: "Introduce yourself." }],
  });
  return Response.json(msg.content);
}

export async function nestedTemplate(req: Request) {
  const { tier, message } = await req.json();
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${BASE}\n${`Customer tier: ${`${tier}`.toUpperCase()}`}`,
    prompt: message,
  });
  return Response.json({ text });
}

export async function stringifiedHeader(req: Request) {
  const locale = String(req.headers.get("x-locale"));
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} Reply in the language of locale ${locale}.`,
    prompt: "Say hello.",
  });
  return Response.json({ text });
}

export async function toStringTrim(req: Request) {
  const form = await req.formData();
  const signature = form.get("signature")!.toString().trim();
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    // llmsafe-expect: system-prompt-injection
    system: [{ type: "text", text: `${BASE} Sign every reply as ${signature}.` }],
    messages: [{ role: "user", content: String(form.get("message")) }],
  });
  return Response.json(msg.content);
}

export async function helperInOtherFile(req: Request) {
  const { role, message } = await req.json();
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: buildInstructions(role),
    prompt: message,
  });
  return Response.json({ text });
}

class ChatSession {
  private readonly persona: string;
  constructor(persona: string) {
    this.persona = persona;
  }
  async reply(message: string) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: `${BASE} You are ${this.persona}.` },
        { role: "user", content: message },
      ],
    });
    return completion.choices[0].message.content;
  }
}

export async function classField(req: Request) {
  const body = await req.json();
  // A constructor argument stored in a field: reported where it is passed in.
  // llmsafe-expect: system-prompt-injection
  const session = new ChatSession(body.persona);
  // llmsafe-expect-clean: system-prompt-injection
  return Response.json({ answer: await session.reply(body.message) });
}

export async function historySpread(req: Request) {
  const body = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: BASE },
      // The client sends the whole history, roles included: a "system" turn in it sits next to
      // BASE (medium confidence, a warning: docs/rules/system-prompt-injection.md).
      // llmsafe-expect: system-prompt-injection
      ...body.history,
      { role: "user", content: body.message },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function optionsSpread(req: Request) {
  const { options, message } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: BASE },
      { role: "user", content: message },
    ],
    // "temperature etc. from the playground": the client can also replace `messages`.
    // llmsafe-expect: system-prompt-injection
    ...options,
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

// Spreads that cannot replace the server's instructions.
const CHAT_DEFAULTS = { temperature: 0.2, max_tokens: 800 };
const PlaygroundOptions = z.object({ temperature: z.number().min(0).max(2), max_tokens: z.number().int().max(4000) });

export async function spreadsThatCannotRewrite(req: Request) {
  const { options, message, history } = await req.json();
  const picked = PlaygroundOptions.parse(options);
  const a = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // Constants.
    // llmsafe-expect-clean: system-prompt-injection
    ...CHAT_DEFAULTS,
    // Validated into known fields.
    // llmsafe-expect-clean: system-prompt-injection
    ...picked,
    // Request data, but `messages` below is set after it and wins.
    // llmsafe-expect-clean: system-prompt-injection
    ...options,
    messages: [
      { role: "system", content: BASE },
      { role: "user", content: message },
    ],
  });
  // Anthropic: the system prompt is set after the spread; the spread can only bring the
  // conversation, which the client holds anyway (the user's channel).
  const b = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect: system-prompt-injection
    messages: history,
    // llmsafe-expect-clean: system-prompt-injection
    ...options,
    system: BASE,
  });
  // A proxy: every parameter is the client's, nothing of the server's is replaced (the client
  // writes the whole conversation, as with a client-held history).
  const c = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect-clean: system-prompt-injection
    ...options,
  });
  return Response.json({ a: a.choices[0].message.content, b: b.content, c: c.content });
}

export async function spreadAfterSystem(req: Request) {
  const { options, message } = await req.json();
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    system: BASE,
    messages: [{ role: "user", content: message }],
    // The client's `system` would replace the server's.
    // llmsafe-expect: system-prompt-injection
    ...options,
  });
  return Response.json({ reply: reply.content });
}

// The rest of the request body, with the fields that hold the instructions taken out first:
// the spread cannot bring them back.
export async function restWithoutInstructions(req: Request) {
  const { messages, ...options } = await req.json();
  const a = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    messages: [{ role: "system", content: BASE }, ...messages],
    // llmsafe-expect-clean: system-prompt-injection
    ...options,
  });
  const { system: _ignored, messages: turns, ...params } = await req.json();
  const b = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    system: BASE,
    // llmsafe-expect: system-prompt-injection
    messages: turns,
    // llmsafe-expect-clean: system-prompt-injection
    ...params,
  });
  // Only `messages` was taken out: the client's `system` still replaces the server's.
  const { messages: history, ...rest } = await req.json();
  const c = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    system: BASE,
    // llmsafe-expect: system-prompt-injection
    messages: history,
    // llmsafe-expect: system-prompt-injection
    ...rest,
  });
  return Response.json({ a: a.choices[0].message.content, b: b.content, c: c.content });
}

// ---- the same mistake behind other request shapes -------------------------------------------

// app/api/bots/[persona]/route.ts (Next.js dynamic segment)
export async function GET(req: Request, { params }: { params: Promise<{ persona: string }> }) {
  const { persona } = await params;
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} You are ${decodeURIComponent(persona)}.`,
    prompt: new URL(req.url).searchParams.get("q") ?? "Hello",
  });
  return Response.json({ text });
}

// Express: /bots/:persona
export async function expressBot(req: { params: { persona: string }; body: { message: string } }, res: { json(v: unknown): void }) {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} You are ${req.params.persona}.`,
    messages: [{ role: "user", content: req.body.message }],
  });
  res.json(msg.content);
}

// WebSocket chat: the first frame configures the session.
export function onSocket(ws: { on(ev: "message", cb: (data: Buffer) => void): void; send(s: string): void }) {
  ws.on("message", async (data) => {
    const frame = JSON.parse(data.toString()) as { setup?: { persona: string }; message?: string };
    if (!frame.setup) return;
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `${BASE} You are ${frame.setup.persona}.` },
        { role: "user", content: frame.message ?? "Hello" },
      ],
    });
    ws.send(completion.choices[0].message.content ?? "");
  });
}
