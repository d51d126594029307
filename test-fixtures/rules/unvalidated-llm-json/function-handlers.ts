// backend/assistant.ts: a lab assistant on Chat Completions tools. Each tool has a small handler
// that takes the raw `arguments` string, parses it and acts; a dispatcher routes by name.
import OpenAI from "openai";
import type { ChatCompletionMessageParam, ChatCompletionMessageToolCall } from "openai/resources/chat/completions";
import { readFileSync } from "node:fs";
import * as readline from "node:readline/promises";
import { z } from "zod";

const openai = new OpenAI();

interface SendEmailParams { address: string; subject: string; body: string; confirmed: boolean }
interface AskQuestionParams { question: string }
interface BookRoomParams { room: string; hour: number }

const BookRoomSchema = z.object({ room: z.enum(["lab-a", "lab-b"]), hour: z.number().int().min(8).max(18) });
const sent: { address: string; subject: string; body: string }[] = [];
const bookings = new Map<string, number>();

function sendEmail(address: string, subject: string, body: string, confirmed: boolean) {
  if (!confirmed) return "Email not sent: ask the user to confirm first";
  sent.push({ address, subject, body });
  return `Email sent to ${address}`;
}

async function searchDocuments(question: string) {
  return `No documents match "${question.slice(0, 40)}"`;
}

function handleSendEmail(functionCallArgs: string | undefined) {
  if (!functionCallArgs) return "Reply with 'I don't know what to send'";
  const params = JSON.parse(functionCallArgs) as SendEmailParams;
  console.debug("send email params:", JSON.stringify(params));
  return sendEmail(params.address, params.subject, params.body, params.confirmed);
}

async function handleAskQuestion(functionCallArgs: string) {
  const params = JSON.parse(functionCallArgs) as AskQuestionParams;
  console.debug(`Asking question: ${params.question}`);
  return await searchDocuments(params.question);
}

// Validated before use: the schema decides what reaches the booking table.
function handleBookRoom(functionCallArgs: string) {
  const { room, hour } = BookRoomSchema.parse(JSON.parse(functionCallArgs));
  bookings.set(room, hour);
  return `Booked ${room} at ${hour}:00`;
}

// Parses and hands the value back: the caller decides what to check.
function parseToolArguments(text: string) {
  return JSON.parse(text);
}

// Only shown, never used.
function logToolArguments(text: string) {
  console.log("tool arguments:", JSON.parse(text));
}

async function callFunction(call: ChatCompletionMessageToolCall.Function): Promise<string> {
  if (call.name === "sendEmail") return handleSendEmail(call.arguments);
  if (call.name === "askQuestion") return handleAskQuestion(call.arguments);
  if (call.name === "bookRoom") return handleBookRoom(call.arguments);
  return "Unknown function";
}

async function complete(messages: ChatCompletionMessageParam[]) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  return { reply: completion.choices[0].message };
}

export async function chatTurn(messages: ChatCompletionMessageParam[]) {
  const { reply } = await complete(messages);
  const calls = reply.tool_calls ?? [];
  const outputs = await Promise.all(
    calls.map((toolCall) =>
      // llmsafe-expect: unvalidated-llm-json, unvalidated-llm-json
      callFunction(toolCall.function).then((content) => ({ role: "tool" as const, tool_call_id: toolCall.id, content })),
    ),
  );
  return [...messages, reply, ...outputs];
}

export async function directTurn(messages: ChatCompletionMessageParam[]) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    // llmsafe-expect-also: unvalidated-llm-json
    await handleAskQuestion(call.function.arguments);
    // llmsafe-expect-clean: unvalidated-llm-json
    handleBookRoom(call.function.arguments);
    // llmsafe-expect-clean: unvalidated-llm-json
    logToolArguments(call.function.arguments);
    // llmsafe-expect-clean: unvalidated-llm-json
    const checked = BookRoomSchema.safeParse(parseToolArguments(call.function.arguments));
    if (checked.success) bookings.set(checked.data.room, checked.data.hour);
  }
}

// The operator's own settings file goes through the same handler: not model output.
export function replayFromSettings() {
  // llmsafe-expect-clean: unvalidated-llm-json
  return handleSendEmail(readFileSync("./outbox.json", "utf8"));
}

// A provider's raw response body is the provider's JSON around the model's text, not model-shaped JSON.
function errorDetail(status: number, body: string): string {
  try {
    const j = JSON.parse(body);
    const message = j?.error?.message ?? j?.message;
    if (typeof message === "string") return message.slice(0, 200);
  } catch {
    /* not JSON */
  }
  return body.slice(0, 200) || `(empty body, status ${status})`;
}

export async function probeModel(model: string) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model, messages: [{ role: "user", content: "Reply with: ok" }], max_tokens: 4 }),
  });
  const text = await res.text();
  // llmsafe-expect-clean: unvalidated-llm-json
  return res.ok ? "works" : errorDetail(res.status, text);
}

// Shown to the operator at a terminal prompt before they approve the call: not used.
async function confirmToolCall(call: ChatCompletionMessageToolCall) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const params = JSON.parse(call.function.arguments ?? "{}");
  const answer = await rl.question(`Run ${call.function.name} with ${JSON.stringify(params)}? (y/n) `);
  rl.close();
  return answer.trim().toLowerCase() === "y";
}

export async function approvedTurn(messages: ChatCompletionMessageParam[]) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    // llmsafe-expect-clean: unvalidated-llm-json
    if (!(await confirmToolCall(call))) continue;
    // llmsafe-expect: unvalidated-llm-json
    sent.push(JSON.parse(call.function.arguments));
  }
}
