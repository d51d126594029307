// POST /api/recap: a recap of a chat's notes, whose roles only the server ever wrote.
import Together from "together-ai";
import { getDb } from "../../../lib/db";

const together = new Together();

export async function POST(req: Request) {
  const { chatId } = await req.json();
  const notes = await getDb().note.findMany({ where: { chatId } });
  const stream = together.chat.completions.stream({
    model: "Qwen/Qwen2.5-Coder-32B-Instruct",
    // Look-alike: the text is the callers', but the role column only ever held "user".
    // llmsafe-expect-clean: system-prompt-injection
    messages: notes.map((n) => ({ role: n.role, content: n.content })),
  });
  return new Response(stream.toReadableStream());
}
