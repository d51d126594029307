// Vue and Svelte components over the real protocol: an open .vue file (VS Code's language id
// "vue") gets its v-html diagnostic at the expression, follows edits, and its quick fixes, applied
// as an editor applies them, land in the right place: the DOMPurify fix in the template and
// <script setup>, the disable-line suppression as an HTML comment in the markup. The workspace
// scan reports a closed .svelte file.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { writeFileSync } from "node:fs";
import { applyTextEdits, DEFAULT_CAPABILITIES, editsFor, startServer, workspace } from "./lsp-client.mjs";

const CHAT_VUE = `<template>
  <ul>
    <li v-for="m in messages" :key="m.id">
      <div class="bubble" v-html="m.content"></div>
    </li>
  </ul>
</template>

<script setup lang="ts">
import { useChat } from "@ai-sdk/vue";

const { messages } = useChat();
</script>
`;
const STREAM_SVELTE = `<script lang="ts">
  let answer = $state("");
  async function ask(question: string) {
    const res = await fetch("https://api.openai.com/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: "Bearer " + import.meta.env.VITE_KEY },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] }),
    });
    answer = (await res.json()).choices[0].message.content;
  }
</script>

<div>{@html answer}</div>
`;

let ws;
let client;
before(async () => {
  ws = workspace({ "src/routes/+page.svelte": STREAM_SVELTE });
  // An editor that lets the server register its file watchers (Neovim, Helix ...): components are among them.
  const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } };
  client = await startServer({ folders: [ws.root], capabilities });
});
after(async () => {
  await client?.stop();
  ws?.cleanup();
});

const slice = (text, r) => text.split("\n")[r.start.line].slice(r.start.character, r.end.character);

test("an open .vue file gets its v-html diagnostic at the expression; gone once the text is rendered as text", async () => {
  const uri = ws.uri("components/Chat.vue");
  await client.open(uri, CHAT_VUE, { languageId: "vue" });
  const pub = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
  assert.deepEqual(pub.diagnostics.map((d) => d.code), ["llm-output-xss"]);
  const d = pub.diagnostics[0];
  assert.equal(d.range.start.line, 3);
  assert.equal(slice(CHAT_VUE, d.range), "m.content");
  const asText = CHAT_VUE.replace('<div class="bubble" v-html="m.content"></div>', '<div class="bubble">{{ m.content }}</div>');
  await client.change(uri, 2, asText);
  const fixed = await client.diagnostics(uri, (p) => p.version === 2);
  assert.deepEqual(fixed.diagnostics, []);
  await client.close(uri);
});

test("quick fixes in a .vue file: DOMPurify into the template and <script setup>; the suppression as an HTML comment", async () => {
  const uri = ws.uri("components/Chat2.vue");
  await client.open(uri, CHAT_VUE, { languageId: "vue" });
  const [d] = (await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0)).diagnostics;
  const actions = await client.codeActions(uri, d.range, { diagnostics: [d] });
  const wrap = actions.find((a) => a.title === "Wrap in DOMPurify.sanitize(...)");
  assert.ok(wrap, JSON.stringify(actions.map((a) => a.title)));
  const wrapped = applyTextEdits(CHAT_VUE, editsFor(wrap.edit, uri));
  assert.match(wrapped, /v-html="DOMPurify\.sanitize\(m\.content\)"/);
  assert.match(wrapped, /<script setup lang="ts">\nimport DOMPurify from "dompurify";\nimport \{ useChat \}/);
  await client.change(uri, 2, wrapped);
  assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics, [], "the sanitised v-html is clean");

  const disable = actions.find((a) => a.title === "Disable llm-output-xss for this line");
  const silenced = applyTextEdits(CHAT_VUE, editsFor(disable.edit, uri));
  assert.match(silenced.split("\n")[3], /^ {6}<!-- llmsafe-disable-next-line llm-output-xss -- .+ -->$/);
  await client.change(uri, 3, silenced);
  assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 3)).diagnostics, [], "the HTML comment suppresses it");
  await client.close(uri);
});

test("the workspace scan reports a closed .svelte file", async () => {
  const uri = ws.uri("src/routes/+page.svelte");
  const pub = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
  const xss = pub.diagnostics.filter((d) => d.code === "llm-output-xss");
  assert.equal(xss.length, 1, JSON.stringify(pub.diagnostics.map((d) => d.code)));
  assert.equal(xss[0].range.start.line, 12);
  assert.equal(slice(STREAM_SVELTE, xss[0].range), "answer");
});

test("a closed .svelte file changed on disk is analysed again when the editor's watcher reports it", async () => {
  const uri = ws.uri("src/routes/+page.svelte");
  await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "llm-output-xss"));
  const patterns = await client.until(() => {
    const globs = client.registrations.flatMap((r) => r.registerOptions?.watchers ?? []).map((w) => w.globPattern).filter((g) => typeof g === "string");
    return globs.length ? globs : undefined;
  }, "the server's file watchers");
  assert.ok(patterns.some((g) => /\bvue\b/.test(g) && /\bsvelte\b/.test(g)), JSON.stringify(patterns));
  writeFileSync(ws.path("src/routes/+page.svelte"), STREAM_SVELTE.replace("{@html answer}", "{answer}"));
  const since = client.published.length;
  await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 2 }] });
  const after = await client.diagnostics(uri, () => true, { since });
  assert.deepEqual(after.diagnostics.filter((d) => d.code === "llm-output-xss"), [], "text interpolation is escaped: no HTML sink left");
});
