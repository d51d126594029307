// Keeps the catalog honest: rule ids, survey links, docs, README table, fixtures per rule.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAnnotations } from "./fixture-annotations.mjs";

const require = createRequire(import.meta.url);
const { rules, collectFiles } = require("../dist/engine.js");
const root = fileURLToPath(new URL("..", import.meta.url));
const survey = JSON.parse(readFileSync(join(root, "rules/survey-sections.json"), "utf8"));

// The public contract (rule-catalog.md): ids and their survey sections. Never rename an id.
const CATALOG = {
  "system-prompt-injection": "6.1.1", "prompt-template-injection": "6.1.1", "undelimited-prompt-input": "6.1.2",
  "indirect-prompt-injection": "6.2.4", "llm-output-code-execution": "6.2.2", "llm-output-command-injection": "6.2.2",
  "llm-output-sql-injection": "6.2.2", "llm-output-xss": "6.2.6", "llm-output-ssrf": "6.2.2", "llm-output-path-traversal": "6.2.2",
  "unvalidated-llm-json": "6.1.2", "secret-in-prompt": "6.1.1", "hardcoded-api-key": "7", "client-exposed-api-key": "7",
  "excessive-agency-tool": "6.2.2", "disabled-safety-settings": "6.1.2",
};

test("the rule index is the catalog, in order, one module per rule", () => {
  assert.deepEqual(rules.map((r) => r.id), Object.keys(CATALOG));
  const modules = readdirSync(join(root, "rules")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
  for (const id of Object.keys(CATALOG)) assert.ok(modules.includes(id), `rules/${id}.ts`);
});

test("every rule links to its survey section, and the link exists in the survey's section list", () => {
  const urls = new Map(survey.sections.map((s) => [s.section, s.url]));
  for (const r of rules) {
    assert.equal(r.meta.surveySection, CATALOG[r.id], r.id);
    assert.equal(r.meta.surveyUrl, urls.get(r.meta.surveySection), r.id);
    assert.match(r.meta.surveyUrl, /^https:\/\/arxiv\.org\/html\/2504\.15585v4#S/);
    assert.match(r.meta.description, /^[A-Z][a-z]+ /, `${r.id}: description starts with a verb`);
    assert.ok(r.meta.cwe.length > 0 && r.meta.owasp, r.id);
  }
});

test("every rule has a doc page with its survey link and both flagged and not-flagged examples", () => {
  for (const r of rules) {
    const doc = readFileSync(join(root, "docs/rules", `${r.id}.md`), "utf8");
    assert.ok(doc.startsWith(`# ${r.id}`), `${r.id}.md title`);
    assert.ok(doc.includes(r.meta.surveyUrl), `${r.id}.md links ${r.meta.surveyUrl}`);
    assert.match(doc, /### Flagged/, r.id);
    assert.match(doc, /### Not flagged/, r.id);
  }
});

test("the README's rule table lists every rule with its survey link", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const r of rules) {
    const row = readme.split("\n").find((l) => l.startsWith("|") && l.includes(`\`${r.id}\``));
    assert.ok(row, `README row for ${r.id}`);
    assert.ok(row.includes(r.meta.surveyUrl), `README row for ${r.id} links its survey section`);
  }
});

test("every rule has at least 8 flagged and 8 clean fixture cases", () => {
  const counts = new Map(rules.map((r) => [r.id, { expect: 0, clean: 0 }]));
  for (const f of collectFiles([join(root, "test-fixtures")])) {
    if (f.includes("/workspace/")) continue;
    for (const a of parseAnnotations(readFileSync(f, "utf8"))) {
      const c = counts.get(a.rule);
      assert.ok(c, `${f}: unknown rule id ${a.rule} in an annotation`);
      if (a.kind === "expect" || a.kind === "known-miss") c.expect++;
      if (a.kind === "expect-clean" || a.kind === "known-false-alarm") c.clean++;
    }
  }
  for (const [id, c] of counts) {
    assert.ok(c.expect >= 8, `${id}: ${c.expect} flagged cases`);
    assert.ok(c.clean >= 8, `${id}: ${c.clean} clean cases`);
  }
});

test("nothing in the project reads ../shared at run time", () => {
  for (const f of collectFiles([join(root, "server"), join(root, "rules"), join(root, "client")])) {
    assert.doesNotMatch(readFileSync(f, "utf8"), /\.\.\/shared\b/, f);
  }
});

test("the extension's llmsafe.rules setting lists exactly the rule ids", () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const conf = Array.isArray(manifest.contributes.configuration) ? manifest.contributes.configuration[0] : manifest.contributes.configuration;
  assert.deepEqual(Object.keys(conf.properties["llmsafe.rules"].properties).sort(), Object.keys(CATALOG).sort());
});
