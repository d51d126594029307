// src/controller/chatController.ts: an express backend that imports its own modules through
// tsconfig `paths` aliases (`@src/*`, `@lib/*`), as a lab API written with path aliases does.
import type { Request, Response } from "express";
import OpenAI from "openai";
import { buildSystemRole } from "@src/utils/systemRole";
import { personaRole } from "@lib/persona";
// A published package whose scope only looks like the alias: not a project file.
import { roleFor } from "@src-lib/x";

const openai = new OpenAI();

export async function handleConfigureRole(req: Request, res: Response) {
  const { role, message } = req.body as { role: string; message: string };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: buildSystemRole(role) },
      { role: "user", content: message },
    ],
  });
  res.send(completion.choices[0].message.content);
}

export async function handlePersona(req: Request, res: Response) {
  const { persona, message } = req.body as { persona: string; message: string };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: personaRole(persona) },
      { role: "user", content: message },
    ],
  });
  res.send(completion.choices[0].message.content);
}

export async function handlePackageRole(req: Request, res: Response) {
  const { level, message } = req.body as { level: string; message: string };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: roleFor(Number(level)) },
      { role: "user", content: message },
    ],
  });
  res.send(completion.choices[0].message.content);
}
