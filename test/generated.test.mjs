// The files derived from the rules' metadata (scripts/generate.mjs) are committed: they must be
// current. And adding a rule must need no edit besides the rule's own files: in a copy of the
// repository, a new rule module, one fixture and a docs page are enough for the registry, the
// client's catalog, the VS Code setting, the README table, SARIF and the meta-tests.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { staleFiles } from "../scripts/generate.mjs";
import { findRuleCatalog } from "./rule-catalog.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

test("the generated files are current", async () => {
  const stale = (await staleFiles(root)).map((f) => f.path);
  assert.deepEqual(stale, [], `out of date with the rules' metadata: ${stale.join(", ")}. Run: npm run generate`);
});

// A rule of the catalog's next wave, so the catalog checks apply to it as to a shipped one. Its
// detection is a stand-in (model output reaching eval): this test is about the plumbing.
const ID = "model-chosen-tool-dispatch";
const RULE = `import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "${ID}",
  sink: "code",
  meta: {
    description: "Report the model's tool-call name choosing the function to run",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM03"], owaspAgentic: ["ASI02"], cwe: ["CWE-470", "CWE-913"], atlas: ["AML.T0053"],
    why: "A stand-in rule written by test/generated.test.mjs.",
  },
  consequence: "a stand-in message.",
});
`;
const FIXTURE = [
  'import OpenAI from "openai";',
  "const openai = new OpenAI();",
  "export async function run() {",
  '  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });',
  '  const text = r.choices[0].message.content ?? "";',
  ...Array.from({ length: 8 }, (_, i) => [`  // llmsafe-expect: ${ID}, llm-output-code-execution`, `  eval(text + "${i}");`]).flat(),
  ...Array.from({ length: 8 }, (_, i) => [`  // llmsafe-expect-clean: ${ID}`, `  eval("${i} + 1");`]).flat(),
  "}",
  "",
].join("\n");
const DOC = `# ${ID}

Report the model's tool-call name choosing the function to run.

## What it flags

### Flagged

\`handlers[call.name](args)\`

### Not flagged

A \`switch\` over constant names.
`;

function run(cwd, args, env = {}) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, ...env, CI: "" } });
  assert.equal(r.status, 0, `node ${args.join(" ")}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test("adding a rule is adding its module, a fixture and a docs page", () => {
  const catalog = findRuleCatalog(root);
  // The repository's files as they are now: tracked ones and new ones not ignored (not dist/, node_modules/).
  const tracked = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).stdout.split("\0").filter((f) => f && existsSync(join(root, f)));
  assert.ok(tracked.length > 0, "git ls-files lists the repository");
  const dir = mkdtempSync(join(tmpdir(), "llmsafe-new-rule-"));
  try {
    for (const f of tracked) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(join(root, f), join(dir, f));
    }
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(join(dir, "rules", `${ID}.ts`), RULE);
    mkdirSync(join(dir, "test-fixtures/rules", ID), { recursive: true });
    writeFileSync(join(dir, "test-fixtures/rules", ID, "dispatch.ts"), FIXTURE);
    writeFileSync(join(dir, "docs/rules", `${ID}.md`), DOC);

    run(dir, ["scripts/build.mjs"]);
    const read = (p) => readFileSync(join(dir, p), "utf8");
    assert.match(read("rules/index.ts"), /import modelChosenToolDispatch from "\.\/model-chosen-tool-dispatch";[^]*\n {2}modelChosenToolDispatch,\n\];/, "registered last");
    const entry = JSON.parse(read("client/src/rule-catalog.json")).rules.find((r) => r.id === ID);
    assert.equal(entry?.owasp, "LLM03:2026 Excessive Agency (LLM06:2025), ASI02:2026 Tool Misuse and Exploitation");
    const manifest = JSON.parse(read("package.json"));
    assert.ok(manifest.contributes.configuration.properties["llmsafe.rules"].properties[ID], "llmsafe.rules setting");
    assert.match(read("README.md"), new RegExp(`\\| \\[\`${ID}\`\\]\\(docs/rules/${ID}\\.md\\) \\| error \\| .* \\| LLM03 \\(LLM06\\) \\| ASI02 \\| CWE-470, CWE-913 \\|`));
    assert.match(read(`docs/rules/${ID}.md`), /\| OWASP LLM Top 10 \(2026\) \| LLM03:2026 Excessive Agency \(LLM06:2025\) \|/);

    const cli = spawnSync(process.execPath, ["bin/llmsafe.js", "--no-config", "-f", "sarif", `test-fixtures/rules/${ID}`], { cwd: dir, encoding: "utf8" });
    assert.equal(cli.status, 1, cli.stderr);
    const sarif = JSON.parse(cli.stdout);
    const driverRule = sarif.runs[0].tool.driver.rules.find((r) => r.id === ID);
    assert.ok(driverRule?.properties.tags.includes("OWASP-ASI02:2026"), "SARIF rule list");
    assert.equal(sarif.runs[0].results.filter((r) => r.ruleId === ID).length, 8, "the fixture's flagged lines");

    // NODE_TEST_CONTEXT would make the child report to this runner instead of printing TAP.
    const env = { ...process.env, ...(catalog ? { LLMSAFE_RULE_CATALOG: catalog } : {}) };
    delete env.NODE_TEST_CONTEXT;
    const meta = spawnSync(process.execPath, ["--test", "--test-reporter=tap", "test/meta.test.mjs"], { cwd: dir, encoding: "utf8", env });
    assert.equal(meta.status, 0, meta.stdout);
    assert.match(meta.stdout, /# pass [1-9]/);
    if (catalog) assert.match(meta.stdout, /# skipped 0/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
