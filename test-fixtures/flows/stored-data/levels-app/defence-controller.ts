// defence-controller.ts: the sandbox level's defence settings, kept in the player's session
// (express-session) for the chat controller to use on later turns.
import type { Request, Response } from "express";
import { configureDefence, defaultDefences } from "./defences";
import { isValidLevel, LEVEL_NAMES } from "./levels";

export function handleConfigureDefence(req: Request, res: Response) {
  const { defenceId, level, config } = req.body;
  if (!defenceId || !config || !isValidLevel(level)) {
    res.status(400).send("Missing defenceId, config or level");
    return;
  }
  const currentDefences = req.session.levelState[level].defences;
  if (!currentDefences || level !== LEVEL_NAMES.SANDBOX) {
    res.status(400).send("You cannot configure defences on this level");
    return;
  }
  req.session.levelState[level].defences = configureDefence(defenceId, currentDefences, config);
  res.send({ updated: defenceId });
}

// Look-alike: a reset writes the server's own defaults back, nothing the request sent.
export function handleResetLevel(req: Request, res: Response) {
  const { level } = req.body;
  if (!isValidLevel(level)) {
    res.status(400).send("Invalid level");
    return;
  }
  req.session.levelState[level].title = `Level ${Number(level) + 1}`;
  res.send({ reset: level, defences: defaultDefences.length });
}
