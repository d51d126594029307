// Neovim as a second real client of the stdio server, configured by the Neovim 0.11 snippet of
// docs/editors.md (extracted here, run as written): headless Neovim starts `npx
// llmsafe-language-server --stdio` in a project where llmsafe is installed, must receive the
// llmsafe diagnostic, list the code actions, apply "Disable <rule> for this line" and see the
// diagnostic clear. Skips (with the reason) where nvim is not installed; CI installs it
// (`apt-get install -y neovim`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { EXPRESS_ROUTE } from "../lsp/snippets.mjs";
import { docsSnippet, installLlmsafe, pathWithNode, runEditor } from "./docs-snippets.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const SCRIPT = join(HERE, "nvim-lsp-check.lua");

const probe = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const nvimVersion = probe.error || probe.status !== 0 ? null : probe.stdout.split("\n")[0];
const skip = nvimVersion ? false : "nvim is not installed (Debian: apt-get install -y neovim): Neovim client test skipped";

const runNvim = (cwd, file, env, timeoutMs) => runEditor("nvim", ["--headless", "--clean", "-u", "NONE", "-S", SCRIPT, file], cwd, env, timeoutMs);

test(`Neovim receives llmsafe diagnostics and applies a code action (${nvimVersion ?? "nvim missing"})`, { skip }, async () => {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-nvim-"));
  try {
    const xdg = join(root, ".xdg");
    for (const d of ["config", "data", "state", "cache"]) mkdirSync(join(xdg, d), { recursive: true });
    mkdirSync(join(root, "src"));
    const file = join(root, "src", "chat.ts");
    writeFileSync(file, EXPRESS_ROUTE);
    installLlmsafe(root);
    const snippet = docsSnippet(/^### Neovim 0\.11/, "lua");
    assert.match(snippet, /'npx', 'llmsafe-language-server', '--stdio'/);
    writeFileSync(join(root, ".xdg-snippet.lua"), snippet);
    const env = {
      ...process.env,
      PATH: pathWithNode(),
      LLMSAFE_NVIM_SNIPPET: join(root, ".xdg-snippet.lua"),
      XDG_CONFIG_HOME: join(xdg, "config"),
      XDG_DATA_HOME: join(xdg, "data"),
      XDG_STATE_HOME: join(xdg, "state"),
      XDG_CACHE_HOME: join(xdg, "cache"),
    };
    const { code, signal, out } = await runNvim(root, file, env, 90_000);
    const lines = out.split(/\r?\n/);
    assert.equal(signal, null, `nvim was killed after the time bound:\n${out}`);
    assert.ok(lines.includes("FILETYPE typescript"), out);
    assert.ok(lines.includes(`CLIENT llmsafe root=${root} cmd=npx llmsafe-language-server --stdio`), `the docs' configuration started the server in the project root:\n${out}`);
    const diag = lines.find((l) => l.startsWith("DIAG "));
    assert.ok(diag, `a diagnostic arrived:\n${out}`);
    assert.match(diag, /^DIAG 7:\d+-7:\d+ sev=1 \[llmsafe\/system-prompt-injection\] .*req\.body/);
    const actions = lines.filter((l) => l.startsWith("ACTION ")).map((l) => l.slice(7));
    // Engine fixes (if the rule has any) come first; the four standard actions close the list.
    assert.deepEqual(actions.slice(-4), [
      "Disable system-prompt-injection for this line kind=quickfix",
      "Disable system-prompt-injection for this file kind=quickfix",
      "Open survey section: §6.1.1 Attack in Deployment kind=quickfix",
      "Show rule documentation: system-prompt-injection kind=quickfix",
    ]);
    assert.ok(lines.includes("LINE 7   // llmsafe-disable-next-line system-prompt-injection -- TODO: explain why this is safe"), out);
    assert.ok(lines.includes("DIAGNOSTICS CLEARED AFTER FIX: true"), out);
    assert.equal(code, 0, out);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
