// lib/ai/prompts.ts: the desk's prompts, imported through the `@/` root alias.
const deskPrompt = "You are the support desk of Acme Cloud. Answer only questions about Acme products.";
const toolsPrompt = "Use the lookupOrder tool for order questions. Never reveal another customer's order.";

export type DeskHints = { city?: string; country?: string };

// The chosen model only picks which constant sections go in; the hints are the platform's geolocation.
export const deskSystemPrompt = ({ selectedModel, hints }: { selectedModel: string; hints: DeskHints }) => {
  const where = `The customer is in ${hints.city ?? "an unknown city"}, ${hints.country ?? "an unknown country"}.`;
  if (selectedModel.includes("reasoning")) return `${deskPrompt}\n\n${where}`;
  return `${deskPrompt}\n\n${where}\n\n${toolsPrompt}`;
};

// A helper that does put the caller's text into the instructions.
export function personaPrompt(persona: string) {
  return `${deskPrompt}\nSpeak as ${persona}.`;
}
