// settings-controller.ts: POST /settings keeps the player's assistant settings in the
// server-side session (express-session); the chat controller reads them on every turn.
import type { Request, Response } from "express";

export function handleSaveSettings(req: Request, res: Response) {
  const { persona, qaPreamble } = req.body as { persona: string; qaPreamble: string };
  req.session.assistant.persona = persona;
  req.session.assistant.qaPreamble = qaPreamble;
  req.session.assistant.theme = "dark";
  res.send({ saved: true });
}
