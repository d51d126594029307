// agents/workspace-agents.ts: agents that get their tools from local MCP servers.
import { mcp } from "@llamaindex/tools";
import { agent } from "@llamaindex/workflow";
import { openai } from "@llamaindex/openai";
import { Agent, MCPServerStdio, createMCPToolStaticFilter } from "@openai/agents";
import { experimental_createMCPClient, generateText } from "ai";
import { Experimental_StdioMCPTransport } from "ai/mcp-stdio";
import { openai as aiOpenai } from "@ai-sdk/openai";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";

const require = createRequire(import.meta.url);
const notesDir = path.join(process.cwd(), "notes");

export async function projectAssistant(task: string) {
  const server = mcp({ command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem@latest", "."], verbose: true });
  const assistant = agent({
    name: "Assistant",
    systemPrompt: "Use the tools to achieve the task.",
    // llmsafe-expect: excessive-agency-tool
    tools: await server.tools(),
    llm: openai({ model: "gpt-4o" }),
  });
  return assistant.run(task);
}

// A read-only server (fetch): no tool that changes anything.
export async function webAssistant(task: string) {
  const server = mcp({ command: "uvx", args: ["mcp-server-fetch"] });
  const assistant = agent({
    name: "Researcher",
    systemPrompt: "Answer from the pages you fetch.",
    // llmsafe-expect-clean: excessive-agency-tool
    tools: await server.tools(),
    llm: openai({ model: "gpt-4o" }),
  });
  return assistant.run(task);
}

// llmsafe-expect: excessive-agency-tool
const repoServer = new MCPServerStdio({
  name: "GitHub",
  command: "npx",
  // llmsafe-expect: unpinned-mcp-server
  args: ["-y", "@modelcontextprotocol/server-github"],
  env: { GITHUB_PERSONAL_ACCESS_TOKEN: process.env.GITHUB_TOKEN ?? "" },
});

// The filesystem server refuses paths outside the folders it is given: confined to notes/, a sandbox.
// llmsafe-expect-clean: excessive-agency-tool
const notesServer = new MCPServerStdio({ name: "Notes", fullCommand: `pnpm exec mcp-server-filesystem ${notesDir}` });

// Given the whole working directory: the model can rewrite the project's own files.
// llmsafe-expect: excessive-agency-tool
const projectServer = new MCPServerStdio({ name: "Project", fullCommand: "pnpm exec mcp-server-filesystem ." });

// Only the reading tools reach the model.
// llmsafe-expect-clean: excessive-agency-tool
const readOnlyNotes = new MCPServerStdio({
  name: "Notes (read only)",
  command: process.execPath,
  args: [require.resolve("@modelcontextprotocol/server-filesystem/dist/index.js"), notesDir],
  toolFilter: createMCPToolStaticFilter({ allowed: ["read_file", "list_directory"] }),
});

export const triageAgent = new Agent({ name: "Triage", instructions: "Triage issues.", mcpServers: [repoServer] });
export const notesAgent = new Agent({ name: "Notes", instructions: "Answer from the notes.", mcpServers: [notesServer, readOnlyNotes] });
export const projectAgent = new Agent({ name: "Project", instructions: "Keep the changelog tidy.", mcpServers: [projectServer] });

export async function summariseNotes() {
  const notes = await experimental_createMCPClient({
    // llmsafe-expect: unpinned-mcp-server
    transport: new Experimental_StdioMCPTransport({ command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", notesDir] }),
  });
  // llmsafe-expect-clean: excessive-agency-tool
  const notesTools = await notes.tools();
  const client = await experimental_createMCPClient({
    // llmsafe-expect: unpinned-mcp-server
    transport: new Experimental_StdioMCPTransport({ command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", os.homedir()] }),
  });
  // llmsafe-expect: excessive-agency-tool
  const everything = await client.tools();
  // Told which tools to take: only the reading one.
  // llmsafe-expect-clean: excessive-agency-tool
  const reading = await client.tools({ schemas: { read_file: { inputSchema: { jsonSchema: { type: "object", properties: { path: { type: "string" } } } } } } });
  const all = await generateText({ model: aiOpenai("gpt-4o"), tools: { ...notesTools, ...everything }, prompt: "List the notes." });
  const some = await generateText({ model: aiOpenai("gpt-4o"), tools: reading, prompt: "Summarise notes/today.md." });
  return [all.text, some.text];
}
