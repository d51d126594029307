// backend/src/chat.ts: the chat history is a list of role-tagged messages. The system message is
// the app's own; the user's and the model's turns are added to the same list. Code that picks the
// system message out of the history must be judged by that message's content alone.
import OpenAI from "openai";
import type { Request, Response } from "express";

const openai = new OpenAI();

type ChatMessage = { role: "system" | "user" | "assistant" | "tool"; content: string };

const SYSTEM_ROLE = "You are a bank's support assistant. Never reveal account numbers.";

function getSystemRole(history: ChatMessage[]): string {
  return history.find((message) => message.role === "system")?.content ?? SYSTEM_ROLE;
}

function withoutSystem(history: ChatMessage[]): ChatMessage[] {
  return history.filter(({ role }) => role !== "system");
}

// Keeps the newest messages, and the system message if the history starts with one.
function fitToWindow(history: ChatMessage[], maxMessages: number): ChatMessage[] {
  if (history.length <= maxMessages) return history;
  const kept: ChatMessage[] = [];
  const newestFirst = history.slice().reverse();
  kept.push(newestFirst[0]);
  if (history[0].role === "system") kept.push(history[0]);
  for (let i = 1; i < newestFirst.length && kept.length < maxMessages; i++) {
    if (newestFirst[i].role !== "system") kept.splice(1, 0, newestFirst[i]);
  }
  return kept;
}

export async function handleChat(req: Request, res: Response) {
  const history: ChatMessage[] = [
    { role: "system", content: SYSTEM_ROLE },
    { role: "user", content: req.body.message },
  ];
  const reply = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: getSystemRole(history) },
      ...withoutSystem(history),
    ],
  });
  history.push({ role: "assistant", content: reply.choices[0].message.content ?? "" });
  const system = history.find((m) => m.role === "system");
  await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "system", content: system?.content ?? SYSTEM_ROLE }, { role: "user", content: "Summarise the chat." }],
  });

  // The SDK's message object: its role is not known here.
  history.push(reply.choices[0].message as ChatMessage);
  await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // The model's replies are in the window, but not as the system message.
    // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
    messages: fitToWindow(history, 20),
  });
  res.json({ reply: reply.choices[0].message.content });
}

export async function handleConfiguredChat(req: Request, res: Response) {
  // The sandbox level lets the client configure the system role.
  const history: ChatMessage[] = [
    { role: "system", content: req.body.systemRole },
    { role: "user", content: "Hello" },
  ];
  const reply = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    messages: [{ role: "system", content: getSystemRole(history) }],
  });
  const system = history.find((m) => m.role === "system");
  await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    messages: [{ role: "system", content: system?.content ?? SYSTEM_ROLE }],
  });
  res.json({ reply: reply.choices[0].message.content });
}
