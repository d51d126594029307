// Which files are sources and how a relative import names one: shared by the engine, the
// language server and the CLI's import graph. No parser import here, so the CLI's main thread
// can use it without loading TypeScript.
import { dirname, extname, join, resolve } from "node:path";
import { aliasCandidates, type PathAliases } from "./path-aliases";
import { isWithin } from "./within";
import { COMPONENT_EXTENSIONS } from "./components";

export const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** What the file walks read by default: modules, and Vue/Svelte components (their script blocks, components.ts). */
export const LINTED_EXTENSIONS = [...SOURCE_EXTENSIONS, ...COMPONENT_EXTENSIONS];

/**
 * Relative specifiers in import, export-from, dynamic import and require. A bundler's magic
 * comment may sit before a dynamic import's specifier (`import(/* webpackChunkName: "llm" *\/ "./llm")`).
 */
export const RELATIVE_IMPORT_RE = /(?:from\s+|(?:import|require)\s*\(\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*|import\s+)["'](\.{1,2}\/[^"']+|\.{1,2}|[@~]\/[^"']+)["']/g;

/**
 * Every specifier in import, export-from, dynamic import and require, bare ones included: the
 * project's tsconfig `paths` may make `@src/x` one of its own files (see resolveImport).
 */
export const IMPORT_SPECIFIER_RE = /(?:from\s+|(?:import|require)\s*\(\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*|import\s+)["']([^"'\s]+)["']/g;

/** A specifier that names a file of the project whatever the configuration: relative, absolute, or the `@/` / `~/` root alias. */
export function isLocalSpecifier(spec: string): boolean {
  return spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("@/") || spec.startsWith("~/");
}

/**
 * The file a relative import names, inside `root`, or null. TypeScript's ESM convention: "./x.js" may mean ./x.ts.
 * `@/lib/x` and `~/lib/x` are the project's own root alias (create-next-app, Nuxt, Vite templates):
 * the folder of the nearest package.json above the importer, or its `src/`.
 * With `aliases`, the nearest tsconfig/jsconfig's `compilerOptions.paths` come first (each target
 * in order), and a bare import names a file under `baseUrl` only when that file exists; otherwise
 * a bare specifier is a package (null).
 */
export function resolveImport(root: string, from: string, spec: string, exists: (path: string) => boolean, aliases?: PathAliases): string | null {
  if (spec.startsWith(".") || spec.startsWith("/")) return resolveFile(root, resolve(dirname(from), spec), exists);
  const config = aliases?.forFile(from);
  if (config) {
    for (const c of aliasCandidates(config, spec)) {
      const hit = resolveFile(root, c, exists);
      if (hit) return hit;
    }
  }
  if (spec.startsWith("@/") || spec.startsWith("~/")) return resolveRootAlias(root, from, spec.slice(2), exists);
  if (config?.baseUrl && !spec.startsWith("node:")) return resolveFile(root, join(config.baseUrl, spec), exists);
  return null;
}

function resolveRootAlias(root: string, from: string, rest: string, exists: (path: string) => boolean): string | null {
  for (let dir = dirname(from); isWithin(root, dir); dir = dirname(dir)) {
    if (exists(join(dir, "package.json"))) return resolveFile(root, join(dir, rest), exists) ?? resolveFile(root, join(dir, "src", rest), exists);
    if (dir === root) break;
  }
  return null;
}

function resolveFile(root: string, base: string, exists: (path: string) => boolean): string | null {
  if (!isWithin(root, base)) return null;
  const candidates: string[] = [];
  const ext = extname(base);
  if (SOURCE_EXTENSIONS.includes(ext)) {
    candidates.push(base);
    const stem = base.slice(0, -ext.length);
    if (ext === ".js") candidates.push(stem + ".ts", stem + ".tsx");
    if (ext === ".mjs") candidates.push(stem + ".mts");
    if (ext === ".cjs") candidates.push(stem + ".cts");
    if (ext === ".jsx") candidates.push(stem + ".tsx");
  } else {
    for (const e of SOURCE_EXTENSIONS) candidates.push(base + e);
    for (const e of SOURCE_EXTENSIONS) candidates.push(join(base, "index" + e));
  }
  for (const c of candidates) if (exists(c)) return c;
  return null;
}

/** ESM CDNs that serve an npm package at `<prefix><name>[@version][/path]`. */
const CDN_PACKAGE_RE = /^https?:\/\/(?:esm\.run|esm\.sh|cdn\.esm\.sh|cdn\.jsdelivr\.net\/npm|unpkg\.com|cdn\.skypack\.dev|jspm\.dev|ga\.jspm\.io\/npm:)\/(?:v\d+\/)?(.+)$/;

/**
 * The package a specifier names, as the models write it: `node:fs` -> `fs`; a CDN URL or an
 * `npm:` specifier -> the package alone (`https://esm.run/@google/generative-ai` ->
 * `@google/generative-ai`, `npm:openai@4` -> `openai`): a browser page importing an SDK from
 * a CDN calls the same API. Other specifiers are returned as they are.
 */
export function packageOfSpecifier(source: string): string {
  if (source.startsWith("node:")) return source.slice(5);
  const rest = source.startsWith("npm:") ? source.slice(4) : CDN_PACKAGE_RE.exec(source)?.[1];
  if (rest === undefined) return source;
  const m = /^(@[^/@]+\/[^/@]+|[^/@]+)/.exec(rest);
  return m ? m[1] : source;
}
