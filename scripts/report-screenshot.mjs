#!/usr/bin/env node
// docs/images/html-report.png: the HTML report (llmsafe --format html) on the demo app, as a reader
// sees it in headless Debian Chromium: filtered from the summary to the system-prompt-injection
// finding, its taint path across two files and its fix advice open.
// Needs the build (npm run build) and /usr/bin/chromium (or CHROMIUM_BIN).
// usage: npm run report:screenshot [-- outFile]
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(root, "docs/images/html-report.png"));
// A fixed folder (emptied first): the root the page shows is the same on every run.
const scratch = join(tmpdir(), "llmsafe-report-shot");
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch);
const report = join(scratch, "llmsafe-report.html");
// A copy, so the page shows the demo's own paths (src/routes/chat.ts), not this checkout's.
const app = join(scratch, "acme-support");
cpSync(join(root, "demo"), app, { recursive: true });
const run = spawnSync(process.execPath, [join(root, "bin/llmsafe.js"), ".", "--format", "html", "-o", report], { cwd: app, encoding: "utf8" });
if (run.status !== 1) throw new Error(`llmsafe on the demo exited ${run.status} (expected 1, findings):\n${run.stderr}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN || "/usr/bin/chromium", headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(report).href);
  // As a reader would: pick system-prompt-injection in the summary (the filter leaves its one
  // finding), then open its taint path, which goes from chat.ts into prompts.ts and back.
  await page.click('table.by-rule button.rule-id[data-show-rule="system-prompt-injection"]');
  const card = page.locator('article.finding[data-rule="system-prompt-injection"]');
  await card.locator("details.path > summary").click();
  await card.locator("details.fix > summary").click();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
