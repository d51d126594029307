// chat-controller.ts: each turn builds the system role from what the session kept.
import { PromptTemplate } from "@langchain/core/prompts";
import type { Request, Response } from "express";
import OpenAI from "openai";

const openai = new OpenAI();

export async function handleChat(req: Request, res: Response) {
  const persona = req.session.assistant.persona;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${persona}. Answer the player's questions.` },
      { role: "user", content: String(req.body.message) },
    ],
  });
  res.send({ reply: completion.choices[0].message.content });
}

// Look-alike: the theme the session keeps was set by the server, and nothing writes `tone`.
export async function handleStyledChat(req: Request, res: Response) {
  const theme = req.session.assistant.theme;
  const tone = req.session.assistant.tone ?? "friendly";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Use a ${tone} tone and describe colours for a ${theme} screen.` },
      { role: "user", content: String(req.body.message) },
    ],
  });
  res.send({ reply: completion.choices[0].message.content });
}

// The kept preamble becomes part of a template's text: its braces are template syntax.
export function qaTemplate(req: Request) {
  const preamble: string = req.session.assistant.qaPreamble;
  // llmsafe-expect: prompt-template-injection
  return PromptTemplate.fromTemplate(`${preamble}\nContext: {context}\nQuestion: {question}`);
}
