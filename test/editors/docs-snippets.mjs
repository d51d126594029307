// The editor configurations in docs/editors.md, read by the editor tests so that what the page
// tells users is exactly what the tests run; and how those tests run an editor in batch mode.
import { spawn } from "node:child_process";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The first fenced block of `lang` under the heading that matches `heading` (any level). */
export function docsSnippet(heading, lang) {
  const text = readFileSync(join(REPO, "docs/editors.md"), "utf8");
  const at = text.split("\n").findIndex((l) => /^#+ /.test(l) && heading.test(l));
  assert.ok(at >= 0, `docs/editors.md has a heading matching ${heading}`);
  const rest = text.split("\n").slice(at + 1).join("\n");
  const m = new RegExp("^```" + lang + "\\n([^]*?)^```", "m").exec(rest);
  assert.ok(m, `a \`\`\`${lang} block follows ${heading} in docs/editors.md`);
  return m[1];
}

/**
 * A project with llmsafe "installed" the way npm does it (node_modules/llmsafe and its bins), the
 * package being this repository, so `npx llmsafe-language-server` runs the freshly built bundle.
 */
export function installLlmsafe(root) {
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "editor-test", private: true, devDependencies: { llmsafe: "*" } }));
  mkdirSync(join(root, "node_modules/.bin"), { recursive: true });
  symlinkSync(REPO, join(root, "node_modules/llmsafe"), "dir");
  for (const bin of ["llmsafe", "llmsafe-language-server"]) symlinkSync(`../llmsafe/bin/${bin}.js`, join(root, "node_modules/.bin", bin));
}

/** PATH with this Node first, so the snippets' `npx` and the bins' `#!/usr/bin/env node` use it. */
export const pathWithNode = () => `${dirname(process.execPath)}:${process.env.PATH ?? ""}`;

/** Runs an editor in batch mode; resolves with its exit code or signal and its stdout+stderr. Killed at the timeout. */
export function runEditor(command, args, cwd, env, timeoutMs) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, out });
    });
  });
}
