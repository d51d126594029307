// app/api/cards/rewrite/route.ts: rewrites a card the browser sends whole (an unsaved draft). The
// draft's body is request data, and the bullets layout splices it into its instructions.
import { layoutHandlers, type LayoutKind } from "../../../../lib/layouts/registry";

export async function POST(request: Request) {
  const { draft, ask }: { draft: { id: string; body: string; layout: LayoutKind }; ask: string } = await request.json();
  const handler = layoutHandlers.find((candidate) => candidate.layout === draft.layout);
  if (!handler) return Response.json({ error: "unknown layout" }, { status: 400 });
  let text = "";
  // llmsafe-expect: system-prompt-injection
  await handler.rewrite({ card: { ...draft, title: "Draft", updatedAt: new Date() }, request: ask, emit: (chunk) => { text += chunk; } });
  return Response.json({ text });
}
