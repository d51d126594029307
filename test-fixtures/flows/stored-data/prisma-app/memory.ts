// memory.ts: an assistant that remembers notes across conversations (Prisma). Notes come from
// the chat request; the assistant's persona row is written only by the admin seed script.
import { PrismaClient } from "@prisma/client";
import Anthropic from "@anthropic-ai/sdk";

const prisma = new PrismaClient();
const anthropic = new Anthropic();

export async function POST(req: Request) {
  const { note } = await req.json();
  await prisma.memoryNote.create({ data: { text: note, source: "chat" } });
  return Response.json({ ok: true });
}

export async function recall(userId: string) {
  const latest = await prisma.memoryNote.findFirst({ where: { userId }, orderBy: { createdAt: "desc" } });
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 512,
    // llmsafe-expect: indirect-prompt-injection
    system: `Remember this about the user: ${latest?.text}`,
    messages: [{ role: "user", content: "What do you remember?" }],
  });
  return msg.content;
}

// Look-alike: `source` of the same row is a constant, and the persona table is never written here.
export async function persona(userId: string) {
  const latest = await prisma.memoryNote.findFirst({ where: { userId } });
  const row = await prisma.assistantPersona.findUnique({ where: { id: "default" } });
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 512,
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `You are ${row?.description}. Notes came from the ${latest?.source} channel.`,
    messages: [{ role: "user", content: "Hello" }],
  });
  return msg.content;
}
