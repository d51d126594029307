// app/api/draft/route.ts: the editor saves a draft; the title is chosen by the server.
import { saveDraft } from "../../../lib/db/queries";

export async function POST(request: Request) {
  const { id, body }: { id: string; body: string } = await request.json();
  await saveDraft({ id, title: "Untitled draft", body });
  return Response.json({ ok: true });
}
