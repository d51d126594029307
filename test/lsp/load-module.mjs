// Loads one of the language server's TypeScript modules for a unit test: esbuild bundles it in
// memory (the same bundler as the build) and the result is evaluated as CommonJS. For the pure
// parts (scheduler, document store), which need no process and no protocol.
import { buildSync } from "esbuild";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The exports of server/src/lsp/<name>.ts. */
export function loadLspModule(name) {
  const entry = join(ROOT, "server", "src", "lsp", `${name}.ts`);
  const out = buildSync({ entryPoints: [entry], bundle: true, write: false, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
  const module = { exports: {} };
  new Function("module", "exports", "require", out.outputFiles[0].text)(module, module.exports, createRequire(entry));
  return module.exports;
}
