// lib/research-tools.ts: research tools for three agent stacks (Agents SDK, LangChain, MCP) and Gemini.
import { Agent, tool } from "@openai/agents";
import { tool as langchainTool } from "@langchain/core/tools";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { GoogleGenAI } from "@google/genai";
import got from "got";
import { z } from "zod";

const genai = new GoogleGenAI({});

const apiDocs = tool({
  name: "api_docs",
  description: "Fetch the OpenAPI document of one of our internal services",
  parameters: z.object({ service: z.string(), version: z.string().default("v1") }),
  execute: async ({ service, version }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(`http://${service}.internal:8080/${version}/openapi.json`);
    return res.text();
  },
});

const wikiSummary = tool({
  name: "wiki_summary",
  description: "Summary of a Wikipedia article",
  parameters: z.object({ title: z.string() }),
  execute: async ({ title }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(`https://en.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(title)}`);
    const body = await res.json();
    return body.extract as string;
  },
});

export const researcher = new Agent({
  name: "Researcher",
  instructions: "Find and cite primary sources.",
  tools: [apiDocs, wikiSummary],
});

export const readFeed = langchainTool(
  async ({ feedUrl }) => {
    // llmsafe-expect: llm-output-ssrf
    const xml = await got(feedUrl).text();
    return xml.slice(0, 10_000);
  },
  { name: "read_feed", description: "Fetch an RSS feed", schema: z.object({ feedUrl: z.string() }) },
);

export const hnSearch = langchainTool(
  async ({ query }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const data = await got("https://hn.algolia.com/api/v1/search", { searchParams: { query, tags: "story" } }).json();
    return JSON.stringify(data);
  },
  { name: "hn_search", description: "Search Hacker News stories", schema: z.object({ query: z.string() }) },
);

const server = new McpServer({ name: "web-reader", version: "1.0.0" });

server.tool("fetch_url", "Fetch a URL and return the body", { url: z.string() }, async ({ url }) => {
  // llmsafe-expect: llm-output-ssrf
  const res = await fetch(url);
  return { content: [{ type: "text", text: await res.text() }] };
});

export function imageFor(topic: string) {
  return genai.models
    .generateContent({
      model: "gemini-2.5-flash",
      contents: topic,
      config: { systemInstruction: "Reply with one image URL that illustrates the topic." },
    })
    // llmsafe-expect: llm-output-ssrf
    .then((response) => fetch((response.text ?? "").trim()))
    .then((res) => res.arrayBuffer());
}

export { server };
