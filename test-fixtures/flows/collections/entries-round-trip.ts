// Request options turned into a Map and back (Object.entries / new Map / Object.fromEntries), as a
// settings layer does: the fields keep their own taint through the round trip.
import type { NextRequest } from "next/server";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const DEFAULTS = { style: "plain", audience: "engineers" };

export async function POST(req: NextRequest) {
  const body = await req.json();
  const options = new Map(Object.entries({ ...DEFAULTS, focus: body.focus as string }));
  const settled = Object.fromEntries(options);
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `Summarise for ${settled.audience}, focusing on ${settled.focus}.`,
    prompt: String(body.document),
  });
  const again = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `Summarise for ${options.get("audience")} in a ${settled.style} style.`,
    prompt: String(body.document),
  });
  return Response.json({ text, again: again.text });
}
