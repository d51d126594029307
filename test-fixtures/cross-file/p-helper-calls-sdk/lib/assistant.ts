// lib/assistant.ts: thin wrappers around Claude used by several routes.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();
const SUPPORT_PERSONA = "You are Acme's support assistant. Answer from the public docs only.";

export async function askAs(persona: string, question: string) {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: persona,
    messages: [{ role: "user", content: question }],
  });
  const first = msg.content[0];
  return first.type === "text" ? first.text : "";
}

export async function askSupport(question: string) {
  return askAs(SUPPORT_PERSONA, question);
}

export class ReplyDrafter {
  constructor(private readonly signature: string) {}

  async draft(customerEmail: string) {
    const msg = await anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 512,
      system: `Draft a reply to the customer's email. Sign it as: ${this.signature}`,
      messages: [{ role: "user", content: customerEmail }],
    });
    return msg.content;
  }
}
