// The prefilter's tokens are derived from the models: every LLM call shape, package, REST
// endpoint, browser flag and tool base class a model describes must be named by the prefilter,
// or a file that uses only that API would get no analysis.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { relevancePattern, mentionsLlmApi, builtinModels } = require("../dist/engine.js");

/** Row kinds only an LLM API produces (relevance.ts): the prefilter takes the rows of models with one. */
const LLM_KINDS = new Set(["llm-call", "client", "message", "tool", "prompt-template"]);

function expand(pattern) {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern];
  const close = pattern.indexOf("}", open);
  return pattern.slice(open + 1, close).split(",").flatMap((alt) => expand(pattern.slice(0, open) + alt + pattern.slice(close + 1)));
}

/** Code a user could write for one callee pattern: a call of that shape, or an import of that package. */
function sampleCode(callee) {
  const colon = callee.indexOf(":");
  const module = colon < 0 ? "?" : callee.slice(0, colon);
  const path = colon < 0 ? callee : callee.slice(colon + 1);
  const fill = (s) => s.replace(/\*\*/g, "client").replace(/\*/g, "X");
  if (module === "?" || module === "global") return expand(path).map((p) => `const r = await ${fill(p).replace(/^client\./, "client.") || "client"}({});`);
  return expand(module).map((m) => `import client from "${fill(m)}";\nclient.run();`);
}

/** What the models describe that this pattern does not name (empty when the prefilter is complete). */
function unnamed(models, pattern) {
  const missing = [];
  const check = (what, code) => { if (!mentionsLlmApi(pattern, code)) missing.push(`${what}: ${code}`); };
  for (const m of models.filter((x) => x.rows.some((r) => LLM_KINDS.has(r.kind)))) {
    // The LLM rows: the shapes that make a file relevant on their own.
    for (const row of m.rows.filter((r) => LLM_KINDS.has(r.kind))) for (const callee of [row.callee].flat()) for (const code of sampleCode(callee)) check(`${m.name} ${row.kind}`, code);
    for (const row of m.rows) if (row.kind === "client" && row.browserFlag) check(`${m.name} browser flag`, `new Client({ ${row.browserFlag.split(".").pop()}: true });`);
  }
  for (const m of models) {
    // An LLM call recognised by its request's shape, whatever it calls: its model field, as a key or a shorthand.
    for (const row of m.rows) if (row.kind === "shape") for (const f of row.model) {
      check(`${m.name} shape`, `const r = await gateway.complete({ ${f}: "m-1", system: rules, prompt: text });`);
      check(`${m.name} shape`, `const payload = { messages, ${f}, temperature };`);
    }
    for (const ep of m.restEndpoints ?? []) for (const url of ep.examples) check(`${m.name} REST endpoint`, `const res = await fetch("${url}", { method: "POST", body });`);
    for (const t of m.toolClasses ?? []) check(`${m.name} tool class`, `class Search extends lib.Web${t.baseSuffix} {\n  async ${t.method}(input) { return input; }\n}`);
    for (const h of m.handlerClasses ?? []) check(`${m.name} handler class`, `export class Local implements Disposable, Experimental_${h.baseSuffix} {\n  async ${h.methods[0]}(input) { return input; }\n}`);
  }
  return missing;
}

test("every LLM call shape, package, REST endpoint, browser flag, tool class and handler class of the models is a prefilter token", () => {
  assert.deepEqual(unnamed(builtinModels, relevancePattern(builtinModels, [])), []);
});

test("the completeness check fails when a model's tokens are missing from the prefilter", () => {
  // Built without the REST paths and hosts the models mention: their endpoints go unnamed.
  const stripped = builtinModels.map((m) => ({ ...m, mentions: [] }));
  const missing = unnamed(builtinModels, relevancePattern(stripped, []));
  assert.ok(missing.some((x) => x.includes("REST endpoint")), missing.join("\n"));
  // A call shape the prefilter does not know is caught too.
  const extra = { name: "new sdk", rows: [{ kind: "llm-call", provider: "x", callee: "?:**.brandNewSdk.complete", channels: [] }] };
  assert.ok(unnamed([...builtinModels, extra], relevancePattern(builtinModels, [])).some((x) => x.includes("brandNewSdk")));
});

test("each REST endpoint's examples are URLs the analyser takes for that endpoint", () => {
  for (const m of builtinModels) for (const ep of m.restEndpoints ?? []) for (const url of ep.examples) {
    assert.ok(new RegExp(ep.url).test(url) && (!ep.alsoUrl || new RegExp(ep.alsoUrl).test(url)), `${m.name}: ${url}`);
  }
});

/** Type-only imports of each response type the models list (`output-type` rows) that the pattern does not count. */
function unnamedOutputTypes(models, pattern) {
  const missing = [];
  for (const m of models) for (const row of m.rows) if (row.kind === "output-type") for (const callee of [row.callee].flat()) {
    const [module, path] = [callee.slice(0, callee.indexOf(":")), callee.slice(callee.indexOf(":") + 1)];
    if (module === "jsdoc") continue;
    for (const mod of expand(module)) for (const p of expand(path)) {
      const code = `import type { ${p.split(".").pop()} } from "${mod.replace(/\*\*/g, "resources")}";\nexport function View() {}`;
      if (!mentionsLlmApi(pattern, code)) missing.push(`${m.name}: ${code}`);
    }
  }
  return missing;
}

test("a type-only import of a model's response type makes a file relevant; other type-only imports do not", () => {
  const pattern = relevancePattern(builtinModels, []);
  assert.deepEqual(unnamedOutputTypes(builtinModels, pattern), []);
  // Without the output-type rows' tokens, those imports go unnamed (the check can fail).
  const withoutRows = builtinModels.map((m) => ({ ...m, rows: m.rows.filter((r) => r.kind !== "output-type") }));
  assert.ok(unnamedOutputTypes(builtinModels, relevancePattern(withoutRows, [])).length > 10);
  // Request types, and a type of the app's own, name no model output: a file importing only those stays out.
  assert.equal(mentionsLlmApi(pattern, `import type { ChatCompletionMessageParam } from "openai/resources";\nexport const x = 1;`), false);
  assert.equal(mentionsLlmApi(pattern, `import type { ChatCompletion } from "./types";\nexport const x = 1;`), false);
  assert.equal(mentionsLlmApi(pattern, `// import type { ChatCompletion } from "openai";\nexport const x = 1;`), false);
});
