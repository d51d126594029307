// Every output format, checked on the fixtures as a user or a CI system reads it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { llmsafe, REPO } from "./helpers.mjs";

const XSS = "test-fixtures/rules/llm-output-xss";
const CROSS = "test-fixtures/cross-file";

describe("formats", () => {
  test("stylish groups by file, shows the path, the survey link and a summary, no colour when piped", () => {
    const r = llmsafe([XSS]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "", "nothing extra on stderr when it is not a terminal");
    assert.doesNotMatch(r.stdout, /\u001b\[/);
    assert.match(r.stdout, /^test-fixtures\/rules\/llm-output-xss\/ChatMessages\.tsx$/m);
    assert.match(r.stdout, /^ {2}\d+:\d+ +error +Model output .* llm-output-xss$/m);
    assert.match(r.stdout, /path: test-fixtures\/rules\/llm-output-xss\/ChatMessages\.tsx:\d+:\d+ model output from `useChat\(\)`/);
    assert.match(r.stdout, /survey §6\.2\.6 .*: https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS2\.SSS6/);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors, \d+ warnings?\)/);
  });

  test("stylish uses colour when asked (FORCE_COLOR) and reports a clean run", () => {
    assert.match(llmsafe([XSS], { env: { FORCE_COLOR: "1" } }).stdout, /\u001b\[31merror/);
    const clean = llmsafe(["test-fixtures/rules/llm-output-xss", "--rule", "llm-output-xss:off", "--rule", "unvalidated-llm-json:off", "--rule", "markdown-exfiltration:off"]);
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(clean.stdout, /✔ no problems found in \d+ files/);
  });

  test("json is ESLint's results shape plus the taint path and links", () => {
    const r = llmsafe([XSS, "-f", "json"]);
    assert.equal(r.code, 1);
    const results = JSON.parse(r.stdout);
    assert.ok(Array.isArray(results) && results.length >= 4);
    for (const file of results) {
      assert.ok(file.filePath.startsWith(REPO));
      for (const k of ["messages", "suppressedMessages"]) assert.ok(Array.isArray(file[k]));
      for (const k of ["errorCount", "warningCount", "fatalErrorCount", "fixableErrorCount", "fixableWarningCount"]) assert.equal(typeof file[k], "number");
    }
    const msg = results.flatMap((f) => f.messages).find((m) => m.ruleId === "llm-output-xss");
    for (const k of ["line", "column", "endLine", "endColumn"]) assert.equal(typeof msg[k], "number");
    assert.equal(msg.severity, 2);
    assert.match(msg.surveyUrl, /^https:\/\/arxiv\.org\/html\/2504\.15585v4#S6/);
    assert.deepEqual(msg.cwe, ["CWE-79"]);
    assert.ok(msg.path.length >= 2 && msg.path.every((p) => p.file && p.line && p.description));
    assert.match(msg.fingerprint, /^[0-9a-f]{32}:\d+$/);
    assert.ok(msg.fix && Array.isArray(msg.fix.range) && typeof msg.fix.text === "string", "safe fix in ESLint's { range, text } shape");
  });

  test("sarif is valid SARIF 2.1.0 with rules, tags, code flows and fingerprints", () => {
    const r = llmsafe([XSS, CROSS, "-f", "sarif"]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(REPO, "test/cli/data/sarif-schema-2.1.0.json"), "utf8"));
    // The published 2.1.0 schema has one pattern that is not valid as a unicode regex.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, "2.1.0");
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, "llmsafe");
    const rule = run.tool.driver.rules.find((x) => x.id === "llm-output-xss");
    assert.match(rule.helpUri, /arxiv\.org\/html\/2504\.15585v4#S6\.SS2\.SSS6/);
    assert.ok(rule.properties.tags.includes("security") && rule.properties.tags.includes("external/cwe/cwe-79"));
    // OWASP ids as the rule catalog writes them: the 2026 id, its 2025 alias, and taxa to match.
    assert.ok(rule.properties.tags.includes("OWASP-LLM10:2026") && rule.properties.tags.includes("OWASP-LLM05:2025"));
    const ssrf = run.tool.driver.rules.find((x) => x.id === "llm-output-ssrf");
    assert.ok(["OWASP-LLM03:2026", "OWASP-LLM06:2025", "OWASP-ASI02:2026"].every((t) => ssrf.properties.tags.includes(t)), ssrf.properties.tags.join(" "));
    for (const rel of ssrf.relationships) {
      const taxonomy = run.taxonomies[rel.target.toolComponent.index];
      assert.equal(taxonomy.name, rel.target.toolComponent.name);
      assert.equal(taxonomy.taxa[rel.target.index].id, rel.target.id);
    }
    assert.deepEqual(ssrf.relationships.map((x) => `${x.target.id}:${run.taxonomies[x.target.toolComponent.index].version}`), ["LLM10:2026", "LLM03:2026", "LLM05:2025", "LLM06:2025", "ASI02:2026"]);
    assert.match(rule.properties["security-severity"], /^\d+\.\d$/);
    const result = run.results.find((x) => x.ruleId === "llm-output-xss" && x.codeFlows);
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, "%SRCROOT%");
    assert.doesNotMatch(result.locations[0].physicalLocation.artifactLocation.uri, /^\//, "uris relative to the source root");
    const steps = result.codeFlows[0].threadFlows[0].locations;
    assert.ok(steps.length >= 2 && steps.every((s) => s.location.message.text));
    assert.match(result.partialFingerprints["llmsafeFindingHash/v1"], /^[0-9a-f]{32}:\d+$/);
    // A cross-file flow: the code flow visits another file than the result's.
    assert.ok(run.results.some((x) => x.codeFlows?.[0].threadFlows[0].locations.some((s) => s.location.physicalLocation.artifactLocation.uri !== x.locations[0].physicalLocation.artifactLocation.uri)));
  });

  test("github prints workflow annotation commands", () => {
    const r = llmsafe([XSS, "-f", "github"]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n");
    assert.ok(lines.length >= 4);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=llmsafe [\w/-]+::\S/);
    assert.ok(lines.every((l) => !l.slice(2).includes("\n")));
    assert.match(r.stdout, /::error file=test-fixtures\/rules\/llm-output-xss\/ChatMessages\.tsx,line=33,/);
    assert.match(r.stdout, /%0Asurvey §6\.2\.6: https/, "newlines escaped in the message");
  });

  test("compact prints one line per problem", () => {
    const r = llmsafe([XSS, "-f", "compact"]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\/.*ChatMessages\.tsx: line 33, col 70, Error - Model output .* \(llm-output-xss\)$/m);
    assert.match(r.stdout, /\n\d+ problems\n$/);
  });

  test("--output-file writes the report there and nothing to stdout", async () => {
    const { mkdtempSync } = await import("node:fs");
    const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "llmsafe-out-"));
    const out = join(dir, "reports", "llmsafe.sarif");
    const r = llmsafe([XSS, "-f", "sarif", "--output-file", out]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.equal(JSON.parse(readFileSync(out, "utf8")).version, "2.1.0");
  });
});
