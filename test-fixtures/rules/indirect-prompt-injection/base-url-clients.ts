// lib/digest.ts: a daily digest built from a public API through HTTP clients set up with a base
// URL. A path starting with "/" is the third party's here, not the app's own route.
import OpenAI from "openai";
import { ofetch } from "ofetch";

const client = new OpenAI();
const hn = ofetch.create({ baseURL: "https://hacker-news.firebaseio.com" });

export async function digest(id: number) {
  const story = await hn(`/v0/item/${id}.json`);
  const comment = await ofetch("/v0/item/1.json", { baseURL: "https://hacker-news.firebaseio.com" });
  const own = await fetch("/api/digest-settings");
  const settings = await own.json();
  return client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Write a digest in the tone of the story: ${story.title}` },
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Top comment: ${comment.text}` },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `Length: ${settings.length} words.` },
      { role: "user", content: "Write today's digest." },
    ],
  });
}
