// src/host.ts: a small MCP host. It connects to the notes server and lets Claude use its tools.
import Anthropic from "@anthropic-ai/sdk";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const anthropic = new Anthropic();
const mcp = new Client({ name: "notes-host", version: "0.3.0" });
await mcp.connect(new StdioClientTransport({ command: "node", args: ["dist/server.js"] }));

const HOST_RULES = "You are the team's notes assistant. Use the tools to find notes.";

function textOf(result: Awaited<ReturnType<typeof mcp.callTool>>) {
  return (result.content as { type: string; text?: string }[]).map((c) => c.text ?? "").join("\n");
}

export async function answerWithPinnedNote(question: string) {
  const pinned = await mcp.callTool({ name: "get_note", arguments: { id: 1 } });
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // An MCP tool result is written by the server (and whatever it read): external content.
    // llmsafe-expect: indirect-prompt-injection
    system: `${HOST_RULES}\nTeam conventions (pinned note):\n${textOf(pinned)}`,
    messages: [{ role: "user", content: question }],
  });
  return msg.content;
}

export async function answerWithPinnedNoteAsData(question: string) {
  const pinned = await mcp.callTool({ name: "get_note", arguments: { id: 1 } });
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect-clean: indirect-prompt-injection
    system: HOST_RULES,
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: `<pinned-note>\n${textOf(pinned)}\n</pinned-note>` },
      { role: "user", content: question },
    ],
  });
  return msg.content;
}

export async function answerWithNoteStatus(question: string) {
  const pinned = await mcp.callTool({ name: "get_note", arguments: { id: 1 } });
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // Only whether the call failed, chosen from two fixed strings.
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `${HOST_RULES} The pinned note is ${pinned.isError ? "unavailable" : "available"}.`,
    messages: [{ role: "user", content: question }],
  });
  return msg.content;
}

export async function chat(question: string) {
  const { tools } = await mcp.listTools();
  const first = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: HOST_RULES,
    tools: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema })),
    messages: [{ role: "user", content: question }],
  });
  const results = [];
  for (const block of first.content) {
    if (block.type !== "tool_use") continue;
    const out = await mcp.callTool({ name: block.name, arguments: block.input as Record<string, unknown> });
    // llmsafe-expect-clean: indirect-prompt-injection
    results.push({ type: "tool_result" as const, tool_use_id: block.id, content: textOf(out) });
  }
  return results;
}
