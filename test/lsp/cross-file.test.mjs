// Cross-file flows in the editor: the workspace scan publishes findings in files nobody opened,
// and editing a helper re-publishes the files that import it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { writeFileSync } from "node:fs";
import { DEFAULT_CAPABILITIES, startServer, workspace } from "./lsp-client.mjs";
import { AGENT, RUN_HELPER, RUN_HELPER_SAFE } from "./snippets.mjs";

test("scan finds a flow into a helper in a closed file; editing the helper re-publishes the importer", async () => {
  const ws = workspace({ "lib/run.ts": RUN_HELPER, "agent.ts": AGENT, "node_modules/pkg/index.ts": AGENT });
  const client = await startServer({ folders: [ws.root] });
  try {
    const agent = ws.uri("agent.ts");
    const helper = ws.uri("lib/run.ts");
    // Nothing is open: the scan publishes the importer's finding, at the call site.
    const first = await client.diagnostics(agent, (p) => p.diagnostics.length > 0);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.range.start.line]), [["llm-output-command-injection", 5]]);
    assert.ok(first.diagnostics[0].relatedInformation.some((r) => r.location.uri === helper), "the path continues into the helper");

    // The user opens the helper and makes it safe (unsaved): the importer's diagnostics are re-published, now empty.
    await client.open(helper, RUN_HELPER);
    await client.settle(helper);
    const since = client.published.length;
    await client.change(helper, 2, RUN_HELPER_SAFE);
    const cleared = await client.diagnostics(agent, () => true, { since });
    assert.deepEqual(cleared.diagnostics, []);

    // Undo: the finding comes back.
    const again = client.published.length;
    await client.change(helper, 3, RUN_HELPER);
    const back = await client.diagnostics(agent, () => true, { since: again });
    assert.equal(back.diagnostics.length, 1);

    // Closing the helper without saving goes back to the text on disk (still unsafe), and a
    // change on disk reported by the editor's file watcher is picked up too.
    await client.close(helper);
    await client.settle(helper); // a round trip: whatever the close published has arrived
    writeFileSync(ws.path("lib/run.ts"), RUN_HELPER_SAFE);
    const beforeWatch = client.published.length;
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: helper, type: 2 }] });
    const fromDisk = await client.diagnostics(agent, () => true, { since: beforeWatch });
    assert.deepEqual(fromDisk.diagnostics, []);

    // node_modules is never scanned.
    assert.equal(client.latest(ws.uri("node_modules/pkg/index.ts")), undefined);
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("multi-root: each folder is its own project with its own config", async () => {
  const a = workspace({ "lib/run.ts": RUN_HELPER, "agent.ts": AGENT });
  const b = workspace({ "lib/run.ts": RUN_HELPER, "agent.ts": AGENT, ".llmsaferc.json": JSON.stringify({ rules: { "llm-output-command-injection": "warning" } }) });
  const client = await startServer({ folders: [a.root, b.root] });
  try {
    const da = await client.diagnostics(a.uri("agent.ts"), (p) => p.diagnostics.length > 0);
    const db = await client.diagnostics(b.uri("agent.ts"), (p) => p.diagnostics.length > 0);
    assert.equal(da.diagnostics[0].severity, 1);
    assert.equal(db.diagnostics[0].severity, 2, "warning, from the second folder's .llmsaferc.json");
    // Removing a folder clears what was published for it.
    await client.conn.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [], removed: [{ uri: b.uri("").replace(/\/$/, ""), name: "b" }] } });
    await client.diagnostics(b.uri("agent.ts"), (p) => p.diagnostics.length === 0);
  } finally {
    await client.stop();
    a.cleanup();
    b.cleanup();
  }
});

test("monorepo: a package's nested .llmsaferc.json applies to its files; a broken one is shown on the file and the rest still applies", async () => {
  const ws = workspace({
    "packages/api/lib/run.ts": RUN_HELPER, "packages/api/agent.ts": AGENT,
    "packages/api/.llmsaferc.json": JSON.stringify({ rules: { "llm-output-command-injection": "warning" } }),
    "packages/ops/lib/run.ts": RUN_HELPER, "packages/ops/agent.ts": AGENT,
    "packages/ops/.llmsaferc.json": JSON.stringify({ rules: { "llm-output-command-injection": "info" } }),
    "packages/jobs/lib/run.ts": RUN_HELPER, "packages/jobs/agent.ts": AGENT,
    "packages/jobs/.llmsaferc.json": "{ \"rules\": { \"llm-output-command-injecton\": \"off\" } }",
  });
  const client = await startServer({ folders: [ws.root] });
  try {
    const sev = async (pkg) => (await client.diagnostics(ws.uri(`packages/${pkg}/agent.ts`), (p) => p.diagnostics.length > 0)).diagnostics.map((d) => d.severity);
    assert.deepEqual(await sev("api"), [2], "warning from packages/api/.llmsaferc.json");
    assert.deepEqual(await sev("ops"), [3], "information from packages/ops/.llmsaferc.json");
    assert.deepEqual(await sev("jobs"), [1], "the broken file is left out: the default severity");
    const onFile = await client.diagnostics(ws.uri("packages/jobs/.llmsaferc.json"), (p) => p.diagnostics.length > 0);
    assert.match(onFile.diagnostics[0].message, /unknown rule id/);
    await client.until(() => client.messages.find((m) => /packages\/jobs\/\.llmsaferc\.json.*The rest of the configuration applies/.test(m.message)), "the error message");
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("monorepo: a package opened as the workspace folder gets the .llmsaferc.json files above it up to the repository root", async () => {
  const ws = workspace({
    ".git/HEAD": "ref: refs/heads/main\n",
    ".llmsaferc.json": JSON.stringify({ rules: { "llm-output-command-injection": "warning" } }),
    "packages/api/lib/run.ts": RUN_HELPER, "packages/api/agent.ts": AGENT,
    "packages/api/.llmsaferc.json": JSON.stringify({ ignore: ["lib/gen/**"] }),
    // Between the repository root and the opened folder: applies to it too.
    "packages/.llmsaferc.json": JSON.stringify({ rules: { "llm-output-command-injection": "info" } }),
    // Below the opened folder but .gitignored: never read (it would be an error).
    "packages/api/.gitignore": "vendor/\n",
    "packages/api/vendor/x/.llmsaferc.json": "{ broken",
  });
  const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } };
  const client = await startServer({ folders: [ws.path("packages/api")], capabilities });
  try {
    const d = await client.diagnostics(ws.uri("packages/api/agent.ts"), (p) => p.diagnostics.length > 0);
    assert.deepEqual(d.diagnostics.map((x) => x.severity), [3], "information, from packages/.llmsaferc.json above the folder");
    assert.ok(!client.messages.some((m) => /invalid configuration/.test(m.message)), "the ignored broken file was not read");
    // The folders above are watched (an editor's ** watchers stop at the folder) ...
    const watched = await client.until(() => {
      const bases = client.registrations.flatMap((r) => r.registerOptions?.watchers ?? []).map((w) => w.globPattern?.baseUri).filter(Boolean);
      return bases.length ? bases.sort() : undefined;
    }, "a watcher above the folder");
    assert.deepEqual(watched, [ws.uri(""), ws.uri("packages")].map((u) => u.replace(/\/$/, "")).sort());
    // ... and a change there reported by the editor takes effect.
    writeFileSync(ws.path("packages/.llmsaferc.json"), JSON.stringify({ rules: { "llm-output-command-injection": "error" } }));
    const since = client.published.length;
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: ws.uri("packages/.llmsaferc.json"), type: 2 }] });
    const after = await client.diagnostics(ws.uri("packages/api/agent.ts"), (p) => p.diagnostics.length > 0, { since });
    assert.deepEqual(after.diagnostics.map((x) => x.severity), [1]);
  } finally {
    await client.stop();
    ws.cleanup();
  }
});
