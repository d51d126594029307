// Emacs + eglot as a real client of the stdio server, configured by the eglot snippet of
// docs/editors.md (extracted here, loaded as written): eglot starts `npx llmsafe-language-server
// --stdio` in a project where llmsafe is installed, must receive the llmsafe diagnostic, list the
// code actions, apply "Disable <rule> for this line" and see the diagnostic clear. Skips (with the
// reason) where Emacs or eglot is not installed; CI installs them (`apt-get install -y emacs-nox
// elpa-eglot`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { EXPRESS_ROUTE } from "../lsp/snippets.mjs";
import { docsSnippet, installLlmsafe, pathWithNode, runEditor } from "./docs-snippets.mjs";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "eglot-check.el");

const probe = spawnSync("emacs", ["--batch", "--eval", `(progn (require 'package) (package-initialize) (require 'eglot) (princ emacs-version))`], { encoding: "utf8" });
const emacsVersion = probe.error || probe.status !== 0 ? null : probe.stdout.trim();
const skip = emacsVersion ? false : "emacs with eglot is not installed (Debian: apt-get install -y emacs-nox elpa-eglot): eglot client test skipped";

const runEmacs = (cwd, file, env, timeoutMs) => runEditor("emacs", ["--batch", "-l", SCRIPT, file], cwd, env, timeoutMs);

test(`Emacs eglot receives llmsafe diagnostics and applies a code action (Emacs ${emacsVersion ?? "missing"})`, { skip }, async () => {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-eglot-"));
  try {
    mkdirSync(join(root, "src"));
    const file = join(root, "src", "chat.ts");
    writeFileSync(file, EXPRESS_ROUTE);
    installLlmsafe(root);
    const snippet = docsSnippet(/^### eglot/, "elisp");
    assert.match(snippet, /\("npx" "llmsafe-language-server" "--stdio"\)/);
    writeFileSync(join(root, ".eglot-snippet.el"), snippet);
    const env = { ...process.env, PATH: pathWithNode(), HOME: root, LLMSAFE_EGLOT_SNIPPET: join(root, ".eglot-snippet.el"), LLMSAFE_PROJECT_ROOT: root };
    const { code, signal, out } = await runEmacs(root, file, env, 120_000);
    const lines = out.split(/\r?\n/);
    assert.equal(signal, null, `emacs was killed after the time bound:\n${out}`);
    assert.ok(lines.includes("MODE js-mode"), out);
    assert.ok(lines.includes("CONTACT npx llmsafe-language-server --stdio"), `the docs' entry chose the server:\n${out}`);
    const diag = lines.find((l) => l.startsWith("DIAG "));
    assert.ok(diag, `a diagnostic arrived:\n${out}`);
    assert.match(diag, /^DIAG 7 .*error.*req\.body/);
    const actions = lines.filter((l) => l.startsWith("ACTION ")).map((l) => l.slice(7));
    assert.ok(actions.includes("Disable system-prompt-injection for this line kind=quickfix"), out);
    assert.ok(lines.includes("LINE 7   // llmsafe-disable-next-line system-prompt-injection -- TODO: explain why this is safe"), out);
    assert.ok(lines.includes("DIAGNOSTICS CLEARED AFTER FIX: true"), out);
    assert.equal(code, 0, out);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
