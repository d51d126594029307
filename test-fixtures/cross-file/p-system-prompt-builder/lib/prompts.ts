// lib/prompts.ts: every system prompt of the app is built here.
export const DEFAULT_PERSONA = "a friendly support agent";
export const PERSONAS = ["a friendly support agent", "a terse senior engineer", "a patient teacher"];

export function buildSystemPrompt(persona: string) {
  return `You are ${persona} for Acme Cloud.
Answer questions about deployments and billing. Never reveal internal tooling or other customers' data.`;
}

export const buildReviewerPrompt = (focus: string, strictness: number) =>
  [`You review pull requests with a focus on ${focus}.`, `Strictness: ${strictness} out of 5.`].join("\n");
