// Work-done progress during the workspace scan: shown to clients that support it once a scan
// runs for a while, always ended, never sent to clients that did not ask for it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_CAPABILITIES, startServer, workspace } from "./lsp-client.mjs";
import { AGENT } from "./snippets.mjs";

const files = {};
for (let i = 0; i < 40; i++) files[`src/mod${i}.ts`] = AGENT;

const withProgress = { ...DEFAULT_CAPABILITIES, window: { ...DEFAULT_CAPABILITIES.window, workDoneProgress: true } };
const scanned = (client) => client.until(() => (client.logs.some((l) => /workspace scan: 40 file/.test(l.message)) ? true : undefined), "the scan to finish");

test("a scan that takes a while reports begin, counts and end on one token", async () => {
  const ws = workspace(files);
  const client = await startServer({ folders: [ws.root], capabilities: withProgress, env: { LLMSAFE_PROGRESS_DELAY_MS: "0" } });
  try {
    await scanned(client);
    const token = await client.until(() => client.progressTokens[0], "a progress token");
    const end = await client.until(() => client.progress.find((p) => p.token === token && p.value.kind === "end"), "the end of the progress");
    const mine = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.equal(mine[0].kind, "begin");
    assert.equal(mine[0].title, "llmsafe");
    assert.match(mine[0].message, /^scanning \d+\/40 files$/);
    assert.ok(mine[0].percentage >= 0 && mine[0].percentage <= 100);
    assert.equal(mine.at(-1), end.value, "end comes last");
    for (const r of mine.slice(1, -1)) assert.equal(r.kind, "report");
    assert.equal(client.progressTokens.length, 1, "one progress per scan");
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("no progress for a quick scan, nor for a client without workDoneProgress", async () => {
  const ws = workspace(files);
  const quick = await startServer({ folders: [ws.root], capabilities: withProgress, env: { LLMSAFE_PROGRESS_DELAY_MS: "60000" } });
  const plain = await startServer({ folders: [ws.root], env: { LLMSAFE_PROGRESS_DELAY_MS: "0" } });
  try {
    await scanned(quick);
    await scanned(plain);
    assert.deepEqual([quick.progressTokens, quick.progress], [[], []]);
    assert.deepEqual([plain.progressTokens, plain.progress], [[], []]);
  } finally {
    await quick.stop();
    await plain.stop();
    ws.cleanup();
  }
});
