// The VS Code client stays thin: it starts the bundled server and shows the rule catalog from
// generated JSON, so dist/extension.js must hold no engine code, no rules and no zod. Read from
// the esbuild metafile that scripts/build.mjs writes next to the bundle (run after npm run build).
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const meta = JSON.parse(readFileSync(join(root, "dist/extension.meta.json"), "utf8"));
const bundle = meta.outputs["dist/extension.js"];
const KB = 1024;

/** vscode-languageclient and the protocol packages it brings: the one library the client is built on. */
const LSP_CLIENT = /(?:^|\/)node_modules\/(vscode-languageclient|vscode-languageserver-protocol|vscode-languageserver-types|vscode-jsonrpc|semver)\//;

test("the client bundle holds no engine, rule or zod module", () => {
  const forbidden = Object.keys(bundle.inputs).filter((p) => /^(server\/src|rules)\/|(?:^|\/)node_modules\/zod\//.test(p));
  assert.deepEqual(forbidden, [], "client/src must not import server/src or rules/ (the catalog comes from client/src/rule-catalog.json)");
  assert.ok(bundle.inputs["client/src/rule-catalog.json"], "the rule catalog is bundled from its generated JSON");
});

test("the client bundle is small: under 250 KB besides the language client library", () => {
  const size = statSync(join(root, "dist/extension.js")).size;
  const library = Object.entries(bundle.inputs).filter(([p]) => LSP_CLIENT.test(p)).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  // vscode-languageclient alone is about 800 KB unminified (370 KB minified): the 250 KB budget is
  // for everything else, and the whole file stays well under the 1.34 MB it was with the rules in it.
  assert.ok(size - library < 250 * KB, `dist/extension.js: ${Math.round((size - library) / KB)} KB besides the language client`);
  assert.ok(size < 1000 * KB, `dist/extension.js is ${Math.round(size / KB)} KB`);
});
