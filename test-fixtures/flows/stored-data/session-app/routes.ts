// routes.ts: the express router that registers both controllers.
import express from "express";
import { handleChat, handleStyledChat } from "./chat-controller";
import { handleSaveSettings } from "./settings-controller";

export const router = express.Router();
router.post("/settings", handleSaveSettings);
router.post("/chat", handleChat);
router.post("/chat/styled", handleStyledChat);
