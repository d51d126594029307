#!/usr/bin/env node
// npm run package: a production build (minified bundles) and a .vsix made by @vscode/vsce from the
// allow-list in .vscodeignore. No node_modules ship: the server bundle includes its dependencies.
// Writes <name>-<version>.vsix at the repository root (git-ignored) and lists what it holds.
//
// package.json is both the npm manifest (with a `files` allow-list) and the extension manifest, and
// vsce refuses a `files` field next to a .vscodeignore. So vsce runs in a staging folder holding
// the .vscodeignore, the files it allows, and package.json without `files`.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const out = join(root, `${manifest.name}-${manifest.version}.vsix`);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: "inherit" });
const vsce = join(root, "node_modules/@vscode/vsce/vsce");

run(process.execPath, ["scripts/build.mjs", "--production"]);

const stage = mkdtempSync(join(tmpdir(), "llmsafe-vsix-"));
try {
  // A superset of what .vscodeignore allows; the allow-list itself decides what goes in.
  for (const p of [".vscodeignore", "README.md", "LICENSE", "CHANGELOG.md", "dist/extension.js", "dist/server.js", "schemas", "docs"]) {
    if (existsSync(join(root, p))) cpSync(join(root, p), join(stage, p), { recursive: true });
  }
  const { files: _npmFiles, ...extensionManifest } = manifest;
  writeFileSync(join(stage, "package.json"), JSON.stringify(extensionManifest, null, 2) + "\n");
  // --no-rewrite-relative-links: README links stay relative (the pages ship inside the .vsix).
  run(process.execPath, [vsce, "package", "--no-dependencies", "--no-rewrite-relative-links", "-o", out], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
console.log(`package: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(2)} MB)`);
