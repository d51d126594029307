// research-agent.mjs: Agents SDK tools built on the shared HTTP helpers.
import { Agent, run, tool } from "@openai/agents";
import OpenAI from "openai";
import { z } from "zod";
import http, { getText, searchDocs } from "./http-client.mjs";

const openai = new OpenAI();

const readUrl = tool({
  name: "read_url",
  description: "Read a web page",
  parameters: z.object({ url: z.string() }),
  // llmsafe-expect: llm-output-ssrf
  execute: async ({ url }) => getText(url),
});

const search = tool({
  name: "search_docs",
  description: "Search the product documentation",
  parameters: z.object({ query: z.string() }),
  // llmsafe-expect-clean: llm-output-ssrf
  execute: async ({ query }) => JSON.stringify(await searchDocs(query)),
});

export const researcher = new Agent({
  name: "Researcher",
  instructions: "Answer from the docs; read pages when needed.",
  tools: [readUrl, search],
});

export async function research(question) {
  const result = await run(researcher, question);
  return result.finalOutput;
}

export async function followCitation(question) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Reply with the URL of the best source for the question, nothing else." },
      { role: "user", content: question },
    ],
  });
  // llmsafe-expect-also: llm-output-ssrf
  return http.getText(completion.choices[0].message.content.trim());
}
