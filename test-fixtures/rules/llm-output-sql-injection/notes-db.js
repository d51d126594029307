// bot/notes.js: a notes assistant over a local SQLite file (better-sqlite3, LangChain, Anthropic).
const Database = require("better-sqlite3");
const Anthropic = require("@anthropic-ai/sdk");
const { DynamicStructuredTool, DynamicTool } = require("@langchain/core/tools");
const { z } = require("zod");

const db = new Database("notes.db");
// llmsafe-expect-clean: llm-output-sql-injection
db.exec("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, tag TEXT)");

const notesByTag = new DynamicTool({
  name: "notes_by_tag",
  description: "List note titles with the given tag. Input: the tag.",
  func: async (tag) => {
    // llmsafe-expect: llm-output-sql-injection
    const rows = db.prepare(`SELECT id, title FROM notes WHERE tag = '${tag}'`).all();
    return JSON.stringify(rows);
  },
});

const noteById = new DynamicStructuredTool({
  name: "note_by_id",
  description: "Read one note by id",
  schema: z.object({ id: z.number().int() }),
  func: async ({ id }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    const row = db.prepare("SELECT title, body FROM notes WHERE id = ?").get(id);
    return row ? `${row.title}\n\n${row.body}` : "not found";
  },
});

class AgentRunner {
  constructor(database) {
    this.client = new Anthropic();
    this.db = database;
  }

  async run(messages, tools) {
    const msg = await this.client.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 1024,
      tools,
      messages,
    });
    const results = [];
    for (const block of msg.content) {
      if (block.type !== "tool_use") continue;
      const { input } = block;
      let rows = [];
      if (block.name === "search_notes") {
        // llmsafe-expect: llm-output-sql-injection
        rows = this.select(`SELECT id, title FROM notes WHERE body LIKE '%${input.text}%' ORDER BY ${input.orderBy ?? "id"}`);
      } else if (block.name === "recent_notes") {
        // llmsafe-expect-clean: llm-output-sql-injection
        rows = this.select("SELECT id, title FROM notes ORDER BY id DESC LIMIT 10");
      } else if (block.name === "count_by_tag") {
        // llmsafe-expect-clean: llm-output-sql-injection
        rows = this.db.prepare("SELECT count(*) AS n FROM notes WHERE tag = @tag").all({ tag: input.tag });
      }
      results.push({ type: "tool_result", tool_use_id: block.id, content: JSON.stringify(rows) });
    }
    return results;
  }

  select(sql) {
    // llmsafe-expect-clean: llm-output-sql-injection
    return this.db.prepare(sql).all();
  }

  async applySuggestedIndex() {
    const msg = await this.client.messages.create({
      model: "claude-haiku-4-5",
      max_tokens: 256,
      messages: [{ role: "user", content: "Suggest one CREATE INDEX statement that speeds up tag lookups on notes. SQL only." }],
    });
    // llmsafe-expect: llm-output-sql-injection
    this.db.exec(msg.content[0].text);
  }
}

module.exports = { AgentRunner, notesByTag, noteById, db };
