// app/api/cards/route.ts: the editor saves a card. Anyone who can share a card id controls its body;
// the title is the server's until the owner renames it.
import { saveNoteCard } from "../../../lib/db/queries";

export async function POST(request: Request) {
  const { id, body, layout }: { id: string; body: string; layout: "bullets" | "memo" | "plain" } = await request.json();
  await saveNoteCard({ id, title: "Untitled card", body, layout });
  return Response.json({ id });
}
