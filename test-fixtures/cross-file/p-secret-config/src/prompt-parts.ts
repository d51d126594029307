// src/prompt-parts.ts: reusable pieces of system prompts.
export function withContactFooter(system: string, contact: string) {
  return `${system}\n\nIf you cannot help, tell the customer to write to ${contact}.`;
}
