// A search assistant's writer step: what is fetched from a search engine or a page is third-party
// text, what comes from the app's own API or its fixed configuration file is not.
import OpenAI from "openai";

const openai = new OpenAI();
const SEARX_URL = process.env.SEARXNG_API_URL ?? "http://localhost:8080";

interface SearxResult { title: string; url: string; content?: string }

async function searchWeb(query: string): Promise<SearxResult[]> {
  const url = new URL(`${SEARX_URL}/search?format=json`);
  url.searchParams.append("q", query);
  const res = await fetch(url);
  const data = await res.json();
  return data.results;
}

async function readPage(link: string): Promise<string> {
  const res = await fetch(link);
  return res.text();
}

export async function writeAnswer(question: string, link?: string) {
  const results = await searchWeb(question);
  const context = results.map((r, i) => `<result index=${i + 1} title=${r.title}>${r.content ?? ""}</result>`).join("\n");
  const page = link ? await readPage(link) : "";
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `You are a research assistant. Cite the results below.\n<search_results>\n${context}\n</search_results>` },
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `The user also shared this page:\n${page}` },
      { role: "user", content: question },
    ],
  });
}

export async function writeStyledAnswer(question: string) {
  // The app's own API (same origin) and its fixed configuration file: the operator's text.
  const settings = await (await fetch("/api/assistant/settings")).json();
  const branding = await (await fetch("https://cdn.example.com/assistant/config.json")).json();
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `You are ${settings.persona}. Answer in a ${branding.tone} tone.` },
      { role: "user", content: question },
    ],
  });
}
