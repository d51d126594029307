// Findings in test code: skipped by default (a leaked key excepted), capped or kept as configured.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { createProject, parseConfig, ConfigError, loadScopedConfigs, rules } = require("../dist/engine.js");
const ruleIds = rules.map((r) => r.id);

// A test that feeds a made-up persona through the route, and a real-looking key pasted into it.
const SPEC = `import OpenAI from "openai";
const openai = new OpenAI({ apiKey: "${"AIza" + "SyD4nT7q2Lm9Rt4Vb8Nc1Kd6Hf3Jg5Ws0Yq"}" });
export async function POST(req: Request) {
  const { persona } = await req.json();
  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: persona }] });
}
`;

function findings(files, config) {
  const map = new Map(Object.entries(files).map(([k, v]) => [`/app/${k}`, v]));
  const p = createProject({ root: "/app", host: { readFile: (f) => map.get(f), fileExists: (f) => map.has(f) }, config });
  return (name) => p.analyzeFile(`/app/${name}`).findings.map((f) => `${f.start.line}:${f.ruleId}:${f.severity}`);
}

const cfg = (obj) => parseConfig(JSON.stringify(obj), "/app/.llmsaferc.json", ruleIds);

test("test files by the usual conventions report only a leaked key; the same code elsewhere reports the flow", () => {
  const names = ["src/route.test.ts", "src/route.spec.tsx", "src/__tests__/route.ts", "test/route.ts", "packages/core/tests/route.mjs", "e2e/chat.ts", "src/route-test.ts"];
  const run = findings(Object.fromEntries([...names, "src/route.ts", "src/testing.ts", "src/contest/route.ts"].map((n) => [n, SPEC])));
  for (const n of names) assert.deepEqual(run(n), ["2:hardcoded-api-key:error"], n);
  for (const n of ["src/route.ts", "src/testing.ts", "src/contest/route.ts"]) assert.deepEqual(run(n), ["2:hardcoded-api-key:error", "5:system-prompt-injection:error"], n);
});

test("testCode.severity caps or keeps test findings, and testCode.files replaces the globs", () => {
  const files = { "src/route.test.ts": SPEC, "qa/route.ts": SPEC };
  assert.deepEqual(findings(files, cfg({ testCode: { severity: "info" } }))("src/route.test.ts"), ["2:hardcoded-api-key:error", "5:system-prompt-injection:info"]);
  assert.deepEqual(findings(files, cfg({ testCode: { severity: "warning" } }))("src/route.test.ts"), ["2:hardcoded-api-key:error", "5:system-prompt-injection:warning"]);
  assert.deepEqual(findings(files, cfg({ testCode: { severity: "same" } }))("src/route.test.ts"), ["2:hardcoded-api-key:error", "5:system-prompt-injection:error"]);
  const custom = findings(files, cfg({ testCode: { files: ["qa/**"] } }));
  assert.deepEqual(custom("qa/route.ts"), ["2:hardcoded-api-key:error"]);
  assert.deepEqual(custom("src/route.test.ts"), ["2:hardcoded-api-key:error", "5:system-prompt-injection:error"]);
});

test("a bad testCode value is a config error naming the key; a nested file may not set testCode", () => {
  assert.throws(() => cfg({ testCode: { severity: "never" } }), (e) => e instanceof ConfigError && /testCode\.severity/.test(e.message));
  assert.throws(() => cfg({ testCode: { globs: [] } }), (e) => e instanceof ConfigError && /testCode/.test(e.message));
  const nested = { "/app/pkg/.llmsaferc.json": JSON.stringify({ testCode: { severity: "same" } }) };
  const { errors } = loadScopedConfigs(cfg({}), Object.keys(nested), ruleIds, (p) => nested[p]);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /pkg\/\.llmsaferc\.json: testCode: only the project's own/);
});
