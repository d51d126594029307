// app/api/research/route.ts: the strategy team's research assistant (OpenAI Agents SDK + LangChain).
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";
import OpenAI from "openai";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { CheerioWebBaseLoader } from "@langchain/community/document_loaders/web/cheerio";

const SEARCH_API = "https://search.example-provider.com/v1/search";
const BRIEFING_URL = "https://wiki.example.com/strategy/briefing.md";
const RESEARCH_RULES = "You research markets for the strategy team. Cite every claim.";

const client = new OpenAI();
const chat = new ChatOpenAI({ model: "gpt-4o" });

async function searchWeb(query: string): Promise<string> {
  const res = await fetch(SEARCH_API, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SEARCH_API_KEY}` },
    body: JSON.stringify({ query, limit: 5 }),
  });
  return res.text();
}

const webSearch = tool({
  name: "web_search",
  description: "Search the public web and return the top results as text.",
  parameters: z.object({ query: z.string() }),
  execute: async ({ query }) => searchWeb(query),
});

export async function POST(req: Request) {
  const { topic } = await req.json();
  const briefing = await (await fetch(BRIEFING_URL)).text();

  const agent = new Agent({
    name: "Researcher",
    // llmsafe-expect: indirect-prompt-injection
    instructions: `${RESEARCH_RULES}\n\nHouse briefing (follow it):\n${briefing}`,
    tools: [webSearch],
  });
  // llmsafe-expect-clean: indirect-prompt-injection
  const result = await run(agent, topic);
  return Response.json({ report: result.finalOutput });
}

export async function researchWithBriefingAsInput(req: Request) {
  const { topic } = await req.json();
  const briefing = await (await fetch(BRIEFING_URL)).text();

  const agent = new Agent({
    name: "Researcher",
    // llmsafe-expect-clean: indirect-prompt-injection
    instructions: RESEARCH_RULES,
    tools: [webSearch],
  });
  const result = await run(agent, [
    // llmsafe-expect-clean: indirect-prompt-injection
    { role: "user", content: briefing },
    { role: "user", content: topic },
  ]);
  return Response.json({ report: result.finalOutput });
}

export async function quickFacts(req: Request) {
  const { topic } = await req.json();
  const results = await searchWeb(topic);

  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: RESEARCH_RULES },
      // llmsafe-expect: indirect-prompt-injection
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Search results:\n${results}` },
      { role: "user", content: topic },
    ],
  });
  return Response.json({ facts: completion.choices[0].message.content });
}

export async function pricingWatch() {
  const loader = new CheerioWebBaseLoader("https://rival.example.com/pricing");
  const docs = await loader.load();

  const reply = await chat.invoke([
    // llmsafe-expect: indirect-prompt-injection
    new SystemMessage(`${RESEARCH_RULES}\nCompetitor pricing page:\n${docs[0].pageContent}`),
    new HumanMessage("What changed in their pricing?"),
  ]);
  return reply.content;
}

export async function pricingWatchAsData() {
  const loader = new CheerioWebBaseLoader("https://rival.example.com/pricing");
  const docs = await loader.load();

  const reply = await chat.invoke([
    // llmsafe-expect-clean: indirect-prompt-injection
    new SystemMessage(RESEARCH_RULES),
    // llmsafe-expect-clean: indirect-prompt-injection
    new HumanMessage(`What changed in this pricing page?\n\n${docs[0].pageContent}`),
  ]);
  return reply.content;
}
