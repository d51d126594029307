// Baseline round trip, cache hits and invalidation, --fix and --fix-dry-run, --jobs equivalence.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { CLEAN_RENDER, llmsafe, project, REPO, RENDER, SAFETY_OFF, XSS_APP } from "./helpers.mjs";

const cacheStats = (r) => {
  const m = /cache (\d+) hits \/ (\d+) misses/.exec(r.stderr);
  assert.ok(m, r.stderr);
  return { hits: Number(m[1]), misses: Number(m[2]) };
};

describe("--baseline", () => {
  test("records today's findings and fails only on new ones, whatever the line shifts", () => {
    const root = project({ "app.ts": XSS_APP, "render.ts": RENDER, "story.ts": SAFETY_OFF });
    const rec = llmsafe(["--baseline", "llmsafe-baseline.json", "--update-baseline"], { cwd: root });
    assert.equal(rec.code, 0, rec.stderr);
    assert.match(rec.stderr, /recorded 2 findings/);
    const baseline = JSON.parse(readFileSync(join(root, "llmsafe-baseline.json"), "utf8"));
    assert.equal(baseline.findings.length, 2);
    assert.equal(llmsafe(["--baseline", "llmsafe-baseline.json"], { cwd: root }).code, 0);

    // Shift every line: a header comment and blank lines above the findings.
    writeFileSync(join(root, "app.ts"), "// Answers questions.\n\n\n" + XSS_APP);
    writeFileSync(join(root, "story.ts"), "/* stories */\n" + SAFETY_OFF.replace("export async", "\n\nexport async"));
    const shifted = llmsafe(["--baseline", "llmsafe-baseline.json", "-f", "json"], { cwd: root });
    assert.equal(shifted.code, 0, shifted.stdout);
    const json = JSON.parse(shifted.stdout);
    assert.equal(json.flatMap((f) => f.messages).length, 0);
    assert.equal(json.flatMap((f) => f.suppressedMessages).filter((m) => m.suppressions[0].kind === "external").length, 2, "baselined findings stay visible for audits");

    // A new finding fails the run, and only it is reported.
    writeFileSync(join(root, "app.ts"), "// Answers questions.\n\n\n" + XSS_APP + "\nexport async function again(el: HTMLElement, q: string) {\n  const r = await client.chat.completions.create({ model: \"gpt-4o\", messages: [{ role: \"user\", content: q }] });\n  el.innerHTML = r.choices[0].message.content ?? \"\";\n}\n");
    const fresh = llmsafe(["--baseline", "llmsafe-baseline.json", "-f", "json"], { cwd: root });
    assert.equal(fresh.code, 1);
    const messages = JSON.parse(fresh.stdout).flatMap((f) => f.messages);
    assert.equal(messages.length, 1);
    assert.equal(messages[0].line, 16);
    const stylish = llmsafe(["--baseline", "llmsafe-baseline.json"], { cwd: root });
    assert.match(stylish.stdout, /1 problem .*\(2 more in the baseline\)/);
  });

  test("a file that is not a baseline exits 2", () => {
    const root = project({ "a.ts": "", "b.json": "[1, 2]" });
    const r = llmsafe(["--baseline", "b.json"], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is not an llmsafe baseline/);
  });
});

describe("--cache", () => {
  test("hits when nothing changed; a changed file, its importers, the config and the rule set invalidate", () => {
    const root = project({ "app.ts": XSS_APP, "render.ts": RENDER, "story.ts": SAFETY_OFF, "other.ts": "export const x = 1;\n" });
    const run = (...extra) => llmsafe(["--cache", "--debug", "-f", "json", ...extra], { cwd: root });
    const cold = run();
    assert.deepEqual(cacheStats(cold), { hits: 0, misses: 4 });
    assert.ok(existsSync(join(root, "node_modules/.cache/llmsafe/results.json")));
    const warm = run();
    assert.deepEqual(cacheStats(warm), { hits: 4, misses: 0 });
    assert.equal(warm.stdout, cold.stdout, "cached results are the same results");
    assert.equal(warm.code, cold.code);

    // Changing the imported file re-analyses it and its importer, not the rest.
    writeFileSync(join(root, "render.ts"), RENDER.replace("el.innerHTML = html;", "el.textContent = html;"));
    const dep = run();
    assert.deepEqual(cacheStats(dep), { hits: 2, misses: 2 });
    assert.equal(JSON.parse(dep.stdout).find((f) => f.filePath.endsWith("app.ts")).messages.length, 0, "the importer's finding is gone");

    // A config change (here a --rule override) invalidates everything.
    assert.deepEqual(cacheStats(run("--rule", "disabled-safety-settings:error")), { hits: 0, misses: 4 });
    assert.deepEqual(cacheStats(run("--rule", "disabled-safety-settings:error")), { hits: 4, misses: 0 });
  });

  test("an import through a tsconfig paths alias is in the graph: changing the aliased module re-analyses its importer", () => {
    const tsconfig = `{\n  // JSONC, as tsc reads it\n  "compilerOptions": { "baseUrl": ".", "paths": { "@src/*": ["src/*"], }, },\n}\n`;
    const app = XSS_APP.replace(`from "./render"`, `from "@src/ui/render"`);
    const root = project({ "tsconfig.json": tsconfig, "src/app.ts": app, "src/ui/render.ts": RENDER, "src/other.ts": "export const x = 1;\n" });
    const run = () => llmsafe(["--cache", "--debug", "-f", "json", "src"], { cwd: root });
    const appFindings = (r) => JSON.parse(r.stdout).find((f) => f.filePath.endsWith("app.ts")).messages.map((m) => m.ruleId);
    const cold = run();
    assert.deepEqual(cacheStats(cold), { hits: 0, misses: 3 });
    assert.deepEqual(appFindings(cold), ["llm-output-xss"], "the aliased helper's sink is reached from the importer");
    writeFileSync(join(root, "src/ui/render.ts"), CLEAN_RENDER);
    const dep = run();
    assert.deepEqual(cacheStats(dep), { hits: 1, misses: 2 }, "the aliased module and its importer, not the unrelated file");
    assert.deepEqual(appFindings(dep), []);

    // A broken tsconfig is ignored: no crash, the alias is simply not followed.
    writeFileSync(join(root, "tsconfig.json"), `{ "compilerOptions": { "paths": `);
    writeFileSync(join(root, "src/ui/render.ts"), RENDER);
    const broken = llmsafe(["-f", "json", "src"], { cwd: root });
    assert.equal(broken.code, 0, broken.stderr);
    assert.deepEqual(appFindings(broken), []);
  });

  test("a different build of the engine and rules invalidates the cache", () => {
    // Run a copy of the built CLI whose worker bundle differs by one comment.
    // Inside the repo's node_modules, so the copy still resolves typescript like the original.
    mkdirSync(join(REPO, "node_modules", ".cache"), { recursive: true });
    const dist = mkdtempSync(join(REPO, "node_modules", ".cache", "llmsafe-test-dist-"));
    cpSync(join(REPO, "dist"), join(dist, "dist"), { recursive: true });
    cpSync(join(REPO, "bin"), join(dist, "bin"), { recursive: true });
    cpSync(join(REPO, "package.json"), join(dist, "package.json"));
    const root = project({ "story.ts": SAFETY_OFF });
    const args = (bin) => [bin, "--cache", "--debug"];
    const go = (bin) => spawnSync(process.execPath, args(bin), { cwd: root, encoding: "utf8" });
    assert.deepEqual(cacheStats(go(join(dist, "bin/llmsafe.js"))), { hits: 0, misses: 1 });
    assert.deepEqual(cacheStats(go(join(dist, "bin/llmsafe.js"))), { hits: 1, misses: 0 });
    writeFileSync(join(dist, "dist/cli-worker.js"), readFileSync(join(dist, "dist/cli-worker.js"), "utf8") + "\n// rules changed\n");
    assert.deepEqual(cacheStats(go(join(dist, "bin/llmsafe.js"))), { hits: 0, misses: 1 });
    assert.deepEqual(cacheStats(go(join(dist, "bin/llmsafe.js"))), { hits: 1, misses: 0 });
    // The engine the worker runs is dist/engine-core.js: a new one invalidates the cache too.
    writeFileSync(join(dist, "dist/engine-core.js"), readFileSync(join(dist, "dist/engine-core.js"), "utf8") + "\n// engine changed\n");
    assert.deepEqual(cacheStats(go(join(dist, "bin/llmsafe.js"))), { hits: 0, misses: 1 });
    rmSync(dist, { recursive: true, force: true });
  });
});

describe("--fix", () => {
  test("--fix-dry-run prints a diff and changes nothing; --fix applies the safe fixes and the result lints clean", () => {
    // Shaped like a real project key (the fixtures' fake one), so the key scanner recognises it.
    const key = "sk-proj-" + "FAKEfake0123456789".repeat(4) + "FAT3BlbkFJ" + "fakeFAKE9876543210".repeat(4) + "fa";
    const files = { "app.ts": XSS_APP, "render.ts": RENDER, "story.ts": SAFETY_OFF, "keys.ts": `import OpenAI from "openai";\nexport const client = new OpenAI({ apiKey: "${key}" });\n` };
    const root = project(files);
    const dry = llmsafe(["--fix-dry-run"], { cwd: root });
    assert.match(dry.stdout, /^--- a\/app\.ts\n\+\+\+ b\/app\.ts\n@@ /m);
    assert.match(dry.stdout, /^-  render\(el, r\.choices\[0\]\.message\.content \?\? ""\);\n\+  render\(el, DOMPurify\.sanitize\(r\.choices\[0\]\.message\.content \?\? ""\)\);$/m);
    assert.match(dry.stdout, /^\+.*HarmBlockThreshold\.BLOCK_MEDIUM_AND_ABOVE/m);
    for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(join(root, name), "utf8"), text, `${name} untouched`);

    const fix = llmsafe(["--fix", "-f", "json"], { cwd: root });
    assert.match(readFileSync(join(root, "app.ts"), "utf8"), /^import DOMPurify from "dompurify";\n/);
    assert.match(readFileSync(join(root, "story.ts"), "utf8"), /BLOCK_MEDIUM_AND_ABOVE/);
    // The hard-coded key's fix is a suggestion (it changes behaviour): never applied.
    assert.equal(readFileSync(join(root, "keys.ts"), "utf8"), files["keys.ts"]);
    const remaining = JSON.parse(fix.stdout).flatMap((f) => f.messages.map((m) => m.ruleId));
    assert.deepEqual(remaining, ["hardcoded-api-key"]);
    assert.equal(fix.code, 1);
    const relint = llmsafe(["-f", "json", "--rule", "hardcoded-api-key:off"], { cwd: root });
    assert.equal(relint.code, 0, relint.stdout);
  });

  test("--fix with --staged is refused", () => {
    const r = llmsafe(["--fix", "--staged"], { cwd: project({ "a.ts": "" }) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix cannot be combined with --staged/);
  });
});

describe("--jobs", () => {
  test("--jobs 1 and --jobs 2 give identical output on the fixtures", () => {
    // Copy the fixtures and repeat them so the run is big enough to use two workers.
    const root = mkdtempSync(join(tmpdir(), "llmsafe-jobs-"));
    for (const copy of ["one", "two", "three", "four", "five", "six", "seven", "eight"]) cpSync(join(REPO, "test-fixtures"), join(root, copy), { recursive: true });
    const one = llmsafe(["--jobs", "1", "-f", "json", "--debug"], { cwd: root });
    const two = llmsafe(["--jobs", "2", "-f", "json", "--debug"], { cwd: root });
    assert.match(two.stderr, /on 2 workers/, "the second run really used two workers");
    assert.match(one.stderr, /on 1 workers/);
    assert.equal(one.code, two.code);
    assert.ok(JSON.parse(one.stdout).length > 500);
    assert.equal(two.stdout, one.stdout);
    const sarif1 = llmsafe(["--jobs", "1", "-f", "sarif"], { cwd: root });
    const sarif2 = llmsafe(["--jobs", "2", "-f", "sarif"], { cwd: root });
    assert.equal(sarif2.stdout, sarif1.stdout);
    // Without --jobs: half the cores (each worker keeps ~1.5 cores busy), at least one.
    const dflt = llmsafe(["-f", "json", "--debug"], { cwd: root });
    const want = Math.max(1, Math.floor(availableParallelism() / 2));
    assert.match(dflt.stderr, new RegExp(`jobs ${want}\\b`));
    assert.equal(dflt.stdout, one.stdout);
  });
});
