// A finding one file's analysis places in another (a NEXT_PUBLIC_ key read in a shared module,
// found through the client component that uses it) reaches the CLI's results for that module,
// on worker threads and in-process alike.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = join(REPO, "test-fixtures/cross-file/p-public-env-client");

for (const jobs of ["1", "2"]) {
  test(`--jobs ${jobs}: the shared module's browser-exposed keys are reported where they are read`, () => {
    const r = spawnSync(process.execPath, [join(REPO, "bin/llmsafe.js"), "--no-config", "--jobs", jobs, "-f", "json", FIXTURE], { encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const found = JSON.parse(r.stdout).flatMap((f) => f.messages.filter((m) => m.ruleId === "client-exposed-api-key").map((m) => `${f.filePath.slice(FIXTURE.length + 1)}:${m.line} ${m.foundBy ? "found by " + m.foundBy.slice(FIXTURE.length + 1) : ""}`));
    assert.deepEqual(found, ["lib/public-env.ts:7 found by components/AssistantPanel.tsx", "lib/public-env.ts:11 found by components/AssistantPanel.tsx"]);
  });
}
