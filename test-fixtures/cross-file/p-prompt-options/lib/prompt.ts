// lib/prompt.ts: the chat route's prompts, built from one options object. Only some of its fields
// are instructions; the question and the history go in user messages.
export interface PromptOptions {
  template: { name: string; instructions: string };
  question: string;
  history: { role: "user" | "assistant"; content: string }[];
}

export function toSystemPrompt({ template, question }: PromptOptions) {
  void question.length;
  return `You are a coding assistant working with the ${template.name} template.
Follow these instructions: ${template.instructions}`;
}

export const toUserMessages = (opts: PromptOptions) => [
  ...opts.history,
  { role: "user" as const, content: opts.question },
];
