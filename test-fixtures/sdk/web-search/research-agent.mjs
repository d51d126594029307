// lib/research.mjs: scrape the pages a plan names and write a report. Firecrawl returns the pages'
// markdown; the report step puts it into its instructions.
import FirecrawlApp from "@mendable/firecrawl-js";
import { getJson } from "serpapi";
import Anthropic from "@anthropic-ai/sdk";

const firecrawl = new FirecrawlApp({ apiKey: process.env.FIRECRAWL_API_KEY });
const anthropic = new Anthropic();

export async function research(topic) {
  const serp = await getJson({ engine: "google", q: topic, api_key: process.env.SERPAPI_KEY });
  const urls = serp.organic_results.slice(0, 3).map((r) => r.link);
  const pages = [];
  for (const url of urls) {
    const page = await firecrawl.scrapeUrl(url, { formats: ["markdown"] });
    pages.push(page.markdown);
  }
  const report = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    // llmsafe-expect: indirect-prompt-injection
    system: `You write research reports. Use only this material:\n${pages.join("\n---\n")}`,
    messages: [{ role: "user", content: `Report on ${topic}` }],
  });
  const snippets = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    // llmsafe-expect: indirect-prompt-injection
    system: `Rank these results: ${serp.organic_results.map((r) => r.snippet).join(" | ")}`,
    messages: [{ role: "user", content: topic }],
  });
  return { report: report.content, snippets: snippets.content };
}
