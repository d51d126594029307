import OpenAI from "openai";
import { CloudVectorStore } from "./stores";

const openai = new OpenAI();
const store = new CloudVectorStore({ collection: "notes", apiKey: process.env.VECTRA_API_KEY, tenant: process.env.VECTRA_TENANT });

export async function answer(question: string, embedding: number[]) {
  const hits = await store.search(embedding);
  const notes = hits.map((h) => `- ${h.text}`).join("\n");
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: secret-in-prompt
      { role: "system", content: `Answer from these notes only:\n${notes}` },
      { role: "user", content: question },
    ],
  });
  return r.choices[0].message.content;
}

export async function troubleshoot(error: string) {
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "system", content: `You debug vector store connections. Connection: ${store.describe()}` },
      { role: "user", content: error },
    ],
  });
  return r.choices[0].message.content;
}
