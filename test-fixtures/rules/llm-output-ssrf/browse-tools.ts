// app/api/chat/browse.ts: web tools for the research chat (AI SDK v5 tools).
import { generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import axios from "axios";
import { z } from "zod";

const ALLOWED_DOC_HOSTS = new Set(["docs.python.org", "developer.mozilla.org", "nodejs.org"]);

// z.string().url() checks the shape, not the host: http://169.254.169.254/ is a valid URL.
export const fetchPage = tool({
  description: "Fetch a web page and return its text",
  inputSchema: z.object({ url: z.string().url() }),
  execute: async ({ url }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(url, { redirect: "follow" });
    return (await res.text()).slice(0, 20_000);
  },
});

export const readDocs = tool({
  description: "Fetch a page from an allow-listed documentation site",
  inputSchema: z.object({ url: z.string().url() }),
  execute: async ({ url }) => {
    const target = new URL(url);
    if (target.protocol !== "https:" || !ALLOWED_DOC_HOSTS.has(target.hostname)) {
      throw new Error(`host not allowed: ${target.hostname}`);
    }
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(target, { redirect: "error" });
    return (await res.text()).slice(0, 20_000);
  },
});

export const weather = tool({
  description: "Current weather at a coordinate",
  inputSchema: z.object({ latitude: z.number(), longitude: z.number() }),
  execute: async ({ latitude, longitude }) => {
    const res = await fetch(
      // llmsafe-expect-clean: llm-output-ssrf
      `https://api.open-meteo.com/v1/forecast?latitude=${encodeURIComponent(latitude)}&longitude=${encodeURIComponent(longitude)}&current=temperature_2m`,
    );
    return res.json();
  },
});

export const searchRepos = tool({
  description: "Search GitHub repositories",
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const { data } = await axios.get("https://api.github.com/search/repositories", { params: { q: query, per_page: 5 } });
    return data.items.map((r: { full_name: string }) => r.full_name);
  },
});

export const packageInfo = tool({
  description: "Look up the latest version of an npm package",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const { data } = await axios.get(`https://registry.npmjs.org/${encodeURIComponent(name)}/latest`);
    return { version: data.version, description: data.description };
  },
});

export const checkLink = tool({
  description: "Check whether a link in the draft is alive",
  inputSchema: z.object({ href: z.string() }),
  execute: async ({ href }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await axios.head(href, { timeout: 5_000, validateStatus: () => true });
    return { status: res.status };
  },
});

export async function research(question: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: "Answer with sources. Use the tools to read pages.",
    prompt: question,
    tools: { fetchPage, readDocs, weather, searchRepos, packageInfo, checkLink },
    stopWhen: stepCountIs(8),
  });
  return text;
}
