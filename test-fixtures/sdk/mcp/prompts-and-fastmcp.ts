// mcp/review-server.ts: code-review prompts over MCP (SDK server), and the same tools on fastmcp.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Anthropic from "@anthropic-ai/sdk";
import { FastMCP } from "fastmcp";
import { readFile } from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "review", version: "0.3.0" });
const anthropic = new Anthropic();
const REVIEW_RULES = "You review TypeScript diffs for the Acme monorepo. Be specific.";

server.registerPrompt(
  "review",
  { title: "Review a diff", argsSchema: { focus: z.string(), diff: z.string() } },
  async ({ focus, diff }) => {
    const msg = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 800,
      // llmsafe-expect: system-prompt-injection
      system: `${REVIEW_RULES} Focus on ${focus}.`,
      // llmsafe-expect-clean: system-prompt-injection
      messages: [{ role: "user", content: diff }],
    });
    return { messages: [{ role: "assistant", content: { type: "text", text: JSON.stringify(msg.content) } }] };
  },
);

server.prompt("summary", { text: z.string() }, async ({ text }) => {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    // llmsafe-expect-clean: system-prompt-injection
    system: REVIEW_RULES,
    // llmsafe-expect: undelimited-prompt-input
    messages: [{ role: "user", content: "Summarize this review thread in two lines: " + text }],
  });
  return { messages: [{ role: "assistant", content: { type: "text", text: JSON.stringify(msg.content) } }] };
});

const fast = new FastMCP({ name: "review-fast", version: "0.3.0" });

fast.addTool({
  name: "read_source",
  description: "Read a source file of the monorepo",
  parameters: z.object({ file: z.string() }),
  // llmsafe-expect: llm-output-path-traversal
  execute: async ({ file }) => readFile(`/srv/monorepo/${file}`, "utf8"),
});

fast.addPrompt({
  name: "explain",
  arguments: [{ name: "persona", required: true }],
  load: async ({ persona }) => {
    const msg = await anthropic.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 300,
      // llmsafe-expect: system-prompt-injection
      system: `Explain the code as ${persona} would.`,
      messages: [{ role: "user", content: "Explain the build pipeline." }],
    });
    return JSON.stringify(msg.content);
  },
});
