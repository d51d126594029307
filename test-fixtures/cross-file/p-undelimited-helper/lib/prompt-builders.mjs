// lib/prompt-builders.mjs: prompt strings for the "summarize" and "explain" buttons.
export function summarizePrompt(text, bullets = 3) {
  return `Summarize the text below in ${bullets} bullet points. Ignore formatting.\n\n${text}`;
}

export const explainPrompt = (term, audience) =>
  "Explain the term \"" + term + "\" to " + audience + " in two sentences.";

export function asTaggedInput(text) {
  return `<user_text>\n${text}\n</user_text>`;
}

export const SAMPLE_TEXT = "Acme Cloud now supports zero-downtime deploys for every plan.";
