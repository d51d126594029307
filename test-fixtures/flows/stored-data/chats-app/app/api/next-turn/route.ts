// POST /api/next-turn: streams the model's next turn for a chat, from the turns stored so far.
import Together from "together-ai";
import { z } from "zod";
import { getDb } from "../../../lib/db";

const together = new Together();

export async function POST(req: Request) {
  const { chatId } = await req.json();
  const db = getDb();
  const rows = await db.turn.findMany({ where: { chatId }, orderBy: { position: "asc" } });
  const turns = z.array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string() })).parse(rows);
  const stream = together.chat.completions.stream({
    model: "Qwen/Qwen2.5-Coder-32B-Instruct",
    // The stored roles are whatever addTurn's callers sent: a "system" turn beside the server's.
    // llmsafe-expect: system-prompt-injection
    messages: turns.map((t) => ({ role: t.role, content: t.content })),
  });
  return new Response(stream.toReadableStream());
}
