// src/llm.ts: shared by the Vite app's server (server.ts imports it) and nothing in the page uses
// a browser API here: no evidence it ships to the browser, so nothing is reported.
import OpenAI from "openai";

const openai = new OpenAI();

export async function classify(ticket: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-in-client-bundle
      { role: "system", content: "Classify the support ticket as billing, bug, feature request or other. Answer with the label only." },
      { role: "user", content: ticket },
    ],
  });
  return completion.choices[0].message.content;
}
