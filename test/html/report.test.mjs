// `llmsafe --format html`: the page a reviewer opens from disk. First as a file (self-contained,
// escaped, keys masked), then in headless Debian Chromium as a reader uses it: no console error,
// no request beyond the file itself, the counts of the JSON output, filters that hide the other
// findings, a taint path that opens on its steps across two files. Without /usr/bin/chromium
// (or CHROMIUM_BIN) the browser half is skipped, with the reason shown, unless
// LLMSAFE_REQUIRE_CHROMIUM=1 (set by .ci/run), which makes a missing Chromium a failure.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { llmsafe, project } from "../cli/helpers.mjs";

// Shaped like an OpenAI project key, made up here (never a real one).
const KEY = "sk-proj-" + "HtmlRep0rtFake1234".repeat(4).slice(0, 64) + "T3BlbkFJ" + "fakeKEYforTests987".repeat(4).slice(0, 64);
const ODD_NAME = "src/we&ird <i>name</i>.ts";
const FILES = {
  // Model output into innerHTML through a helper in another file (an error whose path crosses
  // files), and a JSON.parse of model output (a warning). Code and a comment carry markup.
  "src/app.ts": `import OpenAI from "openai";
import { render } from "./render";

const client = new OpenAI();

export async function answer(el: HTMLElement, question: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  // shown as is: </script><img src=x onerror=alert(1)>
  render(el, r.choices[0].message.content ?? "");
  // llmsafe-disable-next-line hardcoded-api-key -- revoked, kept to show where it leaked
  // rotated last week: ${KEY}
}

export async function plan(goal: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: goal }] });
  const steps = JSON.parse(r.choices[0].message.content ?? "[]");
  return steps.map((s: { title: string }) => s.title);
}
`,
  "src/render.ts": `export function render(el: HTMLElement, html: string) {
  el.innerHTML = html + "</script><img src=x onerror=alert(2)>";
}
`,
  // A hard-coded key in a file whose name is markup.
  [ODD_NAME]: `export const settings = { apiKey: "${KEY}" };\n`,
  // A second call into the same sink: one root cause, one finding, this call as a related location.
  "src/second.ts": `import OpenAI from "openai";
import { render } from "./render";
const client = new OpenAI();
export async function again(el: HTMLElement, q: string) {
  const r = await client.responses.create({ model: "gpt-4o", input: q });
  render(el, r.output_text);
}
`,
  // A notice, not a finding: counted like one, as in JSON.
  "src/broken.ts": 'import OpenAI from "openai";\nexport const client = new OpenAI(;\n',
};
const masked = `${KEY.slice(0, 4)}…${KEY.slice(-4)} (${KEY.length} chars)`;

let root, html, json;
before(() => {
  root = project(FILES);
  const r = llmsafe(["src", "--format", "html", "-o", "report.html"], { cwd: root });
  assert.equal(r.code, 1, `exit 1 on findings\n${r.stderr}`);
  assert.equal(r.stdout, "", "-o: the report goes to the file");
  assert.equal(r.stderr, "");
  html = readFileSync(join(root, "report.html"), "utf8");
  const j = llmsafe(["src", "--format", "json"], { cwd: root });
  json = JSON.parse(j.stdout);
});
after(() => rmSync(root, { recursive: true, force: true }));

/** What the JSON output counts: by rule (notices without a rule id under llmsafe/<kind>) and by severity. */
function jsonCounts() {
  const messages = json.flatMap((r) => r.messages);
  const byRule = {};
  for (const m of messages) byRule[m.ruleId ?? "llmsafe/parse-error"] = (byRule[m.ruleId ?? "llmsafe/parse-error"] ?? 0) + 1;
  const sum = (k) => json.reduce((n, r) => n + r[k], 0);
  return { byRule, errors: sum("errorCount"), warnings: sum("warningCount"), total: messages.length };
}

describe("the html file", () => {
  test("is one self-contained page: its own style and script, allowed by hash, nothing loaded", () => {
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, "a Content-Security-Policy meta element");
    assert.match(csp, /default-src 'none'/);
    const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1, "one inline script");
    assert.equal(styles.length, 1, "one inline stylesheet");
    const sha = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    assert.match(csp, new RegExp(`script-src ${sha(scripts[0]).replace(/[+/]/g, "\\$&")}(;|$)`), "the script is allowed by its hash, nothing else");
    assert.match(csp, new RegExp(`style-src ${sha(styles[0]).replace(/[+/]/g, "\\$&")}(;|$)`));
    const tags = html.match(/<[a-z][^>]*>/gi);
    assert.ok(tags.length > 100);
    for (const tag of tags) {
      assert.doesNotMatch(tag, /^<(link|img|iframe|object|embed|frame|audio|video|source|base|form)\b/i, "no element that loads or sends anything");
      assert.doesNotMatch(tag, /\s(src|srcset|action|poster|data)=/i, tag);
    }
    assert.doesNotMatch(styles[0], /@import|url\(/, "the stylesheet loads nothing");
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^https:\/\//, "links only to the survey, OWASP and CWE");
  });

  test("escapes the project's code, messages and file names", () => {
    assert.equal((html.match(/<script/g) ?? []).length, 1, "the code's </script> closes nothing");
    assert.ok(html.includes("// shown as is: &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "the excerpt around the call shows the comment as text");
    const text = html.replace(/<[^>]+>/g, "");
    assert.ok(text.includes("el.innerHTML = html + &quot;&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;"), "the path step in render.ts shows its line as text");
    assert.ok(html.includes("we&amp;ird &lt;i&gt;name&lt;/i&gt;.ts"), "a file name with markup, escaped");
    assert.doesNotMatch(html, /<i>name<\/i>|onerror=alert\(\d\)>/);
  });

  test("never holds a key whole: a flagged key literal and a key in a shown line are masked", () => {
    assert.ok(!html.includes(KEY), "the key appears nowhere whole");
    assert.ok(!html.includes(KEY.slice(8, 40)), "nor a long piece of it");
    assert.ok(html.includes(`// rotated last week: ${masked}`), "a line shown as context of the XSS call, whose own finding is suppressed, is masked");
    assert.equal(html.split(masked).length - 1, 3, "shown masked three times: the key finding's message and excerpt, the context line");
    assert.ok(html.includes(`apiKey: &quot;${masked}&quot;`), "the hard-coded key's own excerpt is masked");
  });

  test("says what the run was: root, files, version, what was understood, and the fix advice", () => {
    assert.ok(html.includes(`<code id="run-root">`) && html.includes(root.replace(/&/g, "&amp;")));
    assert.match(html, /<dd id="run-files">5<\/dd>/);
    assert.match(html, /llmsafe \d+\.\d+\.\d+/);
    assert.match(html, /id="run-understood">3 LLM calls \(openai 3\)/);
    assert.match(html, /<details class="related"><summary>Also reached from 1 other call<\/summary>\n<ol class="steps">\n<li class="step"><span class="loc">src\/second\.ts:6:14<\/span> also passed to `render\(\)`/, "the grouped call");
    assert.ok(html.includes('href="https://arxiv.org/html/2504.15585v4#S6.SS2.SSS6"'), "the survey section");
    assert.match(html, />LLM10:2026 Improper Output Handling \(LLM05:2025 Improper Output Handling\)</, "the OWASP 2026 id and its 2025 alias");
    assert.ok(html.includes('href="https://cwe.mitre.org/data/definitions/79.html"'));
    assert.match(html, /<details class="fix"><summary>How to fix<\/summary>[^]*DOMPurify\.sanitize/, "the rule page's Fixed section");
  });

  test("is listed by --help, and goes to stdout without -o", () => {
    assert.match(llmsafe(["--help"]).stdout, /stylish \(default\), json, sarif, html, github, compact/);
    const r = llmsafe(["src", "-f", "html"], { cwd: root });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<!doctype html>/);
  });
});

const CHROMIUM = process.env.CHROMIUM_BIN || "/usr/bin/chromium";
const required = process.env.LLMSAFE_REQUIRE_CHROMIUM === "1";
const skip = existsSync(CHROMIUM) || required ? false : `Chromium not found at ${CHROMIUM} (Debian: apt-get install -y chromium): browser checks of the HTML report skipped`;

describe("the html report in headless Chromium", () => {
  let browser, page;
  const consoleProblems = [];
  const requests = [];
  const dialogs = [];
  before(async () => {
    if (skip) return;
    assert.ok(existsSync(CHROMIUM), `LLMSAFE_REQUIRE_CHROMIUM=1 but there is no Chromium at ${CHROMIUM}`);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    page = await browser.newPage();
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") consoleProblems.push(`${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => consoleProblems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(pathToFileURL(join(root, "report.html")).href, { waitUntil: "load" });
  });
  after(async () => { await browser?.close(); });

  const visibleCards = () => page.$$eval("article.finding", (cards) => cards.filter((c) => c.offsetParent !== null).map((c) => c.dataset.rule));

  test("loads with no console error, no request but the file, no dialog and no injected element", { skip }, async () => {
    assert.deepEqual(consoleProblems, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith("file://")), [], "no network request");
    assert.equal(requests.length, 1, "only the report itself");
    assert.deepEqual(dialogs, [], "no alert() ran");
    assert.equal(await page.$$eval("img, iframe", (els) => els.length), 0);
    assert.equal(await page.title(), "llmsafe report: 4 problems (3 errors, 1 warning)");
  });

  test("the summary counts are the JSON output's", { skip }, async () => {
    const want = jsonCounts();
    const rows = await page.$$eval("table.by-rule tbody tr", (trs) => trs.map((tr) => [tr.dataset.rule, Number(tr.querySelector("td.total").textContent)]));
    assert.deepEqual(Object.fromEntries(rows), want.byRule);
    assert.deepEqual(Object.keys(want.byRule).sort(), ["hardcoded-api-key", "llm-output-xss", "llmsafe/parse-error", "unvalidated-llm-json"]);
    const badges = await page.$$eval(".totals button", (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(badges, [`${want.errors} errors`, `${want.warnings} warning`, "0 info"]);
    assert.equal((await visibleCards()).length, want.total);
  });

  test("filters hide the other findings: by rule from the summary, by severity, by file", { skip }, async () => {
    await page.click('table.by-rule button.rule-id[data-show-rule="unvalidated-llm-json"]');
    assert.deepEqual(await visibleCards(), ["unvalidated-llm-json"]);
    assert.equal(await page.textContent("#shown-count"), "1");
    await page.click("#reset-filters");
    assert.equal((await visibleCards()).length, 4);

    await page.uncheck('input[name="severity"][value="error"]');
    assert.deepEqual(await visibleCards(), ["unvalidated-llm-json"], "errors hidden");
    await page.check('input[name="severity"][value="error"]');

    await page.fill("#file-filter", "RENDER.ts");
    assert.deepEqual(await visibleCards(), ["llm-output-xss"], "the finding whose path goes through render.ts");
    assert.equal(await page.isVisible(`.file-group[data-file="${ODD_NAME}"]`), false, "a file with nothing shown is hidden");
    await page.fill("#file-filter", "no such file");
    assert.deepEqual(await visibleCards(), []);
    assert.equal(await page.isVisible("#no-match"), true);
    await page.click("#reset-filters");
  });

  test("a taint path opens on its steps, source to sink, across two files", { skip }, async () => {
    const card = page.locator('article.finding[data-rule="llm-output-xss"]');
    const steps = card.locator("details.path li.step");
    const want = json.flatMap((r) => r.messages).find((m) => m.ruleId === "llm-output-xss").path;
    assert.equal(await steps.count(), want.length);
    assert.equal(await steps.first().isVisible(), false, "closed at first");
    await card.locator("details.path > summary").click();
    assert.equal(await steps.first().isVisible(), true);
    const texts = await steps.allTextContents();
    want.forEach((p, i) => assert.ok(texts[i].includes(`${p.file.slice(root.length + 1)}:${p.line}:${p.column} ${p.description}`), `step ${i + 1}: ${texts[i]}`));
    assert.ok(texts.some((t) => t.startsWith("source") && t.includes("src/app.ts:")));
    assert.ok(texts.some((t) => t.includes("src/render.ts:2:") && t.includes('el.innerHTML = html + "</script><img src=x onerror=alert(2)>";')), "the step's line in the other file, shown as text");
    assert.ok(texts.at(-1).startsWith("sink"));
    assert.deepEqual(await card.locator("details.path li.file-change").allTextContents(), ["in src/app.ts", "in src/render.ts", "in src/app.ts"]);
    assert.match(await card.locator("details.path > summary").textContent(), /across 2 files/);
  });
});
