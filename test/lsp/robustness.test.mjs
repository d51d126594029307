// What must never take the server down or show wrong results: bad config, bad requests, huge
// files, and edits faster than analysis.
import assert from "node:assert/strict";
import { test } from "node:test";
import { startServer, workspace } from "./lsp-client.mjs";
import { EXPRESS_ROUTE, EXPRESS_ROUTE_SAFE } from "./snippets.mjs";

test("a bad .llmsaferc.json is shown once and logged, and analysis goes on with the defaults", async () => {
  const ws = workspace({
    ".llmsaferc.json": JSON.stringify({ rules: { "no-such-rule": "error" }, maxFileSize: "big" }),
    "src/chat.ts": EXPRESS_ROUTE,
  });
  const client = await startServer({ folders: [ws.root] });
  try {
    const msg = await client.until(() => client.messages.find((m) => /invalid configuration/.test(m.message)), "showMessage");
    assert.equal(msg.type, 1, "an error message");
    assert.ok(msg.message.includes(ws.path(".llmsaferc.json")), "names the file");
    assert.match(msg.message, /rules\.no-such-rule/);
    assert.match(msg.message, /maxFileSize/);
    assert.ok(client.logs.some((l) => /invalid configuration/.test(l.message)), "logged to the output channel");
    const onConfig = await client.diagnostics(ws.uri(".llmsaferc.json"), (p) => p.diagnostics.length > 0);
    assert.ok(onConfig.diagnostics.every((d) => d.code === "config-error"));
    // The code itself is still analysed.
    const pub = await client.diagnostics(ws.uri("src/chat.ts"), (p) => p.diagnostics.length > 0);
    assert.equal(pub.diagnostics[0].code, "system-prompt-injection");
    // Settings changes re-read the config: still broken, but not shown again.
    await client.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await client.conn.sendRequest("workspace/executeCommand", { command: "llmsafe.server.scanWorkspace", arguments: [] });
    assert.equal(client.messages.filter((m) => /invalid configuration/.test(m.message)).length, 1, "shown once");
    assert.equal(client.proc.exitCode, null, "server alive");
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("malformed requests get error responses and the server keeps answering", async () => {
  const ws = workspace({});
  const client = await startServer({ folders: [ws.root] });
  try {
    const uri = ws.uri("chat.ts");
    await client.open(uri, EXPRESS_ROUTE);
    await assert.rejects(client.conn.sendRequest("textDocument/hover", { textDocument: {}, position: "nowhere" }), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: -1 } } }), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("textDocument/codeAction", null), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [], only: "quickfix" } }), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("textDocument/hover", { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("llmsafe/noSuchMethod", { x: 1 }), (e) => e.code === -32601);
    // initialize twice, or without capabilities: refused with a proper code, not an internal error.
    await assert.rejects(client.conn.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} }), (e) => e.code === -32600);
    await assert.rejects(client.conn.sendRequest("initialize", {}), (e) => e.code === -32600);
    await assert.rejects(client.conn.sendRequest("workspace/executeCommand", { command: "llmsafe.openSurveySection", arguments: [42] }), (e) => e.code === -32602);
    await assert.rejects(client.conn.sendRequest("workspace/executeCommand", { command: "rm -rf", arguments: [] }), (e) => e.code === -32601);
    // Notifications cannot be answered, but must not hurt: a change for a document never opened, junk params.
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///nowhere.ts", version: 2 }, contentChanges: [{ text: "x" }] });
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: null });
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: "all of them" });
    await client.conn.sendNotification("workspace/didChangeWorkspaceFolders", {});
    await client.conn.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: 7 }], removed: [null] } });
    // Hover on an unknown document, and on positions past the end, is no error.
    assert.equal(await client.hover("file:///not/open.ts", { line: 0, character: 0 }), null);
    assert.equal(await client.hover(uri, { line: 999, character: 999 }), null);
    const hover = await client.hover(uri, { line: 6, character: 120 });
    assert.match(hover.contents.value, /system-prompt-injection/, "still answering");
    assert.equal(client.proc.exitCode, null);
    assert.deepEqual(client.logs.filter((l) => /unexpected error|unhandled rejection/.test(l.message)), [], "no handler crashed");
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("a 5 MB file is skipped with a notice instead of hanging the server", async () => {
  const ws = workspace({});
  const client = await startServer({ folders: [ws.root] });
  try {
    const block = EXPRESS_ROUTE.replace(/app\.post\("\/chat"/, 'app.post("/chat-N"').replace(/^import.*\n/gm, "");
    const huge = EXPRESS_ROUTE + Array.from({ length: Math.ceil(5_000_000 / block.length) }, (_, i) => block.replace("chat-N", `chat-${i}`)).join("\n");
    assert.ok(huge.length >= 5_000_000);
    const uri = ws.uri("generated-routes.ts");
    await client.open(uri, huge);
    const pub = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, { timeoutMs: 20000 });
    assert.deepEqual(pub.diagnostics.map((d) => d.code), ["skipped"]);
    assert.match(pub.diagnostics[0].message, /over the 2000000-byte limit/);
    assert.equal(pub.diagnostics[0].severity, 3, "information, not an error");
    // And the server still serves other documents.
    const small = ws.uri("chat.ts");
    await client.open(small, EXPRESS_ROUTE);
    await client.diagnostics(small, (p) => p.diagnostics.length > 0);
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("rapid edits: only the newest version's diagnostics are published", async () => {
  const ws = workspace({});
  const client = await startServer({ folders: [ws.root] });
  try {
    const uri = ws.uri("chat.ts");
    await client.open(uri, EXPRESS_ROUTE_SAFE);
    await client.settle(uri);
    const since = client.published.length;
    // Version v moves the flagged line down by v lines, so each version's diagnostics are recognisable.
    const textOf = (v) => "\n".repeat(v) + EXPRESS_ROUTE;
    for (let v = 2; v <= 21; v++) void client.change(uri, v, textOf(v));
    const pub = await client.diagnostics(uri, (p) => p.version === 21, { since });
    assert.equal(pub.diagnostics.length, 1);
    assert.equal(pub.diagnostics[0].range.start.line, 6 + 21, "computed on version 21's text");
    // Everything published since the burst belongs to the newest version.
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [21]);
    // A hover right after another edit sees that edit (the pending analysis runs first).
    await client.change(uri, 22, textOf(30));
    const hover = await client.hover(uri, { line: 36, character: 120 });
    assert.ok(hover, "hover on the newest text");
    assert.equal(client.latest(uri).version, 22);
    assert.equal(client.latest(uri).diagnostics[0].range.start.line, 36);
  } finally {
    await client.stop();
    ws.cleanup();
  }
});
