// MCP configuration files over the real protocol: an editor opening `.vscode/mcp.json` (VS Code
// gives it the jsonc language) gets unpinned-mcp-server diagnostics, updated as the user pins the
// version, and the workspace scan reports a closed `.mcp.json`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer, workspace } from "./lsp-client.mjs";

const UNPINNED = `{
  // servers for VS Code's agent mode
  "servers": {
    "context7": { "type": "stdio", "command": "npx", "args": ["-y", "@upstash/context7-mcp@latest"] }
  }
}
`;
const PINNED = UNPINNED.replace("@latest", "@1.0.14");
const CLAUDE = JSON.stringify({ mcpServers: { time: { command: "uvx", args: ["mcp-server-time"] } } }, null, 2);

let ws;
let client;
before(async () => {
  ws = workspace({ ".vscode/mcp.json": UNPINNED, ".mcp.json": CLAUDE, "src/index.ts": "export const x = 1;\n" });
  client = await startServer({ folders: [ws.root] });
});
after(async () => {
  await client?.stop();
  ws?.cleanup();
});

test("an open .vscode/mcp.json gets a diagnostic at the unpinned package, gone once it is pinned", async () => {
  const uri = ws.uri(".vscode/mcp.json");
  await client.open(uri, UNPINNED, { languageId: "jsonc" });
  const pub = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
  assert.equal(pub.diagnostics.length, 1);
  const d = pub.diagnostics[0];
  assert.equal(d.code, "unpinned-mcp-server");
  assert.equal(d.severity, 2, "warning, the rule's default");
  assert.equal(d.range.start.line, 3);
  assert.equal(UNPINNED.split("\n")[3].slice(d.range.start.character, d.range.end.character), '"@upstash/context7-mcp@latest"');
  await client.change(uri, 2, PINNED);
  const fixed = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(fixed.diagnostics, []);
});

test("the workspace scan reports a closed .mcp.json", async () => {
  const uri = ws.uri(".mcp.json");
  const pub = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  assert.deepEqual(pub.diagnostics.map((d) => d.code), ["unpinned-mcp-server"]);
  assert.match(pub.diagnostics[0].message, /`uvx mcp-server-time`, with no version/);
});
