#!/usr/bin/env node
// End-to-end tests in real VS Code: @vscode/test-electron drives scripts/code-shim.js, which runs
// code-server (VS Code 1.100.3's workbench and extension host) in headless Chromium.
//   dev  : the extension from this source tree (--extensionDevelopmentPath), suite/*.test.js
//   untrusted : the same, with workspace trust on and the folder not trusted, suite/trust.test.js
//   vsix : the packaged .vsix installed with code-server --install-extension, suite/installed.test.js
// usage: node test/e2e/run.mjs [dev] [untrusted] [vsix]   (default: all three; npm run test:e2e)
// Needs code-server in .vscode-test/ and Debian's chromium: scripts/ci-e2e.sh installs both.
// Each suite gets a fresh copy of test-fixtures/workspace and fresh profile folders.
import { runTests } from "@vscode/test-electron";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shim = join(root, "scripts/code-shim.js");
const codeServer = process.env.CODE_SERVER_BIN || join(root, ".vscode-test/code-server/node_modules/.bin/code-server");
const tests = join(root, "test/e2e/suite/index.js");
const asked = process.argv.slice(2);
const suites = asked.length ? asked : ["dev", "untrusted", "vsix"];

for (const [what, path] of [["code-server", codeServer], ["chromium", process.env.CHROMIUM_BIN || "/usr/bin/chromium"]]) {
  if (!existsSync(path)) {
    console.error(`e2e: ${what} not found at ${path}; run scripts/ci-e2e.sh (apt packages + scripts/install-code-server.sh) first.`);
    process.exit(2);
  }
}

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), "llmsafe-e2e-"));
  const workspace = join(dir, "workspace");
  cpSync(join(root, "test-fixtures/workspace"), workspace, { recursive: true });
  return { dir, workspace, profile: [`--user-data-dir=${join(dir, "user-data")}`, `--extensions-dir=${join(dir, "extensions")}`] };
}

function sh(cmd, args, env = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

async function suite(name, options) {
  const t0 = Date.now();
  console.log(`\n== e2e suite "${name}"`);
  try {
    await runTests({ vscodeExecutablePath: shim, extensionTestsPath: tests, ...options, extensionTestsEnv: { LLMSAFE_E2E_SUITE: name, ...options.extensionTestsEnv } });
    console.log(`== e2e suite "${name}" passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return true;
  } catch (e) {
    console.error(`== e2e suite "${name}" FAILED after ${((Date.now() - t0) / 1000).toFixed(0)} s: ${e.message ?? e}`);
    return false;
  }
}

let ok = true;
if (suites.includes("dev")) {
  if (!process.env.LLMSAFE_E2E_NO_BUILD) sh("npm", ["run", "build", "--silent"]);
  const s = scratch();
  ok = (await suite("dev", { extensionDevelopmentPath: root, launchArgs: [s.workspace, ...s.profile] })) && ok;
  rmSync(s.dir, { recursive: true, force: true });
}
if (suites.includes("untrusted")) {
  // Workspace trust on and a fresh profile: the folder opens restricted (nobody answers the prompt).
  const s = scratch();
  ok = (await suite("untrusted", { extensionDevelopmentPath: root, launchArgs: [s.workspace, ...s.profile], extensionTestsEnv: { CODE_SHIM_WORKSPACE_TRUST: "1" } })) && ok;
  rmSync(s.dir, { recursive: true, force: true });
}
if (suites.includes("vsix")) {
  const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const vsix = resolve(process.env.LLMSAFE_VSIX || join(root, `${name}-${version}.vsix`));
  if (!process.env.LLMSAFE_VSIX) sh("npm", ["run", "package", "--silent"]);
  if (!existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
  const s = scratch();
  // Installed exactly as a user would, into the profile the suite then runs with.
  sh(codeServer, ["--install-extension", vsix, ...s.profile], { XDG_CONFIG_HOME: join(s.dir, "xdg-config"), XDG_DATA_HOME: join(s.dir, "xdg-data") });
  ok = (await suite("vsix", { extensionDevelopmentPath: join(root, "test/e2e/vsix-harness"), launchArgs: [s.workspace, ...s.profile] })) && ok;
  rmSync(s.dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
