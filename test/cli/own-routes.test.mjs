// A page that fetches the app's own route and the route itself share no import, so the CLI's
// import-connected analysis groups would split them; the page depends on the routes it fetches
// (cli/graph.ts), so the route's model output reaches the page's sinks, on worker threads and
// in-process alike. The look-alikes in the same fixture stay silent.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = join(REPO, "test-fixtures/flows/own-api-route/search-app");

for (const jobs of ["1", "2"]) {
  test(`--jobs ${jobs}: model output a route sends is flagged where the fetching page renders or runs it`, () => {
    const r = spawnSync(process.execPath, [join(REPO, "bin/llmsafe.js"), "--no-config", "--jobs", jobs, "-f", "json", FIXTURE], { encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const found = JSON.parse(r.stdout).flatMap((f) => f.messages.map((m) => `${f.filePath.slice(FIXTURE.length + 1)}:${m.line} ${m.ruleId}`)).sort();
    assert.deepEqual(found, ["app/search/page.tsx:27 llm-output-xss", "components/Answer.tsx:23 llm-output-xss", "components/Snippet.tsx:8 llm-output-code-execution"]);
    const answer = JSON.parse(r.stdout).find((f) => f.filePath.endsWith("Answer.tsx")).messages[0];
    assert.ok(answer.path.some((s) => s.file.endsWith(join("sourcesAnswer", "route.ts"))), "the path starts in the route");
  });
}
