// src/agents/tone.ts: reached as `@/agents/tone` (the alias points at src/ when the file is there).
export function toneInstructions(tone: string) {
  return `Answer in a ${tone} tone.`;
}
