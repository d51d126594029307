// chat-history.ts: the level's chat history and its system message. It imports defences.ts,
// which imports it back: the two modules form an import cycle.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { getSystemRole, isDefenceActive, type Defence } from "./defences";
import { LEVEL_NAMES } from "./levels";

export interface ChatMessage { completion?: ChatCompletionMessageParam; infoMessage?: string; chatMessageType: string }

const MAX_HISTORY = 1000;

export function pushMessageToHistory(chatHistory: ChatMessage[], message: ChatMessage): ChatMessage[] {
  return [...chatHistory, message].slice(-MAX_HISTORY);
}

function isSystemMessage(message: ChatMessage) {
  return message.chatMessageType === "SYSTEM";
}

export function setSystemRoleInChatHistory(currentLevel: LEVEL_NAMES, defences: Defence[], chatHistory: ChatMessage[]): ChatMessage[] {
  const needed = currentLevel !== LEVEL_NAMES.SANDBOX || isDefenceActive("SYSTEM_ROLE", defences);
  if (!needed) return chatHistory.filter((message) => !isSystemMessage(message));
  const completion: ChatCompletionMessageParam = { role: "system", content: getSystemRole(defences, currentLevel) };
  return [{ completion, chatMessageType: "SYSTEM" }, ...chatHistory.filter((message) => !isSystemMessage(message))];
}
