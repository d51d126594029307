// src/routes/summary/+page.server.ts: a SvelteKit load function, plain TypeScript.
import OpenAI from "openai";

const openai = new OpenAI();

export async function load({ url }) {
  const tone = url.searchParams.get("tone") ?? "neutral";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Summarise today's release notes in a ${tone} tone.` },
      { role: "user", content: "Release notes: see the changelog." },
    ],
  });
  return { summary: completion.choices[0].message.content ?? "" };
}
