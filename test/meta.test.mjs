// Keeps the catalog honest: rule ids, survey links, docs, README table, fixtures per rule.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAnnotations } from "./fixture-annotations.mjs";
import { readRuleCatalog } from "./rule-catalog.mjs";

const require = createRequire(import.meta.url);
const { rules, collectFiles } = require("../dist/engine.js");
const root = fileURLToPath(new URL("..", import.meta.url));
const survey = JSON.parse(readFileSync(join(root, "rules/survey-sections.json"), "utf8"));
// The rule list is the generated one (rules/index.ts, from the rule modules); the public contract
// it is checked against is the catalog (../shared/rule-catalog.md). Never rename an id.
const catalog = readRuleCatalog(root);
const withCatalog = catalog ? {} : { skip: "../shared/rule-catalog.md not found (set LLMSAFE_RULE_CATALOG)" };

test("the rule index is the catalog, in order, one module per rule", withCatalog, () => {
  const ids = rules.map((r) => r.id);
  assert.deepEqual(ids.slice(0, catalog.shipped.length), catalog.shipped, "every rule of the catalog's first table, in its order");
  for (const id of ids) assert.ok(catalog.rows.has(id), `${id} is not in ${catalog.file}: rule ids are a public contract, add it there first`);
  const modules = readdirSync(join(root, "rules")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
  for (const id of ids) assert.ok(modules.includes(id), `rules/${id}.ts`);
});

test("every rule's severity, OWASP (2026, 2025, Agentic), CWE and ATLAS ids are the catalog's", withCatalog, () => {
  for (const r of rules) {
    const row = catalog.rows.get(r.id);
    const m = r.meta;
    assert.deepEqual({ severity: m.severity, owaspLlm2026: m.owaspLlm2026, owaspLlm2025: m.owaspLlm2025, owaspAgentic: m.owaspAgentic, cwe: m.cwe, atlas: m.atlas },
      { severity: row.severity, owaspLlm2026: row.owaspLlm2026, owaspLlm2025: row.owaspLlm2025, owaspAgentic: row.owaspAgentic, cwe: row.cwe, atlas: row.atlas }, r.id);
    for (const id of m.owaspLlm2026) assert.ok(m.owasp.includes(`${id}:2026 `), `${r.id}: ${m.owasp}`);
    for (const id of m.owaspAgentic) assert.ok(m.owasp.includes(`${id}:2026 `), `${r.id}: ${m.owasp}`);
  }
});

test("every rule's survey section is the catalog's", withCatalog, () => {
  for (const r of rules) assert.equal(r.meta.surveySection, catalog.rows.get(r.id).surveySection, r.id);
});

test("every rule links to its survey section, and the link exists in the survey's section list", () => {
  const urls = new Map(survey.sections.map((s) => [s.section, s.url]));
  for (const r of rules) {
    assert.equal(r.meta.surveyUrl, urls.get(r.meta.surveySection), r.id);
    assert.match(r.meta.surveyUrl, /^https:\/\/arxiv\.org\/html\/2504\.15585v4#S/);
    assert.match(r.meta.description, /^[A-Z][a-z]+ /, `${r.id}: description starts with a verb`);
    assert.ok(r.meta.cwe.length > 0 && r.meta.owaspLlm2026.length > 0, r.id);
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

test("the README's rule table lists every rule with its survey link and OWASP ids", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const r of rules) {
    const row = readme.split("\n").find((l) => l.startsWith("|") && l.includes(`\`${r.id}\``));
    assert.ok(row, `README row for ${r.id}`);
    assert.ok(row.includes(r.meta.surveyUrl), `README row for ${r.id} links its survey section`);
    for (const id of [...r.meta.owaspLlm2026, ...r.meta.owaspLlm2025, ...r.meta.owaspAgentic]) assert.ok(row.includes(id), `README row for ${r.id} names ${id}`);
  }
});

test("every rule's docs page names its OWASP 2026 ids, their 2025 aliases and its Agentic ids", () => {
  for (const r of rules) {
    const doc = readFileSync(join(root, "docs/rules", `${r.id}.md`), "utf8");
    const m = r.meta;
    m.owaspLlm2026.forEach((id, i) => assert.ok(doc.includes(`${id}:2026`) && (m.owaspLlm2025[i] === id || doc.includes(`${m.owaspLlm2025[i]}:2025`)), `${r.id}.md: ${id}`));
    for (const id of m.owaspAgentic) assert.ok(doc.includes(`${id}:2026`), `${r.id}.md: ${id}`);
    assert.doesNotMatch(doc, /OWASP LLM Top 10 \(2025\)/, `${r.id}.md still has the 2025 row`);
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
  assert.deepEqual(Object.keys(conf.properties["llmsafe.rules"].properties).sort(), rules.map((r) => r.id).sort());
});
