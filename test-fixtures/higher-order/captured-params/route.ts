// app/api/persona/route.ts
import { personaReply } from "./persona-chat";

export async function POST(req: Request) {
  const { persona, question, style } = await req.json();
  // llmsafe-expect: system-prompt-injection
  const text = await personaReply(persona, question, style);
  // The persona is the server's: the closures' system prompts hold no request data.
  // llmsafe-expect-clean: system-prompt-injection
  const other = await personaReply("a support agent", question, style);
  return Response.json({ text, other });
}
