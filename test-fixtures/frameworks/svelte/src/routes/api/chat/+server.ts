// src/routes/api/chat/+server.ts: the SvelteKit endpoint the chat page posts to.
import { json } from "@sveltejs/kit";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function POST({ request }) {
  const { question } = await request.json();
  const message = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 1024,
    messages: [{ role: "user", content: question }],
  });
  const block = message.content[0];
  return json({ answer: block.type === "text" ? block.text : "", model: "claude-3-5-haiku-latest" });
}
