// lib/docs-answer.ts: the docs assistant used by app/docs/[topic]/page.tsx.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function docsAnswer(topic: string, question: string): Promise<string> {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 600,
    system: `You answer questions about the ${topic} section of the Acme docs.`,
    messages: [{ role: "user", content: question }],
  });
  const first = message.content[0];
  return first?.type === "text" ? first.text : "";
}

export async function docsSummary(question: string): Promise<string> {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 300,
    system: "You summarise the Acme docs in two sentences.",
    messages: [{ role: "user", content: question }],
  });
  const first = message.content[0];
  return first?.type === "text" ? first.text : "";
}
