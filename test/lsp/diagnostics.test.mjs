// Diagnostics over the real protocol: what an editor shows for a finding, how settings change
// it, and which documents are not analysed at all.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createRequire } from "node:module";
import { startServer, workspace } from "./lsp-client.mjs";
import { EXPRESS_ROUTE, EXPRESS_ROUTE_SAFE, PROMPT_HELPER, PROMPT_ROUTE } from "./snippets.mjs";

const { rulesById } = createRequire(import.meta.url)("../../dist/engine.js");
const rule = rulesById.get("system-prompt-injection");

let ws;
let client;
before(async () => {
  ws = workspace({
    "src/routes/chat.ts": EXPRESS_ROUTE,
    "src/lib/prompts.ts": PROMPT_HELPER,
    "src/routes/persona.ts": PROMPT_ROUTE.replace("./lib/prompts", "../lib/prompts"),
    "generated/client.ts": EXPRESS_ROUTE,
    ".gitignore": "# build output\ngenerated/\n",
    "scratch/try-prompt.ts": EXPRESS_ROUTE,
    ".llmsafeignore": "scratch/\n",
  });
  client = await startServer({ folders: [ws.root] });
});
after(async () => {
  await client?.stop();
  ws?.cleanup();
});

test("an open document gets a diagnostic with rule id, survey link, severity and the taint path", async () => {
  const uri = ws.uri("src/routes/chat.ts");
  await client.open(uri, EXPRESS_ROUTE);
  const pub = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
  assert.equal(pub.diagnostics.length, 1);
  const d = pub.diagnostics[0];
  assert.equal(d.source, "llmsafe");
  assert.equal(d.code, "system-prompt-injection");
  assert.equal(d.codeDescription.href, rule.meta.surveyUrl);
  assert.match(d.codeDescription.href, /^https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS1\.SSS1$/);
  assert.equal(d.severity, 1, "error, the rule's default");
  assert.match(d.message, /req\.body/);
  // Line 7 of the file (0-based 6), on the template literal that holds the request field.
  assert.equal(d.range.start.line, 6);
  const line = EXPRESS_ROUTE.split("\n")[6];
  assert.equal(line.slice(d.range.start.character, d.range.end.character), "`You are ${req.body.persona}`");
  assert.ok(d.relatedInformation.length >= 2, "the path has a source and a sink step");
  assert.match(d.relatedInformation[0].message, /req\.body/);
  assert.match(d.relatedInformation.at(-1).message, /system message/);
  for (const r of d.relatedInformation) assert.equal(r.location.uri, uri);
});

test("a flow through a helper in another file links to the helper in relatedInformation", async () => {
  const uri = ws.uri("src/routes/persona.ts");
  // Not opened: the workspace scan publishes findings of closed files.
  const pub = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  assert.equal(pub.version, undefined, "a closed file has no document version");
  const d = pub.diagnostics.find((x) => x.code === "system-prompt-injection");
  assert.ok(d, "finding at the call site");
  assert.ok(d.relatedInformation.some((r) => r.location.uri === ws.uri("src/lib/prompts.ts")), "one path step is in the helper's file");
});

test("gitignored files are not analysed, open or closed", async () => {
  const uri = ws.uri("generated/client.ts");
  await client.open(uri, EXPRESS_ROUTE);
  // A hover waits for the pending analysis: after it, anything the server would publish is out.
  assert.equal(await client.hover(uri, { line: 6, character: 120 }), null);
  const scanned = await client.conn.sendRequest("workspace/executeCommand", { command: "llmsafe.server.scanWorkspace", arguments: [] });
  assert.ok(scanned.files >= 3, "the scan covered the other files");
  assert.ok((client.latest(uri)?.diagnostics ?? []).length === 0, "no diagnostics for a gitignored file");
  await client.close(uri);
});

test(".llmsafeignore'd files are not analysed either, as in the CLI", async () => {
  const uri = ws.uri("scratch/try-prompt.ts");
  await client.open(uri, EXPRESS_ROUTE);
  assert.equal(await client.hover(uri, { line: 6, character: 120 }), null);
  await client.conn.sendRequest("workspace/executeCommand", { command: "llmsafe.server.scanWorkspace", arguments: [] });
  assert.equal((client.latest(uri)?.diagnostics ?? []).length, 0, "no diagnostics for a file .llmsafeignore names");
  await client.close(uri);
});

test("untitled documents get single-file analysis by language id", async () => {
  const uri = "untitled:Untitled-1";
  await client.open(uri, EXPRESS_ROUTE, { languageId: "typescript" });
  const pub = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  assert.deepEqual(pub.diagnostics.map((d) => d.code), ["system-prompt-injection"]);
  await client.close(uri);
  await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
});

test("editor settings: rule severity overrides and llmsafe.enable, per workspace folder", async () => {
  const a = workspace({ "route.ts": EXPRESS_ROUTE });
  const b = workspace({ "route.ts": EXPRESS_ROUTE });
  const c2 = await startServer({
    folders: [a.root, b.root],
    settings: (scopeUri) => (scopeUri === a.uri("").replace(/\/$/, "") || scopeUri === a.uri("") ? { rules: { "system-prompt-injection": "info" } } : { enable: false }),
  });
  try {
    const ua = a.uri("route.ts");
    const ub = b.uri("route.ts");
    await c2.open(ua, EXPRESS_ROUTE);
    await c2.open(ub, EXPRESS_ROUTE);
    const pa = await c2.diagnostics(ua, (p) => p.diagnostics.length > 0);
    assert.equal(pa.diagnostics[0].severity, 3, "info, from llmsafe.rules");
    assert.equal(await c2.hover(ub, { line: 6, character: 120 }), null);
    assert.ok((c2.latest(ub)?.diagnostics ?? []).length === 0, "llmsafe.enable: false in the second folder");
  } finally {
    await c2.stop();
    a.cleanup();
    b.cleanup();
  }
});

test("hover on a flagged range explains the rule, the path, OWASP/CWE and the survey section", async () => {
  const uri = ws.uri("src/routes/chat.ts");
  const hover = await client.hover(uri, { line: 6, character: 120 });
  assert.ok(hover, "a hover");
  assert.equal(hover.contents.kind, "markdown");
  const text = hover.contents.value;
  assert.ok(text.includes(rule.meta.why), "the rule's explanation");
  assert.match(text, /Taint path/);
  assert.match(text, /request data `req\.body` read here|req\.body/);
  assert.ok(text.includes(rule.meta.owasp), "OWASP id");
  assert.ok(text.includes("CWE-1427"), "CWE id");
  assert.ok(text.includes(rule.meta.surveyUrl), "survey link");
  assert.equal(hover.range.start.line, 6);
  assert.equal(await client.hover(uri, { line: 0, character: 0 }), null, "nothing to say on a clean line");
});

test("settings changes re-publish; llmsafe.run onSave analyses on save only", async () => {
  const w = workspace({ "route.ts": EXPRESS_ROUTE_SAFE });
  let settings = { run: "onType" };
  const c = await startServer({ folders: [w.root], settings: () => settings });
  try {
    const uri = w.uri("route.ts");
    await c.open(uri, EXPRESS_ROUTE_SAFE);
    await c.diagnostics(uri, (p) => p.version === 1);
    await c.change(uri, 2, EXPRESS_ROUTE);
    assert.equal((await c.diagnostics(uri, (p) => p.version === 2)).diagnostics[0].severity, 1);

    // A severity override arrives through didChangeConfiguration: the open file is re-published.
    settings = { run: "onType", rules: { "system-prompt-injection": "warning" } };
    await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.diagnostics(uri, (p) => p.diagnostics[0]?.severity === 2);

    settings = { run: "onSave", rules: { "system-prompt-injection": "warning" } };
    await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.conn.sendRequest("workspace/executeCommand", { command: "llmsafe.server.scanWorkspace", arguments: [] });
    const since = c.published.length;
    await c.change(uri, 3, EXPRESS_ROUTE_SAFE);
    // Unsaved in onSave mode: no analysis, and no hover or fixes computed against stale offsets.
    assert.equal(await c.hover(uri, { line: 6, character: 120 }), null);
    assert.deepEqual(c.published.slice(since).filter((p) => p.uri === uri), []);
    await c.conn.sendNotification("textDocument/didSave", { textDocument: { uri } });
    const saved = await c.diagnostics(uri, (p) => p.version === 3, { since });
    assert.deepEqual(saved.diagnostics, []);
  } finally {
    await c.stop();
    w.cleanup();
  }
});
