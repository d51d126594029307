// Vue and Svelte single-file components as a user meets them on the command line: a folder run
// reads .vue and .svelte files, a `v-html` / `{@html}` of model output is reported at the
// expression's line and column in the component, the DOMPurify fix lands in the template and the
// script the template reads (and the fixed file is clean), an HTML-comment suppression in the
// markup silences a finding, and a script block that does not parse is a notice at its own line.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { llmsafe, project } from "./helpers.mjs";

const ROUTE = `import OpenAI from "openai";
const openai = new OpenAI();
export default defineEventHandler(async (event) => {
  const { question } = await readBody(event);
  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return r.choices[0].message.content;
});
`;

const PAGE = `<template>
  <main>
    <p class="lead" v-html="intro"></p>
    <article class="answer" v-html="answer"></article>
    <p>{{ answer }}</p>
  </main>
</template>

<script setup lang="ts">
const intro = "<b>Ask</b> anything.";
const answer = ref("");
async function ask(question: string) {
  answer.value = await $fetch("/api/ask", { method: "POST", body: { question } });
}
</script>
`;

const SVELTE = `<script>
  import { useChat } from "@ai-sdk/svelte";
  const { messages } = useChat();
</script>

{#each $messages as m}
  <!-- llmsafe-disable-next-line llm-output-xss -- rendered inside a sandboxed iframe by the parent -->
  <div>{@html m.content}</div>
  <p>{@html m.content}</p>
{/each}
`;

function run(root, args = ["."]) {
  const r = llmsafe([...args, "--format", "json"], { cwd: root });
  return { ...r, results: JSON.parse(r.stdout) };
}
const at = (text, line, column) => text.split("\n")[line - 1].slice(column - 1);

test("a folder run reads .vue and .svelte files and reports template sinks at the expression", () => {
  const root = project({ "server/api/ask.post.ts": ROUTE, "pages/index.vue": PAGE, "src/routes/+page.svelte": SVELTE });
  const { code, results } = run(root);
  assert.equal(code, 1, "findings: exit 1");
  assert.deepEqual(results.map((r) => r.filePath.slice(root.length + 1)).sort(), ["pages/index.vue", "server/api/ask.post.ts", "src/routes/+page.svelte"]);
  const page = results.find((r) => r.filePath.endsWith("index.vue"));
  assert.deepEqual(page.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]), [["llm-output-xss", 4, 37, 4, 43]], "the answer's v-html, not the constant intro nor the {{ }} text");
  assert.ok(at(PAGE, 4, 37).startsWith('answer"'));
  assert.match(page.messages[0].message, /^Model output from `openai\.chat\.completions\.create\(\)` reaches `v-html` in the template/);
  const svelte = results.find((r) => r.filePath.endsWith(".svelte"));
  assert.deepEqual(svelte.messages.map((m) => [m.ruleId, m.line, m.column]), [["llm-output-xss", 9, 13]], "the {@html} under the HTML-comment suppression is silenced; the next one is not");
  assert.ok(at(SVELTE, 9, 13).startsWith("m.content}"));
  assert.deepEqual(svelte.suppressedMessages.map((m) => [m.line, m.column, m.suppressions[0].justification]), [[8, 15, "rendered inside a sandboxed iframe by the parent"]]);
  assert.ok(at(SVELTE, 8, 15).startsWith("m.content}"));
});

test("--fix wraps the v-html expression and imports DOMPurify into <script setup>; the fixed component is clean", () => {
  const root = project({ "server/api/ask.post.ts": ROUTE, "pages/index.vue": PAGE });
  const r = llmsafe([".", "--fix"], { cwd: root });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const fixed = readFileSync(join(root, "pages/index.vue"), "utf8");
  assert.match(fixed, /<article class="answer" v-html="DOMPurify\.sanitize\(answer\)"><\/article>/);
  assert.match(fixed, /<script setup lang="ts">\nimport DOMPurify from "dompurify";\nconst intro/);
  assert.ok(fixed.startsWith("<template>"), "nothing added before the template");
  assert.deepEqual(run(root).results.find((x) => x.filePath.endsWith("index.vue")).messages, []);
});

test("a Vue component whose template cannot see imports (options API) gets the finding with no fix", () => {
  const OPTIONS = `<template><div v-html="answer"></div></template>
<script>
import { useChat } from "@ai-sdk/vue";
const { messages } = useChat();
const answer = messages;
export default { data: () => ({ answer }) };
</script>
`;
  const root = project({ "Answer.vue": OPTIONS });
  const { results } = run(root);
  const [m] = results[0].messages;
  assert.equal(m.ruleId, "llm-output-xss");
  assert.equal(m.fix, undefined, "no import the template could use");
});

test("a script block that does not parse is a parse error at its own line; the other files are linted", () => {
  const BROKEN = `<template>\n  <div v-html="x"></div>\n</template>\n\n<script setup>\nimport OpenAI from "openai";\nconst x = ;\n</script>\n`;
  const root = project({ "Broken.vue": BROKEN, "src/routes/+page.svelte": SVELTE });
  const { results } = run(root);
  const broken = results.find((r) => r.filePath.endsWith("Broken.vue"));
  assert.equal(broken.messages.length, 1);
  assert.match(broken.messages[0].message, /^Parse error/);
  assert.equal(broken.messages[0].line, 7);
  assert.ok(results.find((r) => r.filePath.endsWith(".svelte")).messages.some((m) => m.ruleId === "llm-output-xss"));
});

test("--ext picks components like any other extension", () => {
  const root = project({ "pages/index.vue": PAGE, "src/routes/+page.svelte": SVELTE, "src/util.ts": "export const x = 1;\n" });
  const { results } = run(root, [".", "--ext", "svelte"]);
  assert.deepEqual(results.map((r) => r.filePath.slice(root.length + 1)), ["src/routes/+page.svelte"]);
  const bad = llmsafe([".", "--ext", "html"], { cwd: root });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\.vue \.svelte files only/);
});
