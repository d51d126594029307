#!/usr/bin/env node
// Screenshots of llmsafe in real VS Code for the docs: Playwright drives the code-server workbench
// in headless Chromium, the way a person would (Quick Open a file, hover the squiggle, Ctrl+.).
//   docs/images/hover.png    : the system-prompt-injection squiggle and its hover
//   docs/images/quickfix.png : the quick-fix menu on the llm-output-xss finding (DOMPurify fix)
// The extension is the packaged .vsix (npm run package, unless LLMSAFE_VSIX names one), installed
// with --install-extension into a throw-away profile. Needs what scripts/ci-e2e.sh installs.
// usage: node scripts/screenshot.mjs [outDir]
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.argv[2] ?? join(root, "docs/images"));
const codeServer = process.env.CODE_SERVER_BIN || join(root, ".vscode-test/code-server/node_modules/.bin/code-server");
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const vsix = resolve(process.env.LLMSAFE_VSIX || join(root, `${name}-${version}.vsix`));
if (!process.env.LLMSAFE_VSIX) execFileSync("npm", ["run", "package", "--silent"], { cwd: root, stdio: "inherit" });

const scratch = mkdtempSync(join(tmpdir(), "llmsafe-shots-"));
const workspace = join(scratch, "acme-helpdesk");
cpSync(join(root, "test-fixtures/workspace"), workspace, { recursive: true });
const userData = join(scratch, "user-data");
const extensions = join(scratch, "extensions");
mkdirSync(join(userData, "User"), { recursive: true });
writeFileSync(join(userData, "User", "settings.json"), JSON.stringify({
  "workbench.startupEditor": "none", "workbench.tips.enabled": false, "workbench.colorTheme": "Default Dark Modern",
  "telemetry.telemetryLevel": "off", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "update.mode": "none", "chat.disableAIFeatures": true, "editor.minimap.enabled": false, "editor.fontSize": 14,
  "editor.hover.delay": 300, "breadcrumbs.enabled": false, "typescript.disableAutomaticTypeAcquisition": true,
  "workbench.layoutControl.enabled": false, "window.commandCenter": false, "editor.hover.above": false,
  // The fixture has no node_modules, so TypeScript would squiggle every import: show llmsafe's findings only.
  "typescript.validate.enable": false, "javascript.validate.enable": false, "typescript.suggestionActions.enabled": false,
}, null, 1));
const env = { ...process.env, EXTENSIONS_GALLERY: '{"serviceUrl":""}', XDG_CONFIG_HOME: join(scratch, "xdg-config"), XDG_DATA_HOME: join(scratch, "xdg-data"), XDG_CACHE_HOME: join(scratch, "xdg-cache") };
const profile = ["--user-data-dir", userData, "--extensions-dir", extensions];
execFileSync(codeServer, ["--install-extension", vsix, ...profile], { env, stdio: "inherit" });

const port = await new Promise((res, rej) => {
  const s = createServer().once("error", rej).listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => res(port)); });
});
const cs = spawn(codeServer, ["--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry", "--disable-update-check",
  "--disable-workspace-trust", "--disable-getting-started-override", ...profile], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
const killCs = () => { try { process.kill(-cs.pid, "SIGTERM"); } catch {} };
await new Promise((res, rej) => {
  let log = "";
  const onData = (d) => { log += d; if (log.includes("HTTP server listening")) res(); };
  cs.stdout.on("data", onData); cs.stderr.on("data", onData);
  cs.once("exit", (c) => rej(new Error(`code-server exited (${c}):\n${log}`)));
  setTimeout(() => rej(new Error(`code-server did not start:\n${log}`)), 60000);
});

const browserProfile = join(scratch, "chromium");
const ctx = await chromium.launchPersistentContext(browserProfile, {
  executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium", headless: true, viewport: { width: 1280, height: 880 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const page = ctx.pages()[0] ?? await ctx.newPage();
mkdirSync(outDir, { recursive: true });

/** Quick Open (Ctrl+P) a workspace file and wait until llmsafe's squiggle is drawn in it. */
async function openFile(relPath) {
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget input", { state: "visible" });
  await page.keyboard.type(relPath);
  await page.waitForSelector(".quick-input-list .monaco-list-row", { state: "visible" });
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
  await page.waitForSelector(`.tab.active[aria-label*="${relPath.split("/").pop()}"]`, { timeout: 20000 });
  await page.waitForSelector(".monaco-editor .squiggly-error", { timeout: 60000, state: "attached" });
  await page.waitForTimeout(500);
}

let failed = false;
try {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 60000 });
  await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: 60000 });
  await page.waitForTimeout(1500);

  // 1. Hover on the system prompt built from req.body.persona.
  await openFile("src/routes/chat.ts");
  const squiggle = page.locator(".monaco-editor .squiggly-error").first();
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2);
  await page.waitForSelector(".monaco-hover:not(.hidden) .hover-contents", { state: "visible", timeout: 20000 });
  await page.waitForFunction(() => /system-prompt-injection/.test(document.querySelector(".monaco-hover:not(.hidden)")?.textContent ?? ""), null, { timeout: 20000 });
  await page.waitForTimeout(800);
  // Hovers open at most ~250 px high; drag the bottom edge so the taint path and the survey link show.
  const hover = await page.locator(".monaco-hover:not(.hidden)").first().boundingBox();
  await page.mouse.move(hover.x + hover.width / 2, hover.y + hover.height - 1);
  await page.mouse.down();
  await page.mouse.move(hover.x + hover.width / 2, hover.y + hover.height + 260, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(() => !/Loading\.\.\.|Checking for quick fixes/.test(document.querySelector(".monaco-hover:not(.hidden)")?.textContent ?? ""), null, { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, "hover.png") });
  console.log(`screenshot: ${join(outDir, "hover.png")}`);
  await page.mouse.move(5, 400);
  await page.keyboard.press("Escape");

  // 2. Quick-fix menu on model output rendered with dangerouslySetInnerHTML.
  await openFile("src/components/AnswerCard.tsx");
  const xss = page.locator(".monaco-editor .squiggly-error").first();
  const xbox = await xss.boundingBox();
  await page.mouse.click(xbox.x + Math.min(20, xbox.width / 2), xbox.y + xbox.height / 2);
  await page.mouse.move(5, 400);
  await page.waitForTimeout(1500); // let the automatic code-action request settle
  await page.keyboard.press("Control+.");
  await page.locator(".action-widget .monaco-list-row", { hasText: "Wrap in DOMPurify.sanitize" }).waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, "quickfix.png") });
  console.log(`screenshot: ${join(outDir, "quickfix.png")}`);
  await page.keyboard.press("Escape");
} catch (e) {
  failed = true;
  console.error(e);
  await page.screenshot({ path: join(scratch, "failure.png") }).catch(() => {});
  console.error(`failure screenshot: ${join(scratch, "failure.png")}`);
} finally {
  await page.close({ runBeforeUnload: true }).catch(() => {});
  await ctx.close().catch(() => {});
  killCs();
  if (!failed) rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
