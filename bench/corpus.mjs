// The CLI benchmark's corpus: the installed sources of four LLM SDKs plus test-fixtures/,
// copied into bench/.corpus/ (git-ignored). Folder names the CLI skips as build output
// (dist, build, out, ...) are renamed with a leading "_" so the linter and the bare parse
// see exactly the same files.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS = join(ROOT, "bench", ".corpus");
export const PACKAGES = ["openai", "@anthropic-ai/sdk", "ai", "@langchain/core"];
const SOURCE_RE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIP_RE = /\.d\.[cm]?ts$|\.min\.[cm]?js$/;
const RENAME = new Set(["node_modules", "dist", "build", "out", "coverage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".cache", ".vscode-test"]);

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile() && SOURCE_RE.test(e.name) && !SKIP_RE.test(e.name)) out.push(full);
  }
  return out;
}

const safeSegment = (s) => (RENAME.has(s) || s.startsWith(".") ? `_${s.replace(/^\./, "")}` : s);

/** Copies the corpus (once per set of package versions) and returns its absolute file list, sorted. */
export function prepareCorpus() {
  const versions = PACKAGES.map((p) => `${p}@${JSON.parse(readFileSync(join(ROOT, "node_modules", p, "package.json"), "utf8")).version}`);
  const stamp = join(CORPUS, ".stamp");
  // The fixtures change with the code: their names, sizes and times are part of the stamp too.
  const fixtures = walk(join(ROOT, "test-fixtures")).map((f) => { const st = statSync(f); return `${relative(ROOT, f)}:${st.size}:${st.mtimeMs}`; });
  const want = JSON.stringify({ versions, fixtures: createHash("sha1").update(fixtures.join("\n")).digest("hex") });
  if (!(existsSync(stamp) && readFileSync(stamp, "utf8") === want)) {
    rmSync(CORPUS, { recursive: true, force: true });
    const sources = [...PACKAGES.map((p) => [join(ROOT, "node_modules", p), p.replace("/", "__")]), [join(ROOT, "test-fixtures"), "test-fixtures"]];
    for (const [from, name] of sources) {
      for (const f of walk(from)) {
        const to = join(CORPUS, name, ...relative(from, f).split(/[\\/]/).map(safeSegment));
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(f, to);
      }
    }
    writeFileSync(stamp, want);
  }
  return { files: walk(CORPUS).filter((f) => !f.endsWith(".stamp")).sort(), versions };
}

export function corpusBytes(files) {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}
