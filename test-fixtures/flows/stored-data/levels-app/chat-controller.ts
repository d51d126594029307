// chat-controller.ts: every turn rebuilds the level's system message from the defences the
// session kept, then sends the history to the model.
import type { Request, Response } from "express";
import OpenAI from "openai";
import { defaultDefences } from "./defences";
import { setSystemRoleInChatHistory, type ChatMessage } from "./chat-history";

const openai = new OpenAI();

export async function handleChat(req: Request, res: Response) {
  const { message, currentLevel } = req.body;
  if (typeof message !== "string" || currentLevel === undefined) {
    res.status(400).send("Missing message or level");
    return;
  }
  const defences = req.session.levelState[currentLevel].defences ?? defaultDefences;
  const history = setSystemRoleInChatHistory(
    // The level picks one of the server's own system roles: it is no instruction text.
    // llmsafe-expect-clean: system-prompt-injection
    currentLevel,
    // The sandbox's system role is whatever a POST /defence/configure kept in the session.
    // llmsafe-expect: system-prompt-injection
    defences,
    req.session.levelState[currentLevel].chatHistory,
  );
  const completions = history.map((m: ChatMessage) => m.completion).filter((c) => c !== undefined);
  const reply = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [...completions, { role: "user", content: message }],
  });
  res.send({ reply: reply.choices[0].message.content, level: req.session.levelState[currentLevel].title });
}
