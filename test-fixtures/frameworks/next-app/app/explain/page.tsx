// app/explain/page.tsx: a server component (Next.js 15) that explains a term named in the URL.
import OpenAI from "openai";

const openai = new OpenAI();
const LEVELS = ["beginner", "expert"] as const;

export default async function ExplainPage({ searchParams }: { searchParams: Promise<{ term?: string; level?: string; style?: string }> }) {
  const { term = "", level, style } = await searchParams;
  const audience = LEVELS.find((l) => l === level) ?? "beginner";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // The level is checked against a fixed list; the style is whatever the URL says.
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Explain terms for a ${audience} reader. House style: ${style}.` },
      // In its own user message, but glued to an order ("Explain:") with nothing marking where it ends.
      // llmsafe-expect-clean: system-prompt-injection
      // llmsafe-expect: undelimited-prompt-input
      { role: "user", content: `Explain: ${term}` },
    ],
  });
  return (
    <article>
      <h1>{term}</h1>
      <p>{completion.choices[0].message.content}</p>
    </article>
  );
}
