// app/api/assistant/route.ts
import { askAs, askSupport, ReplyDrafter } from "../../../lib/assistant";

export async function POST(req: Request) {
  const body = await req.json();
  const answer = await askAs(
    // llmsafe-expect: system-prompt-injection
    body.persona,
    // llmsafe-expect-clean: system-prompt-injection
    body.question,
  );
  return Response.json({ answer });
}

export async function GET(req: Request) {
  const question = new URL(req.url).searchParams.get("q") ?? "";
  // llmsafe-expect-clean: system-prompt-injection
  const answer = await askSupport(question);
  return Response.json({ answer });
}

export async function PUT(req: Request) {
  const { signature, email } = await req.json();
  // llmsafe-expect: system-prompt-injection
  const drafter = new ReplyDrafter(signature);
  // llmsafe-expect-clean: system-prompt-injection
  const draft = await drafter.draft(email);
  return Response.json({ draft });
}

export async function PATCH(req: Request) {
  const { email } = await req.json();
  // llmsafe-expect-clean: system-prompt-injection
  const drafter = new ReplyDrafter("The Acme support team");
  const draft = await drafter.draft(email);
  return Response.json({ draft });
}
