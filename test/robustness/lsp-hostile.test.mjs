// The language server in a hostile workspace: it runs no workspace code, opens no socket,
// writes nothing, and never shows a key whole in diagnostics, hovers or logs. Plus the server
// half of crash recovery: a server killed mid-session is replaced by a fresh one that gives the
// same diagnostics back (the client's restart is vscode-languageclient's, tested in VS Code).
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { diagnosticsKey, startSession, uriOf } from "./lsp-session.mjs";
import { REPO } from "./support.mjs";

const PRELOAD = join(REPO, "test", "robustness", "no-network-preload.cjs");
const scratch = mkdtempSync(join(tmpdir(), "llmsafe-lsp-hostile-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function workspace(name, files) {
  const root = join(scratch, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const KEY = "sk-proj-" + "FAKEfake0123456789".repeat(4).slice(0, 64) + "T3BlbkFJ" + "fakeFAKE9876543210".repeat(4).slice(0, 64);
const MIDDLE = KEY.slice(KEY.length / 2 - 8, KEY.length / 2 + 8);
const ROUTE = `import OpenAI from "openai";
const openai = new OpenAI({ apiKey: "${KEY}" });
export async function POST(req: Request) {
  const { persona } = await req.json();
  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: "key ${KEY}: " + persona }] });
}
`;
const trap = (marker) => `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "executed");\n`;

test("the server runs no workspace code, opens no socket, writes nothing and masks keys in diagnostics, hovers and logs", async () => {
  const markers = join(scratch, "markers");
  mkdirSync(markers, { recursive: true });
  const root = workspace("ws", {
    ".llmsaferc.js": trap(join(markers, "llmsaferc.js")),
    ".llmsaferc.json": JSON.stringify({ models: [{ kind: "sink", callee: "./plugin:run", arg: "0", sink: "shell" }] }),
    "plugin.js": trap(join(markers, "plugin.js")),
    "package.json": JSON.stringify({ name: "x", scripts: { postinstall: `node -e 'require("fs").writeFileSync("${join(markers, "script")}","x")'` } }),
    "node_modules/openai/index.js": trap(join(markers, "openai")),
    "src/evil.js": `${trap(join(markers, "evil.js"))}fetch("http://127.0.0.1:9/");\n`,
    "src/route.ts": ROUTE,
  });
  const netLog = join(scratch, "lsp-net.log");
  const before = new Set(readdirSync(scratch, { recursive: true }));
  const s = await startSession({ root, env: { LLMSAFE_NET_LOG: netLog, NODE_OPTIONS: `--require=${PRELOAD}` }, initializationOptions: { debounceMs: 0, workspaceTrusted: true } });
  try {
    await s.until(() => s.logs.find((l) => /workspace scan:/.test(l.message)), "the workspace scan");
    const uri = uriOf(join(root, "src", "route.ts"));
    const since = s.published.length;
    await s.open(uri, ROUTE, 1);
    const published = await s.diagnosticsAt(uri, 1, since);
    const rules = published.diagnostics.map((d) => d.code);
    assert.ok(rules.includes("hardcoded-api-key") && rules.includes("secret-in-prompt"), JSON.stringify(rules));
    // Hover over the key itself and over each finding.
    const hovers = [await s.hover(uri, 1, 40)];
    for (const d of published.diagnostics) hovers.push(await s.hover(uri, d.range.start.line, d.range.start.character));
    assert.ok(hovers.some((h) => h && JSON.stringify(h).includes("hardcoded-api-key")), "a hover shows the finding");
    const actions = await s.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } });
    const everything = JSON.stringify({ published: s.published, hovers, logs: s.logs, shown: s.shown, titles: (actions ?? []).map((a) => a.title) }) + s.stderr;
    assert.ok(!everything.includes(MIDDLE), "a key appears whole in what the server sent");
    assert.deepEqual(s.crashes(), []);
  } finally {
    await s.stop();
  }
  assert.deepEqual(readdirSync(markers), [], "workspace code ran");
  const lines = readFileSync(netLog, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.what === "loaded"), "the network trap was loaded in the server");
  assert.deepEqual(lines.filter((l) => l.what !== "loaded"), [], "network attempts by the server");
  const created = readdirSync(scratch, { recursive: true }).filter((f) => !before.has(f) && f !== "lsp-net.log");
  assert.deepEqual(created, [], "files written by the server");
  assert.ok(!existsSync(join(root, "node_modules", ".cache")));
});

test("a server killed mid-session is replaced by a fresh one with the same diagnostics", async () => {
  const root = workspace("restart", { "src/route.ts": ROUTE, "src/lib.ts": "export const x = 1;\n" });
  const uri = uriOf(join(root, "src", "route.ts"));
  const edited = ROUTE.replace("persona", "persona, tone");
  const first = await startSession({ root });
  let before;
  try {
    await first.open(uri, edited, 3);
    before = diagnosticsKey(await first.diagnosticsAt(uri, 3));
    first.proc.kill("SIGKILL");
    const gone = await first.exitPromise;
    assert.equal(gone.signal, "SIGKILL");
  } finally {
    await first.stop();
  }
  // What the client does on a crash: start the server again and re-send the open documents.
  const second = await startSession({ root });
  try {
    await second.open(uri, edited, 3);
    assert.equal(diagnosticsKey(await second.diagnosticsAt(uri, 3)), before);
    assert.deepEqual(second.crashes(), []);
  } finally {
    await second.stop();
  }
});
