// routes.ts: the game's express router. Handlers live in controllers; this module is the only
// place that registers them, so the engine first meets the handlers' bodies from here.
import express from "express";
import { handleChat } from "./chat-controller";
import { handleConfigureDefence, handleResetLevel } from "./defence-controller";

export const router = express.Router();
router.post("/defence/configure", handleConfigureDefence);
router.post("/level/reset", handleResetLevel);
router.post("/chat", handleChat);
