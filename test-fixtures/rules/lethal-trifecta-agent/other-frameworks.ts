// The same agent on Mastra, Genkit and LlamaIndex: a browsing tool (any URL: it reads, and the URL
// can carry data out) next to a user lookup.
import { Agent } from "@mastra/core/agent";
import { createTool } from "@mastra/core/tools";
import { genkit, z as gz } from "genkit";
import { agent as llamaAgent, tool as llamaTool } from "llamaindex";
import { Pool } from "pg";
import { z } from "zod";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ai = genkit({});

const browse = createTool({
  id: "browse",
  description: "Open a page",
  inputSchema: z.object({ url: z.string() }),
  // llmsafe-expect: llm-output-ssrf
  execute: async ({ context }) => (await fetch(context.url)).text(),
});
const users = createTool({
  id: "users",
  description: "Look up a user",
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ context }) => (await pool.query("SELECT name, email FROM users WHERE id = $1", [context.id])).rows,
});

// llmsafe-expect: lethal-trifecta-agent
export const mastraAgent = new Agent({ name: "helper", instructions: "Help the user.", model: "openai/gpt-4o", tools: { browse, users } });
// llmsafe-expect-clean: lethal-trifecta-agent
export const mastraLookup = new Agent({ name: "lookup", instructions: "Look users up.", model: "openai/gpt-4o", tools: { users } });

const genkitBrowse = ai.defineTool({ name: "browse", description: "Open a page", inputSchema: gz.object({ url: gz.string() }) }, async ({ url }) => {
  // llmsafe-expect: llm-output-ssrf
  const res = await fetch(url);
  return res.text();
});
const genkitUsers = ai.defineTool({ name: "users", description: "Look up a user", inputSchema: gz.object({ id: gz.string() }) }, async ({ id }) =>
  JSON.stringify((await pool.query("SELECT name, email FROM users WHERE id = $1", [id])).rows));

export async function genkitAnswer(prompt: string) {
  // llmsafe-expect: lethal-trifecta-agent
  const { text } = await ai.generate({ prompt, tools: [genkitBrowse, genkitUsers] });
  return text;
}

const llamaBrowse = llamaTool({
  name: "browse",
  description: "Open a page",
  parameters: z.object({ url: z.string() }),
  // llmsafe-expect: llm-output-ssrf
  execute: async ({ url }) => (await fetch(url)).text(),
});
const llamaUsers = llamaTool({
  name: "users",
  description: "Look up a user",
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => JSON.stringify((await pool.query("SELECT name, email FROM users WHERE id = $1", [id])).rows),
});

// llmsafe-expect: lethal-trifecta-agent
export const llamaAssistant = llamaAgent({ tools: [llamaBrowse, llamaUsers] });
// llmsafe-expect-clean: lethal-trifecta-agent
export const llamaBrowser = llamaAgent({ tools: [llamaBrowse] });
