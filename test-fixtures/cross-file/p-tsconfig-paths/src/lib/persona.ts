// src/lib/persona.ts: reached as `@lib/persona` through the alias's second target (lib/ has no persona).
const PERSONA_TEXT: Record<string, string> = {
  teller: "Speak like a polite bank teller.",
  auditor: "Speak like a careful auditor.",
};

// Only a persona from the table reaches the instructions; anything else gets none.
export function personaRole(persona: string) {
  const style = Object.hasOwn(PERSONA_TEXT, persona) ? PERSONA_TEXT[persona] : "";
  return `You are the bank's assistant. ${style}`;
}
