// One engine per installed package: the npm bundles (dist/cli.js, cli-worker.js, language-server.js,
// api.js, and through api.js mcp.js and eslint.js) take the engine (server/src/engine, the models,
// the rules and the libraries they use: typescript-estree, zod, ...) from their sibling
// dist/engine-core.js at run time instead of each carrying a copy. scripts/build.mjs and the
// GitHub Action's build (action/build/bundle-cli.mjs) both build through buildSharingEngine.
//
// How: while a front bundle is built, every import of the front that lands on an engine module
// becomes `require("./engine-core.js")["<module path>"]`; engine-core.js is then built with one
// entry per module the fronts asked for. Each entry is a getter that initialises its module (and
// what that imports) on first use, so the CLI's main thread, which needs the configuration and
// the rules' metadata but not the parser, still never loads typescript.
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));

/** The fronts' own folders: everything else under server/src, and rules/, is the engine. */
const FRONT = /^server\/src\/(cli|lsp|api|eslint|mcp)\//;
const ENGINE = /^(rules\/[^/]+|server\/src\/.+)\.(ts|json)$/;

/** A module's key in dist/engine-core.js: its path in the repository. */
function engineKey(file) {
  const rel = relative(REPO, file).split(sep).join("/");
  // server/src/index.ts is the tests' entry point (it imports the fronts), never a shared module.
  return ENGINE.test(rel) && !FRONT.test(rel) && rel !== "server/src/index.ts" ? rel : null;
}

/** esbuild plugin for a front bundle: imports of engine modules are looked up in ./engine-core.js; `keys` collects them. */
function engineFromSibling(keys) {
  return {
    name: "engine-from-sibling",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.engineCore || args.importer.includes(`${sep}node_modules${sep}`) || engineKey(args.importer)) return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { engineCore: true } });
        const key = resolved.errors.length ? null : engineKey(resolved.path);
        if (!key) return undefined;
        keys.add(key);
        return { path: key, namespace: "engine-core" };
      });
      b.onResolve({ filter: /^\.\/engine-core\.js$/, namespace: "engine-core" }, () => ({ path: "./engine-core.js", external: true }));
      // Bundles from two different builds side by side say so, instead of failing later on an undefined export.
      b.onLoad({ filter: /.*/, namespace: "engine-core" }, (args) => ({
        loader: "js",
        contents: `const m = require("./engine-core.js")[${JSON.stringify(args.path)}];
if (!m) throw new Error("dist/engine-core.js has no ${args.path}: it comes from another build than " + __filename);
module.exports = m;
`,
      }));
    },
  };
}

/** engine-core.js's entry: one getter per module, which runs the module the first time it is asked for. */
function engineCoreEntry(keys) {
  const getters = [...keys].sort().map((k) => `  get ${JSON.stringify(k)}() { return require(${JSON.stringify(`./${k}`)}); },`);
  return `module.exports = {\n${getters.join("\n")}\n};\n`;
}

/**
 * Builds each front (esbuild options, all with their outfile in one folder) taking the engine from
 * engine-core.js, then engine-core.js in that folder with `options`, all with esbuild's `build`
 * (the caller's: the GitHub Action's esbuild is not the repository's). Resolves to the fronts' results.
 */
export async function buildSharingEngine(build, fronts, options) {
  const keys = new Set();
  const plugin = engineFromSibling(keys);
  const outDirs = new Set(fronts.map((f) => dirname(f.outfile)));
  if (outDirs.size !== 1) throw new Error(`the bundles sharing dist/engine-core.js must sit in one folder, not ${[...outDirs].join(", ")}`);
  const results = await Promise.all(fronts.map((f) => build({ ...f, plugins: [...(f.plugins ?? []), plugin] })));
  await build({
    ...options,
    stdin: { contents: engineCoreEntry(keys), resolveDir: options.absWorkingDir ?? REPO, sourcefile: "engine-core-entry.js", loader: "js" },
    outfile: join([...outDirs][0], "engine-core.js"),
    format: "cjs",
  });
  return results;
}
