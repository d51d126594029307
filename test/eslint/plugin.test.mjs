// The ESLint plugin as a user runs it: ESLint 9's ESLint class with a flat config, on throwaway
// projects. Cross-file flows, typescript-eslint's parser and espree side by side, the text ESLint
// gives, both kinds of suppression comment, --fix and suggestions, and the project's .llmsaferc.json.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import { engine, eslintFor, flatConfig, found, llmsafe, project, REPO, TS_FILES } from "./helpers.mjs";

const route = `import OpenAI from "openai";
import { persona } from "./persona";
const client = new OpenAI();
export async function POST(req: Request): Promise<Response> {
  const { topic } = (await req.json()) as { topic: string };
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: persona(topic) }] });
  return new Response(r.choices[0].message.content);
}
`;
const taintingPersona = "export const persona = (t: string): string => `You write about ${t}.`;\n";
const constantPersona = "export const persona = (_t: string): string => `You write short poems.`;\n";
// JavaScript for espree; an emoji before the finding on its line (two UTF-16 units, one code point).
const server = `import express from "express";
import OpenAI from "openai";
const app = express();
const openai = new OpenAI();
app.post("/chat", async (req, res) => {
  const tone = "😀 " + req.body.tone; const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: \`Answer in a \${tone} tone.\` }, { role: "user", content: "hi" }] });
  res.json(r.choices[0].message);
});
`;
const agent = `import OpenAI from "openai";
const client = new OpenAI();
export async function run(q: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });
  const code = r.choices[0].message.content ?? "";
  // eslint-disable-next-line llmsafe/llm-output-code-execution -- reviewed
  eval(code);
  // llmsafe-disable-next-line llm-output-code-execution -- runs in a sandbox
  new Function(code)();
  return eval(code);
}
`;
const gemini = `import { GoogleGenAI, HarmCategory, HarmBlockThreshold } from "@google/genai";
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
export async function story() {
  const r = await ai.models.generateContent({
    model: "gemini-2.0-flash",
    contents: "Write a story about dragons.",
    config: { safetySettings: [{ category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: HarmBlockThreshold.BLOCK_NONE }] },
  });
  return r.text;
}
`;

/** "line:column" (1-based, as ESLint prints it) of the first `needle` on a 1-based line of `text`, plus `offset`. */
const at = (text, line, needle, offset = 0) => `${line}:${text.split("\n")[line - 1].indexOf(needle) + 1 + offset}`;
const ROUTE_FINDING = `system-prompt-injection ${at(route, 6, "topic) }")}`;

const byFile = (results, dir) => Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), found(r)]));

test("the plugin: every llmsafe rule from the catalog, with its docs page, messages, fixability and the two configs", () => {
  const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
  assert.deepEqual(llmsafe.meta, { name: "llmsafe/eslint", version: pkg.version });
  assert.deepEqual(Object.keys(llmsafe.rules), engine.rules.map((r) => r.id));
  for (const r of engine.rules) {
    const meta = llmsafe.rules[r.id].meta;
    assert.equal(meta.type, "problem");
    assert.equal(meta.docs.description, r.meta.description);
    const page = fileURLToPath(meta.docs.url);
    assert.equal(page, join(REPO, "docs", "rules", `${r.id}.md`));
    assert.ok(existsSync(page), `${r.id}: the docs page ships`);
    assert.match(meta.messages.flow, /\{\{message\}\}.*\{\{path\}\}/);
    assert.equal(meta.fixable, r.meta.fixable ? "code" : undefined, r.id);
    assert.equal(!!meta.hasSuggestions, !!r.meta.hasSuggestions, r.id);
  }
  const { recommended, strict } = llmsafe.configs;
  assert.equal(recommended.plugins.llmsafe, llmsafe);
  assert.equal(strict.plugins.llmsafe, llmsafe);
  assert.deepEqual(recommended.rules, Object.fromEntries(engine.rules.map((r) => [`llmsafe/${r.id}`, r.meta.severity === "error" ? "error" : "warn"])));
  assert.ok(Object.values(recommended.rules).includes("warn") && Object.values(recommended.rules).includes("error"));
  assert.deepEqual(strict.rules, Object.fromEntries(engine.rules.map((r) => [`llmsafe/${r.id}`, "error"])));
});

test("ESLint follows a flow across files, with typescript-eslint's parser on TypeScript and espree on JavaScript in one config", async () => {
  const dir = project({ "app/route.ts": route, "app/persona.ts": taintingPersona, "server.mjs": server, "app/typed.ts": "export const n: any = 1;\n" });
  // typescript-eslint's own rule runs in the same config, on the tree its parser built.
  const config = [...flatConfig("recommended"), { files: TS_FILES, plugins: { "@typescript-eslint": tseslint.plugin }, rules: { "@typescript-eslint/no-explicit-any": "error" } }];
  const results = await eslintFor(dir, config).lintFiles(["."]);
  assert.deepEqual(byFile(results, dir), {
    "app/persona.ts": [],
    "app/route.ts": [ROUTE_FINDING],
    "app/typed.ts": [],
    // After the emoji: ESLint's columns count UTF-16 units, as llmsafe's do.
    "server.mjs": [`system-prompt-injection ${at(server, 6, "`Answer")}`],
  });
  assert.deepEqual(results.find((r) => r.filePath.endsWith("typed.ts")).messages.map((m) => m.ruleId), ["@typescript-eslint/no-explicit-any"]);
  const m = results.find((r) => r.filePath.endsWith("route.ts")).messages[0];
  assert.equal(m.severity, 2, "recommended: system-prompt-injection is an error");
  assert.match(m.message, /^Request data .* flows into the system message .* Path: .* \(5:.*persona\(\)`.*\(app\/persona\.ts:1:\d+\)/);
  // Where ESLint puts each finding is where llmsafe itself does (1-based lines and columns, UTF-16 units).
  const api = await engine.lint({ cwd: dir, paths: ["."] });
  for (const r of results) {
    const mine = r.messages.filter((x) => x.ruleId?.startsWith("llmsafe/")).map((x) => [x.ruleId.slice(8), x.line, x.column, x.endLine, x.endColumn]);
    const theirs = api.find((a) => a.filePath === r.filePath).messages.map((x) => [x.ruleId, x.line, x.column, x.endLine, x.endColumn]);
    assert.deepEqual(mine, theirs, r.filePath);
  }
});

test("the text ESLint gives is what is analysed, and a helper's new text reaches the files that import it", async () => {
  const dir = project({ "route.ts": route, "persona.ts": constantPersona });
  const eslint = eslintFor(dir);
  const lint = async (file, text) => found((await eslint.lintText(text, { filePath: join(dir, file) }))[0]);
  assert.deepEqual(await lint("route.ts", route), [], "the persona on disk is constant");
  assert.deepEqual(await lint("persona.ts", taintingPersona), [], "ESLint's text of the helper, not the disk's");
  assert.deepEqual(await lint("route.ts", route), [ROUTE_FINDING], "the importer sees the helper's new text");
  const inline = route.replace("persona(topic)", "`You write about ${topic}.`").replace(/^import \{ persona }.*\n/m, "");
  assert.deepEqual(await lint("route.ts", inline), [`system-prompt-injection ${at(inline, 5, "`You write")}`], "unsaved text of the linted file itself");
});

test("eslint-disable comments and llmsafe's own suppression comments both silence a finding", async () => {
  const dir = project({ "agent.ts": agent });
  const [r] = await eslintFor(dir).lintFiles(["agent.ts"]);
  assert.deepEqual(found(r), [`llm-output-code-execution ${at(agent, 10, "code)")}`], "only the unsuppressed eval is reported");
  assert.deepEqual(r.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions[0].justification]), [["llmsafe/llm-output-code-execution", 7, "reviewed"]]);
});

test("fix: true applies the safe fix (what llmsafe --fix applies); behaviour-changing fixes are suggestions", async () => {
  const dir = project({ "gemini.ts": gemini, "server.mjs": server });
  const [fixed] = await eslintFor(dir, flatConfig("recommended"), { fix: true }).lintFiles(["gemini.ts"]);
  assert.equal(fixed.output, gemini.replace("HarmBlockThreshold.BLOCK_NONE", "HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE"));
  assert.deepEqual(found(fixed), [], "re-linted after the fix: the finding is gone");
  const [unfixed] = await eslintFor(dir).lintFiles(["gemini.ts"]);
  assert.deepEqual(found(unfixed), [`disabled-safety-settings ${at(gemini, 7, "HarmBlockThreshold.BLOCK_NONE")}`]);
  assert.equal(unfixed.messages[0].severity, 1, "recommended: disabled-safety-settings is a warning");
  assert.equal(unfixed.fixableWarningCount, 1);

  const [r] = await eslintFor(dir, flatConfig("recommended"), { fix: true }).lintFiles(["server.mjs"]);
  assert.equal(r.output, undefined, "a suggestion is never applied by --fix");
  const [s] = r.messages[0].suggestions;
  assert.equal(s.desc, "Send this text as a user message instead of a system message");
  const applied = server.slice(0, s.fix.range[0]) + s.fix.text + server.slice(s.fix.range[1]);
  assert.match(applied, /\{ role: "user", content: `Answer in a \$\{tone\} tone\.` \}/);
});

test("the project's .llmsaferc.json applies, settings.llmsafe.config chooses another or none, and a bad one is a clear error", async () => {
  const dir = project({ "gemini.ts": gemini, ".llmsaferc.json": JSON.stringify({ rules: { "disabled-safety-settings": "off" } }), "other.json": "{}" });
  const [off] = await eslintFor(dir).lintFiles(["gemini.ts"]);
  assert.deepEqual(found(off), []);
  const [none] = await eslintFor(dir, flatConfig("recommended", { settings: { llmsafe: { config: false } } })).lintFiles(["gemini.ts"]);
  assert.deepEqual(found(none), [`disabled-safety-settings ${at(gemini, 7, "HarmBlockThreshold.BLOCK_NONE")}`]);
  const [other] = await eslintFor(dir, flatConfig("recommended", { settings: { llmsafe: { config: "other.json" } } })).lintFiles(["gemini.ts"]);
  assert.deepEqual(found(other), [`disabled-safety-settings ${at(gemini, 7, "HarmBlockThreshold.BLOCK_NONE")}`]);
  const bad = project({ "gemini.ts": gemini, ".llmsaferc.json": JSON.stringify({ rules: { "disabled-safety-settings": "loud" } }) });
  await assert.rejects(eslintFor(bad).lintFiles(["gemini.ts"]), /\.llmsaferc\.json: rules\.disabled-safety-settings/);
});

test("rules ESLint's config turns off report nothing; files llmsafe does not read are left alone", async () => {
  const dir = project({ "agent.ts": agent });
  const [r] = await eslintFor(dir, flatConfig("strict", { rules: { "llmsafe/llm-output-code-execution": "off" } })).lintFiles(["agent.ts"]);
  assert.deepEqual(found(r), []);
  assert.deepEqual(r.messages.map((m) => m.message), ["Unused eslint-disable directive (no problems were reported from 'llmsafe/llm-output-code-execution')."], "ESLint's own check of its directives sees the rule is off");
  const [strict] = await eslintFor(dir, flatConfig("strict")).lintFiles(["agent.ts"]);
  assert.equal(strict.messages[0].severity, 2);
  const results = await new (await import("eslint")).ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ["**/*.txt"], ...llmsafe.configs.strict }] })
    .lintText(gemini, { filePath: join(dir, "gemini.txt") });
  assert.deepEqual(results[0].messages, [], "JavaScript text in a .txt file, linted because a config names it: llmsafe reads only source extensions");
});

test("kept across runs (an editor's ESLint server), the project sees files that changed on disk since it read them", async () => {
  const dir = project({ "route.ts": route, "persona.ts": constantPersona });
  const eslint = eslintFor(dir);
  // The disk is checked at most once a second (REFRESH_INTERVAL_MS in server/src/eslint/session.ts):
  // each lint after a write waits past that, as an editor's lints after a checkout do.
  const lint = async (file) => {
    await new Promise((r) => setTimeout(r, 1100));
    return found((await eslint.lintFiles([file]))[0]);
  };
  assert.deepEqual(await lint("route.ts"), []);
  writeFileSync(join(dir, "persona.ts"), taintingPersona); // a checkout, or another editor
  assert.deepEqual(await lint("route.ts"), [ROUTE_FINDING], "the import read from disk is read again");
  assert.deepEqual(await lint("persona.ts"), [], "ESLint gives the helper's text: now held in memory");
  writeFileSync(join(dir, "persona.ts"), constantPersona);
  assert.deepEqual(await lint("route.ts"), [], "the disk is newer than the text ESLint gave earlier");
});

test("a processor's virtual file (a code block of a Markdown file) is analysed from the text the processor gives", async () => {
  const dir = project({ "README.md": "# Stories\n\n```ts\n" + gemini + "```\n" });
  const md = { meta: { name: "md" }, processors: { md: {
    preprocess: (text) => [{ text: text.split("```ts\n")[1].split("```")[0], filename: "0.ts" }],
    postprocess: (messages) => messages.flat().map((m) => ({ ...m, line: m.line + 3, endLine: m.endLine + 3 })),
  } } };
  const config = [{ files: ["**/*.md"], plugins: { md }, processor: "md/md" }, ...flatConfig("recommended")];
  const [r] = await eslintFor(dir, config).lintFiles(["README.md"]);
  const [line, column] = at(gemini, 7, "HarmBlockThreshold.BLOCK_NONE").split(":").map(Number);
  assert.deepEqual(found(r), [`disabled-safety-settings ${line + 3}:${column}`]);
});

test("the project root is settings.llmsafe.root, else typescript-eslint's tsconfigRootDir, else ESLint's cwd: imports are followed inside it", async () => {
  const dir = project({ "app/route.ts": route.replace("./persona", "../shared/persona"), "shared/persona.ts": taintingPersona });
  const lint = async (extra) => (await eslintFor(dir, flatConfig("recommended", extra)).lintFiles(["app/route.ts"]))[0];
  // Followed into shared/persona.ts: reported at the argument, with a step in that file.
  const inside = await lint({});
  assert.deepEqual(found(inside), [ROUTE_FINDING], "root: ESLint's cwd, which holds shared/");
  assert.match(inside.messages[0].message, /\(shared\/persona\.ts:1:\d+\)/);
  // Outside the root the helper is not read: an unresolved helper of the project's own passes its
  // argument through, so the flow is reported at the call, with no step in the helper.
  const outside = `system-prompt-injection ${at(route, 6, "persona(topic)")}`;
  for (const extra of [
    { languageOptions: { parserOptions: { tsconfigRootDir: join(dir, "app") } } },
    { settings: { llmsafe: { root: "app" } } },
    { settings: { llmsafe: { root: "app" } }, languageOptions: { parserOptions: { tsconfigRootDir: dir } } },
  ]) {
    const r = await lint(extra);
    assert.deepEqual(found(r), [outside], JSON.stringify(extra));
    assert.doesNotMatch(r.messages[0].message, /shared\/persona/);
  }
});

test("a finding another file's analysis would place in a file is left out, so results do not depend on the order ESLint lints in", async () => {
  // A browser-exposed key read in a shared module is found through the client component using it
  // as an API key; ESLint lints files in the order their reads complete.
  const src = join(REPO, "test-fixtures", "cross-file", "p-public-env-client");
  const files = { "components/AssistantPanel.tsx": readFileSync(join(src, "components", "AssistantPanel.tsx"), "utf8"), "lib/public-env.ts": readFileSync(join(src, "lib", "public-env.ts"), "utf8") };
  const api = await engine.lint({ cwd: project(files), paths: ["."] });
  assert.deepEqual(api[1].messages.filter((m) => m.foundBy).map((m) => m.ruleId), ["client-exposed-api-key", "client-exposed-api-key"], "the API has them, marked foundBy");
  for (const order of [Object.keys(files), Object.keys(files).reverse()]) {
    const dir = project(files);
    const eslint = eslintFor(dir);
    const seen = [];
    for (const f of order) seen.push(...found((await eslint.lintFiles([f]))[0]).map((x) => `${f} ${x}`));
    assert.deepEqual(seen, [], order.join(" then "));
  }
});

test("a page that fetches the app's own route gets its finding whether ESLint lints it before or after the route", async () => {
  // The page names no LLM API (the prefilter leaves it to the key scan); the route it fetches sends
  // model output. ESLint's order is the order its reads complete, so both orders must agree.
  const src = join(REPO, "test-fixtures", "flows", "own-api-route", "search-app");
  const names = ["app/search/page.tsx", "app/api/sourcesAnswer/route.ts", "components/AnswerCard.tsx", "components/PlainAnswer.tsx"];
  const files = Object.fromEntries(names.map((f) => [f, readFileSync(join(src, f), "utf8")]));
  const onPage = (results) => results.filter((r) => r.filePath.endsWith("page.tsx"));
  const pageFinding = (results) => onPage(results).flatMap(found);
  const api = onPage(await engine.lint({ cwd: project(files), paths: ["."] })).flatMap((r) => r.messages.filter((m) => !m.foundBy).map((m) => `${m.ruleId} ${m.line}:${m.column}`));
  assert.deepEqual(api.map((x) => x.split(" ")[0]), ["llm-output-xss"], "the API finds the page's flow");
  for (const order of [names, [...names].reverse()]) {
    const eslint = eslintFor(project(files));
    const seen = [];
    for (const f of order) seen.push(...pageFinding(await eslint.lintFiles([f])));
    assert.deepEqual(seen, api, order.join(" then "));
  }
});
