// src/assistant/tool-catalog.ts: a chat app that lets users plug in any MCP server and tells the
// model about the tools in its system prompt. A third-party server writes those descriptions.
import OpenAI from "openai";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";

const openai = new OpenAI();
const TOOL_RULES = `You can call the tools below. To call one, answer with a fenced block
\`\`\`json:mcp:<server>
{ "method": "tools/call", "params": { "name": "...", "arguments": {} } }
\`\`\``;

async function describeServer(client: Client) {
  const listing = await client.listTools();
  return listing.tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema }));
}

export async function catalogPrompt(clients: Map<string, Client>) {
  const sections: string[] = [];
  for (const [id, client] of clients) {
    const tools = await describeServer(client);
    sections.push(`[${id}]\n${JSON.stringify(tools, null, 2)}`);
  }
  return `${TOOL_RULES}\n\n${sections.join("\n\n")}`;
}

export async function reply(clients: Map<string, Client>, question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: await catalogPrompt(clients) },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

// Look-alikes: what the listing says reaches the model only as tool definitions, or as a count.
export async function replyWithToolDefinitions(client: Client, question: string) {
  const { tools } = await client.listTools();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    tools: tools.map((t) => ({ type: "function" as const, function: { name: t.name, description: t.description ?? "", parameters: t.inputSchema } })),
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `You have ${tools.length} tools. Use them when they help.` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message;
}
