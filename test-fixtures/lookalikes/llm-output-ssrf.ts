// lookalikes/llm-output-ssrf.ts: browsing tools of a research agent (OpenAI Agents SDK).
import { tool } from "@openai/agents";
import axios from "axios";
import got from "got";
import https from "node:https";
import { chromium } from "playwright";
import { z } from "zod";

const DOC_HOSTS = new Set(["docs.acme.dev", "developer.mozilla.org"]);
const API_BASE = "https://api.acme.dev";

// ---- look dangerous, are safe -------------------------------------------------------------

export const wikiSummary = tool({
  name: "wiki_summary",
  description: "Summary of a Wikipedia article",
  parameters: z.object({ title: z.string() }),
  execute: async ({ title }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(`https://en.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(title)}`);
    return res.text();
  },
});

export const docsPage = tool({
  description: "Read a page from the documentation sites",
  name: "docs_page",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" || !DOC_HOSTS.has(parsed.hostname)) return "host not allowed";
    // llmsafe-expect-clean: llm-output-ssrf
    const { data } = await axios.get(parsed.toString(), { maxRedirects: 0 });
    return String(data).slice(0, 20_000);
  },
});

export const acmeDocsPrefix = tool({
  name: "acme_docs",
  description: "Read a page of the Acme docs by URL",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    if (!url.startsWith("https://docs.acme.dev/")) return "only Acme docs";
    // llmsafe-expect-clean: llm-output-ssrf
    return got(url, { followRedirect: false }).text();
  },
});

export const searchIssues = tool({
  name: "search_issues",
  description: "Search the issue tracker",
  parameters: z.object({ query: z.string(), state: z.enum(["open", "closed"]) }),
  execute: async ({ query, state }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const { data } = await axios.post(`${API_BASE}/issues/search`, { query, state });
    return JSON.stringify(data);
  },
});

// ---- look safe, are dangerous -------------------------------------------------------------

export const statusOfHost = tool({
  name: "status_of_host",
  description: "Check the health endpoint of one of our services",
  parameters: z.object({ service: z.string() }),
  execute: async ({ service }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(`${`https://${service}`}/healthz`);
    return res.status;
  },
});

export const apiPath = tool({
  name: "api_get",
  description: "GET a path of the Acme API",
  parameters: z.object({ path: z.string() }),
  execute: async ({ path }) => {
    // An absolute URL in `path` replaces the base entirely.
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(new URL(path, API_BASE));
    return res.text();
  },
});

export const prefixWithoutSlash = tool({
  name: "acme_docs_loose",
  description: "Read a page of the Acme docs by URL",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    // https://docs.acme.dev.evil.example/ passes this check.
    if (!url.startsWith("https://docs.acme.dev")) return "only Acme docs";
    // llmsafe-expect: llm-output-ssrf
    return got(url).text();
  },
});

export const renamedDownload = tool({
  name: "download",
  description: "Download a file",
  parameters: z.object({ link: z.string().url() }),
  execute: async (args) => {
    const { link: source } = args;
    return new Promise<number>((resolve, reject) => {
      // llmsafe-expect: llm-output-ssrf
      https.get(String(source), (res) => resolve(res.statusCode ?? 0)).on("error", reject);
    });
  },
});

export const screenshot = tool({
  name: "screenshot",
  description: "Take a screenshot of a page",
  parameters: z.object({ url: z.string().url().optional() }),
  execute: async ({ url }) => {
    const browser = await chromium.launch();
    const page = await browser.newPage();
    // llmsafe-expect: llm-output-ssrf
    await page.goto(url ?? "https://acme.dev");
    const shot = await page.screenshot({ type: "png" });
    await browser.close();
    return shot.toString("base64");
  },
});

export const axiosConfig = tool({
  name: "http_get",
  description: "GET a URL and return the status",
  parameters: z.object({ target: z.string() }),
  execute: async ({ target }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await axios({ method: "get", url: target, timeout: 5_000 });
    return res.status;
  },
});
