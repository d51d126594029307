// The programmatic API as an embedder uses it: lint() on folders and in-memory files, and a
// Linter reused across calls, with findings that follow imports between in-memory files.
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const { lint, Linter, ConfigError } = createRequire(import.meta.url)("../../dist/engine.js");

const route = `import OpenAI from "openai";
import { persona } from "./persona";
const client = new OpenAI();
export async function POST(req: Request) {
  const { topic } = await req.json();
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: persona(topic) }] });
  return new Response(r.choices[0].message.content);
}
`;
const taintingPersona = "export const persona = (t: string) => `You write about ${t}.`;\n";
const constantPersona = "export const persona = (_t: string) => `You write short poems.`;\n";

function project(files) {
  const dir = mkdtempSync(join(tmpdir(), "llmsafe-api-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const ids = (result) => result.messages.map((m) => `${m.ruleId}:${m.line}`);

test("lint() on a folder follows imports across files and returns ESLint-shaped results", async () => {
  const dir = project({ "app/route.ts": route, "app/persona.ts": taintingPersona });
  const results = await lint({ cwd: dir, paths: ["app"] });
  assert.deepEqual(results.map((r) => r.filePath), [join(dir, "app/persona.ts"), join(dir, "app/route.ts")]);
  const [persona, r] = results;
  assert.deepEqual(ids(persona), []);
  assert.deepEqual(ids(r), ["system-prompt-injection:6"]);
  const m = r.messages[0];
  assert.equal(m.severity, 2);
  assert.equal(r.errorCount, 1);
  assert.ok(m.path.some((s) => s.file === join(dir, "app/persona.ts")), "the taint path passes through the helper's file");
  assert.match(m.surveyUrl, /^https:\/\/arxiv\.org\//);
});

test("lint() on in-memory files: they shadow the disk and import each other", async () => {
  const dir = project({ "route.ts": route, "persona.ts": taintingPersona });
  const [, clean] = await lint({ cwd: dir, files: [{ path: "persona.ts", text: constantPersona }, { path: "route.ts", text: route }] });
  assert.deepEqual(ids(clean), [], "the constant persona in memory wins over the tainting one on disk");
  const onlyMemory = await lint({ cwd: project({}), files: [{ path: "persona.ts", text: taintingPersona }, { path: "route.ts", text: route }] });
  assert.deepEqual(onlyMemory.map(ids), [[], ["system-prompt-injection:6"]]);
});

test("a Linter reuses its project: changing a helper's text changes its importer's result", () => {
  const dir = project({ "route.ts": route, "persona.ts": constantPersona });
  const linter = new Linter({ cwd: dir });
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), []);
  linter.lintText("persona.ts", taintingPersona);
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), ["system-prompt-injection:6"]);
  linter.setText("persona.ts", undefined);
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), [], "clearing the memory text falls back to the disk");
});

test("rule overrides and the project's .llmsaferc.json apply; an invalid config is a ConfigError naming the key", async () => {
  const dir = project({ "route.ts": route, "persona.ts": taintingPersona, ".llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "warning" } }) });
  const [, r] = await lint({ cwd: dir, paths: ["."] });
  assert.equal(r.messages[0].severity, 1);
  const [, off] = await lint({ cwd: dir, paths: ["."], rules: { "system-prompt-injection": "off" } });
  assert.deepEqual(ids(off), []);
  const [, none] = await lint({ cwd: dir, paths: ["."], config: false });
  assert.equal(none.messages[0].severity, 2, "config: false ignores the project's file");
  const bad = project({ "a.ts": "", ".llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "loud" } }) });
  await assert.rejects(lint({ cwd: bad, paths: ["."] }), (e) => e instanceof ConfigError && /rules\.system-prompt-injection/.test(e.message));
});

test("a path that does not exist is an error, not an empty result", async () => {
  await assert.rejects(lint({ cwd: project({}), paths: ["nope"] }), /no such file or folder/);
});

test("refreshFromDisk(): a Linter kept running reads again what changed on disk, and the disk wins over older memory text", () => {
  const dir = project({ "route.ts": route, "persona.ts": constantPersona });
  const linter = new Linter({ cwd: dir });
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), []);
  assert.deepEqual(linter.refreshFromDisk(), [], "nothing changed");
  writeFileSync(join(dir, "persona.ts"), taintingPersona);
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), [], "not yet refreshed: the text read earlier");
  assert.deepEqual(linter.refreshFromDisk().sort(), [join(dir, "persona.ts"), join(dir, "route.ts")]);
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), ["system-prompt-injection:6"]);
  linter.setText("persona.ts", constantPersona);
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), [], "memory text over the disk");
  writeFileSync(join(dir, "persona.ts"), taintingPersona + "// saved later\n");
  linter.refreshFromDisk();
  assert.deepEqual(ids(linter.lintFiles(["route.ts"])[0]), ["system-prompt-injection:6"], "written after the memory text was set: the disk is newer");
});

test("a broken nested .llmsaferc.json stops only the files under it, as in the CLI", async () => {
  const dir = project({
    "app/route.ts": route, "app/persona.ts": taintingPersona,
    "scratch/.llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "loud" } }), "scratch/a.ts": "export const a = 1;\n",
  });
  const results = await lint({ cwd: dir, paths: ["app"] });
  assert.deepEqual(results.map(ids), [[], ["system-prompt-injection:6"]], "a broken config elsewhere does not stop linting app/");
  await assert.rejects(lint({ cwd: dir, paths: ["scratch"] }), (e) => e instanceof ConfigError && /rules\.system-prompt-injection/.test(e.message));
});

test("folders are walked as the CLI walks them: .gitignore and .llmsafeignore respected", async () => {
  const dir = project({
    "app/route.ts": route,
    "app/persona.ts": taintingPersona,
    "build/route.ts": route,
    "build/persona.ts": taintingPersona,
    "app/drafts/route.ts": route,
    "app/drafts/persona.ts": taintingPersona,
    ".gitignore": "build/\n",
    "app/.llmsafeignore": "drafts/\n",
  });
  const results = await lint({ cwd: dir, paths: ["."] });
  assert.deepEqual(results.map((r) => r.filePath), [join(dir, "app/persona.ts"), join(dir, "app/route.ts")]);
});

test("in a git repository the project's configuration is its outermost .llmsaferc.json, as in the CLI and the editor", async () => {
  const dir = project({
    ".git/HEAD": "ref: refs/heads/main\n",
    ".llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "off" } }),
    "packages/web/.llmsaferc.json": JSON.stringify({ rules: {} }),
    "packages/web/app/route.ts": route,
    "packages/web/app/persona.ts": taintingPersona,
  });
  const [, r] = await lint({ cwd: join(dir, "packages/web"), paths: ["app"] });
  assert.deepEqual(ids(r), [], "the repository's file turns the rule off for the whole repository");
  const [, again] = await lint({ cwd: join(dir, "packages/web"), paths: ["app"], config: false });
  assert.deepEqual(ids(again).map((x) => x.split(":")[0]), ["system-prompt-injection"], "without configuration the finding is there");
});
