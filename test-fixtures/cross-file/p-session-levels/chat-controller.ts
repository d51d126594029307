// backend/src/chat-controller.ts: the chat history and the level configs live in the server-side
// session (express-session). What the player configured was request data when it was stored.
import type { Request, Response } from "express";
import OpenAI from "openai";
import { systemRoleFor, type LevelConfig } from "./levels";
import { sendTurns, type Turn } from "./send";

const openai = new OpenAI();
type HistoryEntry = { completion: { role: "system" | "user" | "assistant"; content: string } | null; kind: string };

export function handleConfigure(req: Request, res: Response) {
  const { level, configs } = req.body as { level: number; configs: LevelConfig[] };
  req.session.levels[level].configs = configs;
  res.send({ ok: true });
}

export async function handleChat(req: Request, res: Response) {
  const level = Number(req.body.level);
  const configs: LevelConfig[] = req.session.levels[level].configs ?? [];
  const history: HistoryEntry[] = req.session.levels[level].history;
  const withSystem: HistoryEntry[] = [
    // llmsafe-expect: system-prompt-injection
    { completion: { role: "system", content: systemRoleFor(configs, level) }, kind: "SYSTEM" },
    ...history,
    { completion: { role: "user", content: String(req.body.message) }, kind: "USER" },
  ];
  // The history the server kept: its roles are the server's, not the player's.
  const messages = withSystem.map((entry) => entry.completion).filter((c) => c !== null);
  // llmsafe-expect-clean: system-prompt-injection
  const reply = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  res.send({ reply: reply.choices[0].message.content });
}

// Look-alike: the fixed levels never read the configs.
export async function handleFixedLevel(req: Request, res: Response) {
  const entries: HistoryEntry[] = [
    { completion: { role: "system", content: systemRoleFor([], 0) }, kind: "SYSTEM" },
    { completion: { role: "user", content: String(req.body.message) }, kind: "USER" },
  ];
  const messages = entries.map((entry) => entry.completion);
  // llmsafe-expect-clean: system-prompt-injection
  const reply = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
  res.send({ reply: reply.choices[0].message.content });
}

// The same turns sent through a helper: the caller's system message is still the system message.
export async function handleChatViaHelper(req: Request, res: Response) {
  const level = Number(req.body.level);
  const configs: LevelConfig[] = req.session.levels[level].configs ?? [];
  const turns: Turn[] = [
    // llmsafe-expect: system-prompt-injection
    { role: "system", content: systemRoleFor(configs, level) },
    // llmsafe-expect-clean: system-prompt-injection
    { role: "user", content: String(req.body.message) },
  ];
  res.send({ reply: await sendTurns(turns) });
}

// Look-alike: the player's text only in a user turn, the system role a fixed level's.
export async function handleFixedViaHelper(req: Request, res: Response) {
  const turns: Turn[] = [
    // llmsafe-expect-clean: system-prompt-injection
    { role: "system", content: systemRoleFor([], 1) },
    // llmsafe-expect-clean: system-prompt-injection
    { role: "user", content: String(req.body.message) },
  ];
  res.send({ reply: await sendTurns(turns) });
}
