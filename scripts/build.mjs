// Bundles each entry point with esbuild. Type-checking is separate (npm run typecheck).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { BUNDLE_OPTIONS, CLI_BUNDLES } from "./cli-bundles.mjs";
import { buildSharingEngine } from "./engine-core.mjs";
import { generate, staleFiles } from "./generate.mjs";

// --production (npm run package, npm pack): minified, no source maps, for the .vsix and the npm package.
const production = process.argv.includes("--production");
// The files derived from the rules' metadata (rules/index.ts, the client's catalog, ...) first: the
// bundles read them. Under CI they are only checked (test/generated.test.mjs fails on stale ones),
// so a commit that forgot `npm run generate` is caught instead of silently fixed.
if (process.env.CI) {
  const stale = await staleFiles();
  if (stale.length) console.warn(`warning: out of date, run npm run generate: ${stale.map((f) => f.path).join(", ")}`);
} else {
  const written = await generate();
  if (written.length) console.log(`generated: ${written.join(", ")}`);
}
const common = { ...BUNDLE_OPTIONS, sourcemap: !production, minify: production };
// The ESLint plugin and the MCP server load the public API from their sibling dist/api.js (one Linter
// class and one rule list per process, whichever front an embedder loads first).
const apiAsSibling = {
  name: "api-as-sibling",
  setup(b) {
    b.onResolve({ filter: /\/api\/index$/ }, () => ({ path: "./api.js", external: true }));
  },
};
// What the npm package ships: the fronts, each taking the one engine from dist/engine-core.js at run
// time (scripts/engine-core.mjs; the installed package stays under its 5 MB budget, one engine per process).
const npmBundles = buildSharingEngine(build, [
  ...CLI_BUNDLES.map((bundle) => ({ ...common, ...bundle })),
  // `llmsafe mcp`: the MCP server and its SDK, loaded by dist/cli.js only for that command. It takes
  // the public API from dist/api.js beside it (server/src/api/index.ts at run time).
  { ...common, entryPoints: ["server/src/mcp/server.ts"], outfile: "dist/mcp.js", format: "cjs", plugins: [apiAsSibling] },
  // The npm package's main entry (`require("llmsafe")` / `import ... from "llmsafe"`): CommonJS, which
  // Node's ESM loader also imports with named exports. Its types are server/src/api/public.d.ts.
  { ...common, entryPoints: ["server/src/api/index.ts"], outfile: "dist/api.js", format: "cjs" },
  // The ESLint plugin (llmsafe/eslint): module.exports is the plugin object itself, as ESLint's
  // flat config expects from `import llmsafe from ...` and `require(...)` alike.
  { ...common, entryPoints: ["server/src/eslint/index.ts"], outfile: "dist/eslint.js", format: "cjs", footer: { js: "module.exports = module.exports.default;" }, plugins: [apiAsSibling] },
  // The language server for the npm package (bin/llmsafe-language-server.js), where typescript is a dependency.
  { ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/language-server.js", format: "cjs" },
], common);
await Promise.all([
  npmBundles,
  // The tests' and scripts' entry to the engine's internals (not shipped): self-contained.
  build({ ...common, entryPoints: ["server/src/index.ts"], outfile: "dist/engine.js", format: "cjs" }),
  // The language server inside the .vsix, which ships without node_modules: self-contained, typescript too.
  build({ ...common, external: [], entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js", format: "cjs" }),
  // The VS Code extension: everything bundled but the editor's own API.
  // Its metafile (dist/extension.meta.json) lets test/client-bundle.test.mjs check what went in.
  build({ ...common, external: ["vscode"], entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", format: "cjs", metafile: true })
    .then((r) => writeFileSync("dist/extension.meta.json", JSON.stringify(r.metafile))),
]);

copyFileSync("server/src/api/public.d.ts", "dist/api.d.ts");

// JSON Schema for .llmsaferc.json (package.json jsonValidation points at it), from the same zod schema the engine validates with.
const engine = createRequire(import.meta.url)("../dist/engine.js");
mkdirSync("schemas", { recursive: true });
writeFileSync("schemas/llmsaferc.schema.json", JSON.stringify(engine.configJsonSchema(engine.rules.map((r) => r.id)), null, 2) + "\n");
