// MCP configuration files as a user meets them (unpinned-mcp-server): found by a folder run, also
// in `.cursor` and `.vscode` (and nothing else there), named on the command line, strict JSON
// and JSONC; a secret never printed whole; a file that does not parse is a notice and the run goes on.
import assert from "node:assert/strict";
import { test } from "node:test";
import { llmsafe, project } from "./helpers.mjs";

const TOKEN = "ghp_R8mQ2vX9kL4tN7wB1cZ5yH3jF6sD0aP2eU9i";
// Strict JSON, as Claude Code writes it.
const CLAUDE_CODE = JSON.stringify({
  mcpServers: {
    github: { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"], env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN } },
    filesystem: { command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "."] },
  },
}, null, 2);
const CURSOR = `{
  // Cursor accepts comments and trailing commas
  "mcpServers": { "browser": { "command": "npx", "args": ["@playwright/mcp@latest"], }, },
}
`;
// A hard-coded key in a .js file of a tool's dot-folder: not source, never linted.
const VSCODE_JS = `const OPENAI_API_KEY = "sk-proj-${"a1B2c3D4e5".repeat(7)}T3BlbkFJ${"f6G7h8I9j0".repeat(7)}";\n`;

function run(root, args = ["."]) {
  const r = llmsafe([...args, "--format", "json"], { cwd: root });
  return { ...r, results: JSON.parse(r.stdout) };
}
const rel = (root, results) => results.map((x) => x.filePath.slice(root.length + 1)).sort();

test("a folder run lints .mcp.json and .cursor/mcp.json, and nothing else in the dot-folders", () => {
  const root = project({ ".mcp.json": CLAUDE_CODE, ".cursor/mcp.json": CURSOR, ".vscode/keys.js": VSCODE_JS, "src/index.ts": "export const x = 1;\n" });
  const { code, results, stdout } = run(root);
  assert.equal(code, 1, "findings: exit 1");
  assert.deepEqual(rel(root, results), [".cursor/mcp.json", ".mcp.json", "src/index.ts"]);
  const claude = results.find((r) => r.filePath.endsWith(".mcp.json") && !r.filePath.includes(".cursor"));
  const ids = claude.messages.map((m) => `${m.line}:${m.ruleId}`);
  assert.deepEqual(ids, ["7:unpinned-mcp-server", "10:unpinned-mcp-server"], "the github args and its token; the pinned filesystem server is clean");
  assert.match(claude.messages[0].message, /`npx @modelcontextprotocol\/server-github`, with no version/);
  assert.match(claude.messages[1].message, /literal secret in its env \(`GITHUB_PERSONAL_ACCESS_TOKEN`: ghp_…eU9i \(40 chars\)\)/);
  assert.ok(!stdout.includes(TOKEN), "the token is never printed whole");
  const cursor = results.find((r) => r.filePath.includes(".cursor"));
  assert.deepEqual(cursor.messages.map((m) => [m.line, m.ruleId]), [[3, "unpinned-mcp-server"]]);
  assert.match(cursor.messages[0].message, /at the moving tag `@latest`/);
});

test("a configuration named on the command line is linted; stylish output names the rule", () => {
  const root = project({ "claude_desktop_config.json": CLAUDE_CODE });
  const r = llmsafe(["claude_desktop_config.json"], { cwd: root });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /claude_desktop_config\.json/);
  assert.match(r.stdout, /MCP server `github` is started with `npx @modelcontextprotocol\/server-github`.*unpinned-mcp-server/);
  assert.ok(!r.stdout.includes(TOKEN));
});

test("a configuration that does not parse is a notice naming the problem; the other files are still linted", () => {
  const root = project({ "mcp.json": '{ "mcpServers": { "a": { "command": "npx", ', ".mcp.json": CLAUDE_CODE });
  const { results } = run(root);
  const broken = results.find((r) => r.filePath.endsWith("/mcp.json") && !r.filePath.endsWith(".mcp.json"));
  assert.equal(broken.messages.length, 1);
  assert.equal(broken.messages[0].ruleId, null, "a notice, not a finding");
  assert.match(broken.messages[0].message, /not valid JSON/);
  const good = results.find((r) => r.filePath.endsWith(".mcp.json"));
  assert.equal(good.messages.filter((m) => m.ruleId === "unpinned-mcp-server").length, 2);
});

test("placeholders, pinned packages, digests and local commands are clean", () => {
  const root = project({
    ".vscode/mcp.json": JSON.stringify({
      inputs: [{ type: "promptString", id: "key", password: true }],
      servers: {
        a: { command: "npx", args: ["-y", "pkg-a@1.2.3"], env: { API_KEY: "${input:key}" } },
        b: { command: "uvx", args: ["mcp-server-fetch==2025.4.7"], env: { TOKEN: "${env:TOKEN}" } },
        c: { command: "docker", args: ["run", "-i", "--rm", "-e", "X", "ghcr.io/o/s@sha256:" + "ab".repeat(32)] },
        d: { command: "node", args: ["build/index.js"], env: { SECRET_KEY: "<YOUR_SECRET_KEY>" } },
        e: { type: "http", url: "https://mcp.example.com", headers: { Authorization: "Bearer ${input:key}" } },
      },
    }),
  });
  const { code, results } = run(root);
  assert.equal(code, 0, JSON.stringify(results));
  assert.deepEqual(results.flatMap((r) => r.messages), []);
});
