// A local helper that happens to be called routeAction$: not Qwik City's, its callback gets the
// app's own arguments.
import OpenAI from "openai";

const openai = new OpenAI();

function routeAction$<T>(run: (data: { topic: string }) => Promise<T>) {
  return () => run({ topic: "release notes" });
}

export const draftNotes = routeAction$(async (data) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Draft ${data.topic} for the next version.` },
      { role: "user", content: "Go." },
    ],
  });
  return completion.choices[0].message.content;
});
