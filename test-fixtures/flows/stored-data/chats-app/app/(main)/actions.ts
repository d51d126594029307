"use server";
// Server actions: public POST endpoints, whatever TypeScript says their parameters are.
import { getDb } from "../../lib/db";

export async function createChat(prompt: string) {
  const db = getDb();
  const chat = await db.chatThread.create({ data: { title: prompt.slice(0, 40) } });
  await db.turn.create({ data: { chatId: chat.id, role: "system", content: "You are a senior React engineer. Answer with one component.", position: 0 } });
  await db.turn.create({ data: { chatId: chat.id, role: "user", content: prompt, position: 1 } });
  return chat;
}

// The role is typed, not checked: any caller can store a "system" turn in any chat by its id.
export async function addTurn(chatId: string, text: string, role: "assistant" | "user") {
  const db = getDb();
  const last = await db.turn.findFirst({ where: { chatId }, orderBy: { position: "desc" } });
  return db.turn.create({ data: { chatId, role, content: text, position: (last?.position ?? 0) + 1 } });
}

// Look-alike: the role is the server's own constant; only the text is the caller's.
export async function addNote(chatId: string, text: string) {
  const db = getDb();
  return db.note.create({ data: { chatId, role: "user", content: text } });
}
