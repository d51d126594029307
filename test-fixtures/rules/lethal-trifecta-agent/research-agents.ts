// Research and outreach agents on @openai/agents.
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";
import { getUserProfile } from "./profiles";

const fetchPage = tool({
  name: "fetch_page",
  description: "Fetch a page and return its text",
  parameters: z.object({ url: z.string() }),
  // llmsafe-expect: llm-output-ssrf
  execute: async ({ url }) => (await fetch(url)).text(),
});

// A news search API on a fixed host: what it returns is external content, where it sends is fixed.
const searchNews = tool({
  name: "search_news",
  description: "Search recent news",
  parameters: z.object({ query: z.string() }),
  execute: async ({ query }) => (await fetch(`https://news.example.com/v2/search?q=${encodeURIComponent(query)}`)).json(),
});

const userProfile = tool({
  name: "user_profile",
  description: "The signed-in user's profile: name, email, saved addresses",
  parameters: z.object({ userId: z.string() }),
  execute: async ({ userId }) => getUserProfile(userId),
});

const postUpdate = tool({
  name: "post_update",
  description: "Post a status update to the team's webhook",
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    await fetch("https://hooks.example.com/team", { method: "POST", body: JSON.stringify({ text }) });
    return "posted";
  },
});

const postUpdateApproved = tool({
  name: "post_update",
  description: "Post a status update to the team's webhook (confirmed by the user)",
  parameters: z.object({ text: z.string() }),
  needsApproval: true,
  execute: async ({ text }) => {
    await fetch("https://hooks.example.com/team", { method: "POST", body: JSON.stringify({ text }) });
    return "posted";
  },
});

// The webhook is a fixed host, but the model writes the body: what it posts is its choice.
// llmsafe-expect: lethal-trifecta-agent
export const scout = new Agent({ name: "Scout", instructions: "Research and report.", tools: [fetchPage, userProfile, postUpdate] });

// llmsafe-expect-clean: lethal-trifecta-agent
export const carefulScout = new Agent({ name: "Careful scout", instructions: "Research and report.", tools: [searchNews, userProfile, postUpdateApproved] });

// Reads pages and posts updates, but holds no private data.
// llmsafe-expect-clean: lethal-trifecta-agent
export const newsBot = new Agent({ name: "News", instructions: "Summarise the news.", tools: [fetchPage, postUpdate] });

export async function research(question: string) {
  return run(scout, question);
}
