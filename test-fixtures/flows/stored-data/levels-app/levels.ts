// levels.ts: the game's levels, and the state the session keeps for each one.
import type { ChatMessage } from "./chat-history";
import type { Defence } from "./defences";

export const LEVEL_NAMES = { LEVEL_1: 0, LEVEL_2: 1, SANDBOX: 2 } as const;
export type LEVEL_NAMES = (typeof LEVEL_NAMES)[keyof typeof LEVEL_NAMES];

export interface LevelState {
  level: LEVEL_NAMES;
  chatHistory: ChatMessage[];
  defences?: Defence[];
}

export function isValidLevel(value: unknown): value is LEVEL_NAMES {
  return Object.values(LEVEL_NAMES).includes(value as LEVEL_NAMES);
}
