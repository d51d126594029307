// The bundled demo app: `npm start` shows exactly these findings, as a user sees them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args) => spawnSync(process.execPath, ["bin/llmsafe.js", ...args], { cwd: root, encoding: "utf8" });

test("the demo app's findings, in ESLint's JSON shape, exit 1", () => {
  const r = cli("demo", "--format", "json");
  assert.equal(r.status, 1, r.stderr);
  const got = JSON.parse(r.stdout)
    .flatMap((f) => f.messages.map((m) => `${f.filePath.split("/demo/")[1]}:${m.line} ${m.ruleId}`))
    .sort();
  assert.deepEqual(got, [
    "src/agent/tools.ts:13 llm-output-sql-injection",
    "src/agent/tools.ts:29 excessive-agency-tool",
    "src/lib/config.ts:3 hardcoded-api-key",
    "src/routes/chat.ts:15 system-prompt-injection",
    "src/routes/chat.ts:49 unvalidated-llm-json",
    "src/routes/summarize.ts:13 indirect-prompt-injection",
    "src/web/ChatWidget.tsx:12 llm-output-xss",
  ]);
});

test("stylish output names the rule, the path and the survey link, and never the whole key", () => {
  const r = cli("demo");
  assert.equal(r.status, 1);
  assert.match(r.stdout, /system-prompt-injection/);
  assert.match(r.stdout, /path: demo\/src\/routes\/chat\.ts:11:\d+ request data `req\.body` read here/);
  assert.match(r.stdout, /passed to `supportPrompt\(\)`/);
  assert.match(r.stdout, /https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS1\.SSS1/);
  assert.match(r.stdout, /7 problems \(4 errors, 3 warnings\)/);
  assert.doesNotMatch(r.stdout, /DEMOdemo0123456789DEMOdemo/);
});

test("npm start's script explains the output and exits 0", () => {
  const r = spawnSync(process.execPath, ["scripts/demo.mjs"], { cwd: root, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /scanning the demo app/);
  assert.match(r.stdout, /exits 1/);
});
