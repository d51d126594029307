// src/server.ts: MCP server exposing the team's notes database and file share (@modelcontextprotocol/sdk).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const db = new Database(process.env.NOTES_DB ?? "notes.db");
const SHARE_ROOT = path.resolve(process.env.SHARE_ROOT ?? "/srv/share");
// The notes database, the file share and `fetch_link` (any URL) on one server: lethal-trifecta-agent.
// llmsafe-expect: lethal-trifecta-agent
const server = new McpServer({ name: "team-notes", version: "1.4.0" });

// llmsafe-expect-clean: excessive-agency-tool
server.registerTool(
  "search_notes",
  { description: "Full-text search over note titles", inputSchema: { term: z.string() } },
  async ({ term }) => {
    // llmsafe-expect: llm-output-sql-injection
    const rows = db.prepare(`SELECT id, title FROM notes WHERE title LIKE '%${term}%' LIMIT 25`).all();
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

// llmsafe-expect-clean: excessive-agency-tool
server.registerTool(
  "get_note",
  { description: "Read one note by id", inputSchema: { id: z.number().int() } },
  async ({ id }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const row = db.prepare("SELECT title, body FROM notes WHERE id = ?").get(id);
    return { content: [{ type: "text", text: JSON.stringify(row ?? null) }] };
  },
);

// llmsafe-expect: excessive-agency-tool
server.tool("delete_note", "Delete a note permanently", { id: z.number().int() }, async ({ id }) => {
  // llmsafe-expect-clean: llm-output-sql-injection
  db.prepare("DELETE FROM notes WHERE id = ?").run(id);
  return { content: [{ type: "text", text: `deleted note ${id}` }] };
});

// llmsafe-expect-clean: excessive-agency-tool
server.tool("read_shared_file", "Read a file from the team share", { file: z.string() }, async ({ file }) => {
  // llmsafe-expect: llm-output-path-traversal
  const text = await readFile(path.join(SHARE_ROOT, file), "utf8");
  return { content: [{ type: "text", text }] };
});

// llmsafe-expect: excessive-agency-tool
server.tool("remove_shared_file", "Remove a file from the team share", { file: z.string() }, async ({ file }) => {
  const full = path.resolve(SHARE_ROOT, file);
  if (!full.startsWith(SHARE_ROOT + path.sep)) {
    return { isError: true, content: [{ type: "text", text: "outside the share" }] };
  }
  // llmsafe-expect-clean: llm-output-path-traversal
  await rm(full, { recursive: true, force: true });
  return { content: [{ type: "text", text: `removed ${file}` }] };
});

server.registerTool(
  "fetch_link",
  { description: "Fetch a link that appears in a note and return its text", inputSchema: { url: z.string().url() } },
  async ({ url }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(url);
    return { content: [{ type: "text", text: (await res.text()).slice(0, 10_000) }] };
  },
);

await server.connect(new StdioServerTransport());
