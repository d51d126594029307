// src/routes/chat/index.tsx: a Qwik City route with a loader, a form action and a server$ function.
import { component$ } from "@builder.io/qwik";
import { Form, routeAction$, routeLoader$, server$, zod$, z } from "@builder.io/qwik-city";
import OpenAI from "openai";

const openai = new OpenAI();

export const useWelcome = routeLoader$(async (requestEvent) => {
  const lang = requestEvent.query.get("lang") ?? "English";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Always answer in ${lang}.` },
      { role: "user", content: "Welcome me." },
    ],
  });
  return completion.choices[0].message.content;
});

export const useAsk = routeAction$(
  async (data, requestEvent) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${data.persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: data.question },
      ],
    });
    requestEvent.headers.set("Cache-Control", "no-store");
    return { answer: completion.choices[0].message.content };
  },
  zod$({ persona: z.string(), question: z.string() }),
);

export const suggestTitle = server$(async function (draft: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Suggest a title. The author's notes: ${draft}` },
      { role: "user", content: "Title?" },
    ],
  });
  return completion.choices[0].message.content;
});

export default component$(() => {
  const welcome = useWelcome();
  const ask = useAsk();
  return (
    <Form action={ask}>
      <p>{welcome.value}</p>
      <input name="persona" />
      <input name="question" />
    </Form>
  );
});
