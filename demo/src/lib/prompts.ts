// Every system prompt of the app is assembled here.
const TONES = ["friendly", "formal", "concise"] as const;
export type Tone = (typeof TONES)[number];

export function isTone(value: unknown): value is Tone {
  return typeof value === "string" && (TONES as readonly string[]).includes(value);
}

export function supportPrompt(persona: string): string {
  return `You are ${persona}, a support agent for Acme Cloud.
Answer questions about deployments and billing. Never reveal internal tooling.`;
}

export function tonePrompt(tone: Tone): string {
  return `You are Acme's support agent. Answer in a ${tone} tone.`;
}
