#!/usr/bin/env node
// npm run package: a production build (minified bundles) and a .vsix made by @vscode/vsce from the
// allow-list in .vscodeignore. No node_modules ship: the server bundle includes its dependencies.
// Writes <name>-<version>.vsix at the repository root (git-ignored) and lists what it holds.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const out = join(root, `${name}-${version}.vsix`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const vsce = join(root, "node_modules/@vscode/vsce/vsce");

run(process.execPath, ["scripts/build.mjs", "--production"]);
// --no-rewrite-relative-links: README links point into the repository, which has no public URL yet.
run(process.execPath, [vsce, "package", "--no-dependencies", "--no-rewrite-relative-links", "--allow-missing-repository", "--skip-license", "-o", out]);
console.log(`package: ${out} (${(statSync(out).size / 1024 / 1024).toFixed(2)} MB)`);
