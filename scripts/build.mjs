// Bundles each entry point with esbuild. Type-checking is separate (npm run typecheck).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
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
/** Imports of the package's API module become require("./api.js"), the bundle built from it. */
const apiBundleExternal = {
  name: "api-bundle-external",
  setup(b) {
    b.onResolve({ filter: /\/api\/index$/ }, () => ({ path: "./api.js", external: true }));
  },
};
const common = { bundle: true, external: ["typescript"], platform: "node", target: "node20", sourcemap: !production, minify: production, logLevel: "warning", legalComments: "none" };
await Promise.all([
  build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" }),
  // The CLI's analysing half (worker threads, or in-process for --jobs 1); dist/cli.js loads it on demand.
  build({ ...common, entryPoints: ["server/src/cli/worker.ts"], outfile: "dist/cli-worker.js" }),
  // `llmsafe mcp`: the MCP server and its SDK, loaded by dist/cli.js only for that command. It takes
  // the engine from dist/api.js beside it (server/src/api/index.ts at run time), not a second copy.
  build({ ...common, entryPoints: ["server/src/mcp/server.ts"], outfile: "dist/mcp.js", format: "cjs", plugins: [apiBundleExternal] }),
  build({ ...common, entryPoints: ["server/src/index.ts"], outfile: "dist/engine.js", format: "cjs" }),
  // The npm package's main entry (`require("llmsafe")` / `import ... from "llmsafe"`): CommonJS, which
  // Node's ESM loader also imports with named exports. Its types are server/src/api/public.d.ts.
  build({ ...common, entryPoints: ["server/src/api/index.ts"], outfile: "dist/api.js", format: "cjs" }),
  // The language server ships inside the .vsix without node_modules: bundle typescript too.
  build({ ...common, external: [], entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js", format: "cjs" }),
  // The same server for the npm package (bin/llmsafe-language-server.js), where typescript is a
  // dependency: 1 MB minified instead of 4.6 MB.
  build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/language-server.js", format: "cjs" }),
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
