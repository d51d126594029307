// Every model file has fixtures: an SDK model is checked by a folder under test-fixtures/sdk/, a
// framework model by folders under test-fixtures/frameworks/. The table maps each model file in
// server/src/models/ to its folders, explicitly where the names differ; the models that describe
// no SDK say so and name the rule folders that exercise them. A new model file without a row, a
// row whose folder is gone, or a folder with no flagged line fails the run.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAnnotations } from "./fixture-annotations.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const modelsDir = join(root, "server/src/models");
const fixturesDir = join(root, "test-fixtures");

/** model file (without .ts) -> fixture folders (under test-fixtures/), and why where the names differ. */
export const MODEL_FIXTURES = {
  anthropic: { folders: ["sdk/anthropic"] },
  bedrock: { folders: ["sdk/bedrock"] },
  cohere: { folders: ["sdk/cohere"] },
  genkit: { folders: ["sdk/genkit"] },
  google: { folders: ["sdk/google-genai", "sdk/vertexai"], reason: "one model for @google/genai, @google/generative-ai and @google-cloud/vertexai; a folder per package family" },
  huggingface: { folders: ["sdk/huggingface"] },
  langchain: { folders: ["sdk/langchain", "sdk/langchain-chains"], reason: "agents, messages and LangGraph in one folder, LCEL chains and query chains in the other" },
  llamaindex: { folders: ["sdk/llamaindex"] },
  mastra: { folders: ["sdk/mastra"] },
  mcp: { folders: ["sdk/mcp", "sdk/mcp-low-level"], reason: "the high-level McpServer API and the low-level Server with request handlers" },
  ollama: { folders: ["sdk/ollama"] },
  openai: { folders: ["sdk/openai", "sdk/openai-compatible"], reason: "the openai package, also pointed at other providers through baseURL" },
  "openai-agents": { folders: ["sdk/openai-agents"] },
  openrouter: { folders: ["sdk/openrouter"] },
  replicate: { folders: ["sdk/replicate"] },
  typechat: { folders: ["sdk/typechat"] },
  "vercel-ai": { folders: ["sdk/vercel-ai"] },
  "workers-ai": { folders: ["sdk/workers-ai"] },
  "web-search": { folders: ["sdk/web-search"] },
  "chatgpt-api": { folders: ["sdk/chatgpt-api"] },
  "http-frameworks": { folders: ["frameworks/deno-bun", "frameworks/astro", "frameworks/lambda-workers", "frameworks/nuxt", "frameworks/remix", "frameworks/sveltekit", "frameworks/cloud-functions", "frameworks/elysia", "frameworks/fastify", "frameworks/hapi", "frameworks/nestjs", "frameworks/orpc", "frameworks/qwik", "frameworks/solidstart", "frameworks/trpc", "frameworks/twilio-whatsapp"], reason: "one model for every server framework; Express and Next.js routes are in the rule folders" },
  "chat-platforms": { folders: ["frameworks/slack-bolt", "frameworks/telegram", "frameworks/discord", "frameworks/email"], reason: "one model for the bot platforms and mailparser; a folder per platform" },
  "by-shape": { folders: ["sdk/unknown-by-shape"], reason: "LLM calls of packages no model names, recognised by their request's shape" },
  sql: { folders: ["sdk/query-sinks", "rules/llm-output-sql-injection"], reason: "SQL clients are sinks, not an LLM SDK: the query-sinks folder and the SQL rule's folder" },
  // Not SDK models: the sinks and effects of the platform, checked where the rules they feed are.
  "node-core": { folders: ["rules/llm-output-command-injection", "rules/llm-output-code-execution", "rules/llm-output-path-traversal"], reason: "not an SDK model: Node's own modules (child_process, vm, fs), the sinks of the command, code and path rules" },
  web: { folders: ["rules/llm-output-xss", "rules/llm-output-ssrf"], reason: "not an SDK model: DOM sinks and HTTP clients, the sinks of the XSS and SSRF rules" },
  "http-responses": { folders: ["rules/client-exposed-api-key"], reason: "not an SDK model: HTTP response bodies, the sink where client-exposed-api-key sees a server key sent to clients" },
  stores: { folders: ["flows/stored-data"], reason: "not an SDK model: sessions and ORM tables, where data kept by one request is read by a later one" },
  memoizers: { folders: ["flows/stored-data/chats-app"], reason: "not an SDK model: function wrappers (React's cache()) around the getter that builds a store's or an LLM's client" },
  markdown: { folders: ["rules/markdown-exfiltration"], reason: "not an SDK model: Markdown renderers that load the images their text names, the sinks of markdown-exfiltration" },
  react: { folders: ["rules/markdown-exfiltration"], reason: "not an SDK model: React's component wrappers and memo hooks, exercised where a memoised message list or a memo-wrapped renderer feeds markdown-exfiltration's sinks" },
  "agent-capabilities": { folders: ["rules/lethal-trifecta-agent"], reason: "not an SDK model: what a tool's calls give its agent (external content, private data, a way out), read by lethal-trifecta-agent" },
  agency: { folders: ["rules/excessive-agency-tool"], reason: "not an SDK model: the high-impact actions a tool performs, read by excessive-agency-tool" },
  // No rows of their own to exercise.
  index: { folders: [], reason: "not a model: the list of built-in models" },
  "llm-packages": { folders: [], reason: "not a model: the LLM packages whose imports make a file 'not modelled' when no row names them (test/understood tests)" },
};

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(m|c)?[jt]sx?$/.test(name)) out.push(p);
  }
  return out;
}

/** What is wrong with a table against the model files and fixture folders on disk (empty: nothing). */
export function problems(table) {
  const out = [];
  const models = readdirSync(modelsDir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
  for (const m of models) {
    const row = table[m];
    if (!row) { out.push(`server/src/models/${m}.ts has no fixture folder: add test-fixtures/sdk/${m}/ (or frameworks/${m}/) and its row in MODEL_FIXTURES`); continue; }
    if (row.folders.length === 0 && !/^not a model/.test(row.reason ?? "")) out.push(`${m}: no folders and no reason saying it is not a model`);
    for (const folder of row.folders) {
      const dir = join(fixturesDir, folder);
      if (!existsSync(dir)) { out.push(`${m}: test-fixtures/${folder} does not exist`); continue; }
      const flagged = filesUnder(dir).some((f) => parseAnnotations(readFileSync(f, "utf8")).some((a) => a.kind === "expect"));
      if (!flagged) out.push(`${m}: test-fixtures/${folder} has no line annotated llmsafe-expect`);
    }
    if (row.folders.length && !row.folders.some((f) => f.endsWith(`/${m}`)) && !row.reason) out.push(`${m}: its folders are named otherwise; say why in the row`);
  }
  for (const m of Object.keys(table)) if (!models.includes(m)) out.push(`MODEL_FIXTURES names ${m}, which is no model file`);
  return out;
}

test("every model file in server/src/models has a fixture folder with flagged lines", () => {
  assert.deepEqual(problems(MODEL_FIXTURES), []);
});

test("the check fails for a model whose mapping is removed, and for a folder that does not exist", () => {
  const { anthropic, ...withoutAnthropic } = MODEL_FIXTURES;
  void anthropic;
  assert.match(problems(withoutAnthropic).join("\n"), /anthropic\.ts has no fixture folder/);
  const renamed = { ...MODEL_FIXTURES, langchain: { folders: ["sdk/langgraph-only"], reason: "x" } };
  assert.match(problems(renamed).join("\n"), /test-fixtures\/sdk\/langgraph-only does not exist/);
  const unexplained = { ...MODEL_FIXTURES, google: { folders: ["sdk/google-genai"] } };
  assert.match(problems(unexplained).join("\n"), /google: its folders are named otherwise/);
});
