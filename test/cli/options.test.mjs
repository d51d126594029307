// Exit codes, options and configuration errors, as a shell or CI sees them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { BIN, llmsafe, project, REPO, RENDER, CLEAN_RENDER, SAFETY_OFF, XSS_APP } from "./helpers.mjs";

// Every rule of the registry (the generated catalog), so a new rule needs no edit here.
const RULE_COUNT = JSON.parse(readFileSync(new URL("../../client/src/rule-catalog.json", import.meta.url), "utf8")).rules.length;

describe("exit codes", () => {
  test("0 for a clean project, 1 for findings, nothing on stderr", () => {
    const clean = project({ "app.ts": XSS_APP, "render.ts": CLEAN_RENDER });
    const r0 = llmsafe([], { cwd: clean });
    assert.equal(r0.code, 0, r0.stdout);
    assert.equal(r0.stderr, "");
    const dirty = project({ "app.ts": XSS_APP, "render.ts": RENDER });
    const r1 = llmsafe([], { cwd: dirty });
    assert.equal(r1.code, 1);
    assert.equal(r1.stderr, "");
    assert.match(r1.stdout, /llm-output-xss/);
  });

  test("warnings: 1 by default, 0 within --max-warnings, 1 past it; --quiet reports errors only", () => {
    const root = project({ "story.ts": SAFETY_OFF });
    assert.equal(llmsafe([], { cwd: root }).code, 1);
    assert.equal(llmsafe(["--max-warnings", "1"], { cwd: root }).code, 0);
    assert.equal(llmsafe(["--max-warnings", "0"], { cwd: root }).code, 1);
    const quiet = llmsafe(["--quiet"], { cwd: root });
    assert.equal(quiet.code, 0);
    assert.doesNotMatch(quiet.stdout, /disabled-safety-settings/);
  });

  test("--rule overrides a severity; --config and --no-config choose the configuration", () => {
    const root = project({
      "story.ts": SAFETY_OFF,
      ".llmsaferc.json": JSON.stringify({ rules: { "disabled-safety-settings": "off" } }),
      "strict.json": JSON.stringify({ rules: { "disabled-safety-settings": "error" } }),
    });
    assert.equal(llmsafe([], { cwd: root }).code, 0, "the nearest .llmsaferc.json turns the rule off");
    assert.equal(llmsafe(["--no-config"], { cwd: root }).code, 1);
    const strict = llmsafe(["--config", "strict.json", "-f", "json"], { cwd: root });
    assert.equal(JSON.parse(strict.stdout)[0].messages[0].severity, 2);
    const overridden = llmsafe(["--rule", "disabled-safety-settings:error", "-f", "json"], { cwd: root });
    assert.equal(JSON.parse(overridden.stdout)[0].messages[0].severity, 2);
  });

  test("bad arguments exit 2 with a clear message and no stack trace", () => {
    const cases = [
      [["--format", "xml"], /unknown format "xml"/],
      [["--bogus"], /Unknown option '--bogus'/],
      [["--max-warnings", "many"], /--max-warnings takes a whole number/],
      [["--jobs", "0"], /--jobs takes a whole number of at least 1/],
      [["--rule", "no-such-rule:error"], /unknown rule id "no-such-rule"/],
      [["--rule", "llm-output-xss"], /expected <rule-id>:<off\|info\|warning\|error>/],
      [["--ext", "py"], /--ext py: llmsafe reads/],
      [["does-not-exist/"], /no such file or directory: does-not-exist/],
      [["src/**/*.nothing.ts"], /no files match the pattern/],
      [["--update-baseline"], /--update-baseline needs --baseline/],
      [["--baseline", "missing.json"], /baseline file not found/],
      [["--config", "nope.json"], /config file not found: nope.json/],
    ];
    const root = project({ "a.ts": "export const a = 1;\n" });
    for (const [args, message] of cases) {
      const r = llmsafe(args, { cwd: root });
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(" "));
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
      assert.equal(r.stdout, "");
    }
  });

  test("a bad config file exits 2 naming the file and the key", () => {
    const root = project({ "a.ts": "export const a = 1;\n", ".llmsaferc.json": JSON.stringify({ rules: { "llm-output-xss": "loud" }, colour: true }) });
    const r = llmsafe([], { cwd: root });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid configuration/);
    assert.match(r.stderr, /\.llmsaferc\.json: rules\.llm-output-xss: /);
    assert.match(r.stderr, /colour: unknown key/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const broken = project({ "a.ts": "", ".llmsaferc.json": "{ rules: " });
    const b = llmsafe([], { cwd: broken });
    assert.equal(b.code, 2);
    assert.match(b.stderr, /not valid JSON/);
  });
});

describe("which files", () => {
  test(".gitignore, .llmsafeignore, node_modules, build output and minified files are skipped", () => {
    const root = project({
      "src/app.ts": XSS_APP, "src/render.ts": RENDER,
      "src/generated/render-copy.ts": RENDER.replace("render", "renderCopy") + XSS_APP.replace("./render", "../render"),
      "vendor/lib.ts": XSS_APP.replace("./render", "../src/render"),
      "node_modules/pkg/index.js": XSS_APP, "dist/app.js": XSS_APP, "public/app.min.js": XSS_APP,
      "public/bundle.js": `${"var a=1;".repeat(2000)}\n` + XSS_APP,
      ".gitignore": "vendor/\n", ".llmsafeignore": "src/generated/\n",
    });
    const r = llmsafe(["-f", "json"], { cwd: root });
    const files = JSON.parse(r.stdout).map((f) => f.filePath.slice(root.length + 1)).sort();
    assert.deepEqual(files, ["src/app.ts", "src/render.ts"]);
    // Cross-file flows still resolve into ignored files: the finding in app.ts comes from render.ts.
    assert.equal(r.code, 1);
  });

  test("--ext limits what folders yield; globs pick files", () => {
    const root = project({ "a.ts": XSS_APP, "render.ts": RENDER, "b.mjs": "export const b = 1;\n", "sub/c.js": "export const c = 1;\n" });
    const names = (args) => JSON.parse(llmsafe([...args, "-f", "json"], { cwd: root }).stdout).map((f) => f.filePath.slice(root.length + 1)).sort();
    assert.deepEqual(names(["--ext", "mjs,.js"]), ["b.mjs", "sub/c.js"]);
    assert.deepEqual(names(["sub/*.js"]), ["sub/c.js"]);
    assert.deepEqual(names(["*.ts"]), ["a.ts", "render.ts"]);
  });

  test("paths in two unrelated trees (a temporary file and a checkout) are linted together, under their common folder", () => {
    // Their common folder can be the filesystem root itself: the run used to loop for ever there.
    const tmp = project({ "app.ts": XSS_APP, "render.ts": RENDER });
    const fixture = join(REPO, "test-fixtures", "sdk", "ollama", "BrowserChat.tsx");
    const r = spawnSync(process.execPath, [BIN, "-f", "json", join(tmp, "app.ts"), fixture], { cwd: tmp, encoding: "utf8", timeout: 120_000 });
    assert.equal(r.signal, null, "the run ends");
    assert.equal(r.status, 1, r.stderr);
    const found = JSON.parse(r.stdout).map((f) => [f.filePath, f.messages.map((m) => m.ruleId)]);
    assert.deepEqual(found.map(([f]) => f).sort(), [fixture, join(tmp, "app.ts")].sort());
    assert.ok(found.every(([, ids]) => ids.length > 0), JSON.stringify(found));
  });
});

describe("commands", () => {
  test("--list-rules prints id, severity and survey section", () => {
    const r = llmsafe(["--list-rules"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^llm-output-xss +error +§6\.2\.6 .* https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS2\.SSS6$/m);
    assert.equal(r.stdout.trim().split("\n").length, RULE_COUNT + 1);
    const json = JSON.parse(llmsafe(["--list-rules", "-f", "json"]).stdout);
    assert.equal(json.length, RULE_COUNT);
    assert.ok(RULE_COUNT >= 16);
  });

  test("--print-config shows what applies to a file", () => {
    const root = project({ "src/a.ts": "", ".llmsaferc.json": JSON.stringify({ rules: { "llm-output-xss": "warn" }, ignore: ["src/gen/**"] }) });
    const r = llmsafe(["--print-config", "src/a.ts", "--rule", "secret-in-prompt:off"], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout);
    assert.equal(c.rules["llm-output-xss"], "warning");
    assert.equal(c.rules["secret-in-prompt"], "off");
    assert.equal(c.rules["system-prompt-injection"], "error");
    assert.equal(c.configFile, join(root, ".llmsaferc.json"));
    assert.equal(c.ignored, false);
    assert.equal(JSON.parse(llmsafe(["--print-config", "src/gen/x.ts"], { cwd: root }).stdout).ignored, true);
  });

  test("a monorepo's nested .llmsaferc.json applies to its package; a broken one is exit 2 naming the file and key", () => {
    const root = project({
      ".llmsaferc.json": JSON.stringify({ rules: { "llm-output-xss": "warn" } }),
      "packages/web/.llmsaferc.json": JSON.stringify({ rules: { "llm-output-xss": "error" }, ignore: ["legacy/**"] }),
      "packages/web/app.ts": XSS_APP, "packages/web/render.ts": RENDER,
      "packages/web/legacy/app.ts": XSS_APP, "packages/web/legacy/render.ts": RENDER,
      "packages/admin/app.ts": XSS_APP, "packages/admin/render.ts": RENDER,
    }, { gitInit: true });
    const r = llmsafe(["-f", "json"], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const found = Object.fromEntries(JSON.parse(r.stdout).filter((f) => f.messages.length).map((f) => [f.filePath.slice(root.length + 1), f.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
    assert.deepEqual(found, { "packages/admin/app.ts": ["llm-output-xss:1"], "packages/web/app.ts": ["llm-output-xss:2"] });
    const c = JSON.parse(llmsafe(["--print-config", "packages/web/app.ts"], { cwd: root }).stdout);
    assert.deepEqual(c.configFiles, [join(root, ".llmsaferc.json"), join(root, "packages/web/.llmsaferc.json")]);
    assert.equal(c.rules["llm-output-xss"], "error");
    assert.equal(JSON.parse(llmsafe(["--print-config", "packages/web/legacy/app.ts"], { cwd: root }).stdout).ignored, true);
    assert.equal(JSON.parse(llmsafe(["--print-config", "packages/admin/legacy/app.ts"], { cwd: root }).stdout).ignored, false);
    // --rule wins over every file; an explicit --config is the whole configuration.
    const forced = JSON.parse(llmsafe(["-f", "json", "--rule", "llm-output-xss:info", "packages"], { cwd: root }).stdout);
    assert.deepEqual(forced.flatMap((f) => f.messages.map((m) => m.severity)), [1, 1]);
    const explicit = JSON.parse(llmsafe(["-f", "json", "--config", ".llmsaferc.json"], { cwd: root }).stdout);
    assert.equal(explicit.flatMap((f) => f.messages).length, 3, "legacy/ is linted too under --config alone");
    // Run from inside a package: the top-level file is still the project's, the package's nests under it.
    // A folder: what applies to the files in it, its own nested file included.
    const dir = JSON.parse(llmsafe(["--print-config", "packages/web"], { cwd: root }).stdout);
    assert.deepEqual(dir.configFiles, [join(root, ".llmsaferc.json"), join(root, "packages/web/.llmsaferc.json")]);
    assert.equal(dir.rules["llm-output-xss"], "error");
    assert.equal(JSON.parse(llmsafe(["--print-config", "packages/web/legacy"], { cwd: root }).stdout).ignored, true);
    const inside = JSON.parse(llmsafe(["--print-config", "app.ts"], { cwd: join(root, "packages/web") }).stdout);
    assert.deepEqual(inside.configFiles, [join(root, ".llmsaferc.json"), join(root, "packages/web/.llmsaferc.json")]);
    const fromAdmin = JSON.parse(llmsafe(["-f", "json"], { cwd: join(root, "packages/admin") }).stdout);
    assert.deepEqual(fromAdmin.flatMap((f) => f.messages.map((m) => m.severity)), [1], "the top-level warning applies in packages/admin");
    // A broken file that applies to nothing linted does not stop the run.
    writeFileSync(join(root, "packages/admin/.llmsaferc.json"), "{ not json");
    assert.equal(llmsafe(["-f", "json", "packages/web"], { cwd: root }).code, 1);
    assert.equal(llmsafe(["-f", "json", "packages/admin"], { cwd: root }).code, 2);
    writeFileSync(join(root, "packages/admin/.llmsaferc.json"), "{}");
    // A package's models apply project-wide, also when only another package is linted (--staged, one folder).
    mkdirSync(join(root, "packages/tools"), { recursive: true });
    mkdirSync(join(root, "packages/app"), { recursive: true });
    writeFileSync(join(root, "packages/tools/.llmsaferc.json"), JSON.stringify({ models: [{ kind: "source", callee: "@acme/llm:askModel", taint: "model" }] }));
    writeFileSync(join(root, "packages/app/x.ts"), 'import { exec } from "node:child_process";\nimport { askModel } from "@acme/llm";\nexport async function go() {\n  exec(`ls ${await askModel()}`);\n}\n');
    const partial = JSON.parse(llmsafe(["-f", "json", "packages/app"], { cwd: root }).stdout);
    assert.deepEqual(partial.flatMap((f) => f.messages.map((m) => m.ruleId)), ["llm-output-command-injection"]);
    writeFileSync(join(root, "packages/web/.llmsaferc.json"), JSON.stringify({ rules: { "llm-output-xs": "off" } }));
    const bad = llmsafe([], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /packages\/web\/\.llmsaferc\.json: rules\.llm-output-xs: unknown rule id/);
  });

  test("init writes a valid starter config with a $schema and prints the hooks; refuses to overwrite", () => {
    const root = project({ "a.ts": "export const a = 1;\n" });
    const r = llmsafe(["init"], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const rc = JSON.parse(readFileSync(join(root, ".llmsaferc.json"), "utf8"));
    assert.match(rc.$schema, /schemas\/llmsaferc\.schema\.json$/);
    assert.ok(existsSync(join(root, rc.$schema)), "the $schema path points at the shipped schema");
    assert.equal(Object.keys(rc.rules).length, RULE_COUNT);
    assert.ok(!JSON.stringify(rc).includes("_comment"));
    assert.match(r.stdout, /pre-commit/);
    assert.match(r.stdout, /lint-staged/);
    assert.match(r.stdout, /llmsafe --staged/);
    assert.equal(llmsafe([], { cwd: root }).code, 0, "the starter config loads");
    const again = llmsafe(["init"], { cwd: root });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    writeFileSync(join(root, ".llmsaferc.json"), "{}");
    assert.equal(llmsafe(["init", "--force"], { cwd: root }).code, 0);
  });

  test("--help and --version exit 0", () => {
    assert.match(llmsafe(["--help"]).stdout, /Usage: llmsafe/);
    assert.match(llmsafe(["--version"]).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe("progress", () => {
  test("a progress line on stderr when it is a terminal, nothing when it is not", { skip: !existsSync("/usr/bin/script") && "needs script(1) for a terminal" }, async () => {
    const { spawnSync } = await import("node:child_process");
    const { BIN } = await import("./helpers.mjs");
    const root = project({ "app.ts": XSS_APP, "render.ts": RENDER, "story.ts": SAFETY_OFF });
    // script(1) gives the CLI a terminal; stdout goes to a file so only stderr reaches the terminal.
    const out = join(root, "report.txt");
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --jobs 1 > ${JSON.stringify(out)}`;
    const tty = spawnSync("script", ["-qec", cmd, "/dev/null"], { cwd: root, encoding: "utf8", env: { ...process.env, LLMSAFE_PROGRESS_DELAY_MS: "0" } });
    assert.match(tty.stdout, /llmsafe: analysing \d+\/3 files/);
    assert.match(tty.stdout, /\r\u001b\[K/, "the line is cleared at the end");
    assert.match(readFileSync(out, "utf8"), /llm-output-xss/);
    const piped = llmsafe(["--jobs", "1"], { cwd: root, env: { LLMSAFE_PROGRESS_DELAY_MS: "0" } });
    assert.equal(piped.stderr, "");
  });
});

describe("which folders are walked", () => {
  test("Remix's .server and .client folders are source and linted; other dot-folders are skipped", () => {
    const root = project({
      "app/lib/.server/llm/story.ts": SAFETY_OFF,
      "app/components/.client/story.ts": SAFETY_OFF,
      ".storybook/story.ts": SAFETY_OFF,
      "app/.cache/story.ts": SAFETY_OFF,
    });
    const r = llmsafe(["-f", "json"], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const files = JSON.parse(r.stdout).filter((f) => f.messages.length > 0).map((f) => f.filePath.slice(root.length + 1).split("\\").join("/")).sort();
    assert.deepEqual(files, ["app/components/.client/story.ts", "app/lib/.server/llm/story.ts"]);
  });
});
