// The GitHub Action (action.yml + action/*.mjs), run the way a runner runs a composite action:
// action.yml is read, each `run:` step is executed by bash with its `env:` (expressions filled
// from the inputs) and the variables GitHub sets, on a real git repository checked out like a
// pull request's merge commit. Only the `uses:` step (setup-node) is not run; LLMSAFE_BIN points
// the build step at this repository's built CLI, since building the action's checkout needs the
// npm registry.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import yaml from "js-yaml";
import { annotation } from "../../action/annotations.mjs";
import { parseUnifiedDiff, resolveBase, unquoteGitPath } from "../../action/changed-lines.mjs";
import { splitArgs, splitPaths } from "../../action/run.mjs";
import { LISTED, mdText, summaryMarkdown } from "../../action/summary.mjs";
import { BIN, git, project, REPO, writeFiles } from "../cli/helpers.mjs";

const ACTION = yaml.load(readFileSync(join(REPO, "action.yml"), "utf8"));

/** `${{ ... }}` as the runner evaluates it, for the few expressions action.yml may use. */
function evaluate(text, ctx) {
  return String(text).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e) => {
    let m;
    if ((m = /^inputs\.([\w-]+)$/.exec(e))) {
      assert.ok(m[1] in ACTION.inputs, `action.yml uses an undeclared input ${m[1]}`);
      return ctx.inputs[m[1]] ?? String(ACTION.inputs[m[1]].default ?? "");
    }
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e))) return ctx.steps[m[1]]?.[m[2]] ?? "";
    if (e === "github.action_path") return REPO;
    throw new Error(`the test does not evaluate \${{ ${e} }}: teach evaluate() what GitHub makes of it`);
  });
}

/** $GITHUB_OUTPUT's two forms: name=value and name<<DELIMITER ... DELIMITER. */
function parseOutputs(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i].includes("=")) out[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
  }
  return out;
}

/** Runs the action's steps in `workspace` for an event; returns what a workflow would see. */
function runAction(workspace, { inputs = {}, event = null, eventName = "pull_request", baseRef = "main", env = {} } = {}) {
  const temp = mkdtempSync(join(tmpdir(), "llmsafe-action-runner-"));
  const eventPath = join(temp, "event.json");
  writeFileSync(eventPath, JSON.stringify(event ?? {}));
  const ctx = { inputs, steps: {} };
  const uses = [];
  let stdout = "";
  let summary = "";
  let status = 0;
  ACTION.runs.steps.forEach((step, n) => {
    if (status !== 0) return;
    if (step.uses) return void uses.push(step);
    const output = join(temp, `output-${n}`);
    const stepSummary = join(temp, `summary-${n}`);
    writeFileSync(output, "");
    writeFileSync(stepSummary, "");
    const script = join(temp, `step-${n}.sh`);
    writeFileSync(script, evaluate(step.run, ctx));
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, ctx)]));
    assert.equal(step.shell, "bash", "every run step names its shell (composite actions require it)");
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: workspace, encoding: "utf8", maxBuffer: 64 << 20,
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, CI: "true", GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: REPO, GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath,
        ...(baseRef ? { GITHUB_BASE_REF: baseRef } : {}),
        GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: stepSummary, RUNNER_TEMP: temp,
        LLMSAFE_BIN: BIN, ...env, ...stepEnv,
      },
    });
    stdout += r.stdout;
    summary += readFileSync(stepSummary, "utf8");
    status = r.status;
    if (step.id) ctx.steps[step.id] = parseOutputs(readFileSync(output, "utf8"));
    assert.equal(r.stderr, "", `step ${step.name ?? n} writes nothing to stderr`);
  });
  const outputs = Object.fromEntries(Object.entries(ACTION.outputs).map(([k, o]) => [k, evaluate(o.value, ctx)]));
  return { status, stdout, summary, outputs, uses, annotations: stdout.split("\n").filter((l) => /^::(error|warning|notice) file=/.test(l)) };
}

// A small Express + OpenAI app. The base already has one flagged route (line 11) and, in a file the
// pull request leaves alone, Gemini's filters switched off (a warning).
const CHAT_BASE = `import express from "express";
import OpenAI from "openai";
import { supportPrompt } from "./prompts";

const app = express();
const openai = new OpenAI();

app.post("/persona", async (req, res) => {
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: \`You are \${req.body.persona}.\` }],
  });
  res.json(r.choices[0].message);
});

app.post("/support", async (req, res) => {
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: supportPrompt(req.body.tone) }],
  });
  res.json(r.choices[0].message);
});
`;
// The pull request adds a route (its system message, line 27, is new) ...
const CHAT_HEAD = `${CHAT_BASE}
app.post("/greeting", async (req, res) => {
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: "Greet " + req.query.name }],
  });
  res.json(r.choices[0].message);
});
`;
// ... and makes the support prompt use its parameter: the flagged call (chat.ts:19) is unchanged,
// but its taint path runs through the changed line 2 here.
const PROMPTS_BASE = `export function supportPrompt(tone: string): string {
  return "You are a patient support agent.";
}
`;
const PROMPTS_HEAD = `export function supportPrompt(tone: string): string {
  return \`You are a \${tone} support agent.\`;
}
`;
const SAFETY_OFF = (name) => `import { GoogleGenAI, HarmBlockThreshold, HarmCategory } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function ${name}(prompt: string) {
  return ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: prompt,
    config: { safetySettings: [{ category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_NONE }] },
  });
}
`;

/**
 * main: the base commit. feature: one commit with the chat and prompt changes (errors), then one
 * that adds src/story.ts (a warning only). The workspace is checked out as GitHub checks out a
 * pull request: the merge of feature into main.
 */
function pullRequestRepo() {
  const root = project({ "src/chat.ts": CHAT_BASE, "src/prompts.ts": PROMPTS_BASE, "src/legacy.ts": SAFETY_OFF("legacy") }, { gitInit: true });
  const commit = (message) => {
    git(root, "add", ".");
    git(root, "commit", "-qm", message);
    return git(root, "rev-parse", "HEAD").trim();
  };
  const base = commit("base");
  git(root, "checkout", "-qb", "feature");
  writeFiles(root, { "src/chat.ts": CHAT_HEAD, "src/prompts.ts": PROMPTS_HEAD });
  const errorsCommit = commit("a greeting route; the support prompt uses its tone");
  writeFiles(root, { "src/story.ts": SAFETY_OFF("story") });
  const head = commit("stories");
  git(root, "checkout", "-q", "main");
  git(root, "merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature");
  const event = { pull_request: { number: 7, base: { ref: "main", sha: base }, head: { ref: "feature", sha: head } } };
  return { root, base, errorsCommit, head, event };
}

const at = (annotations) => annotations.map((a) => `${/^::(\w+)/.exec(a)[1]} ${/file=([^,]+)/.exec(a)[1]}:${/line=(\d+)/.exec(a)[1]} ${/title=llmsafe (\S+?)::/.exec(a)[1]}`).sort();

describe("GitHub Action", () => {
  const repo = pullRequestRepo();

  test("action.yml: a composite action on Node 20 whose outputs come from the llmsafe step", () => {
    assert.equal(ACTION.runs.using, "composite");
    const setup = ACTION.runs.steps.filter((s) => s.uses);
    assert.deepEqual(setup.map((s) => s.uses), ["actions/setup-node@v4"]);
    assert.equal(String(setup[0].with["node-version"]), "20");
    assert.deepEqual(Object.keys(ACTION.inputs).sort(), ["args", "base", "changed-only", "config", "fail-on", "paths", "sarif"]);
    assert.deepEqual(Object.keys(ACTION.outputs).sort(), ["findings", "sarif-file"]);
    // Composite actions get no INPUT_* variables of their own: each input is passed explicitly.
    const runStep = ACTION.runs.steps.find((s) => s.id === "llmsafe");
    for (const name of Object.keys(ACTION.inputs)) assert.equal(runStep.env[`INPUT_${name.replace(/-/g, "_").toUpperCase()}`], `\${{ inputs.${name} }}`);
  });

  test("the build step installs the runtime dependencies and esbuild from their lockfiles, then bundles the CLI", () => {
    // npm itself needs the registry: a stand-in on PATH records what it is asked. The bundling is real.
    const temp = mkdtempSync(join(tmpdir(), "llmsafe-action-build-"));
    mkdirSync(join(temp, "bin"));
    writeFileSync(join(temp, "bin", "npm"), '#!/bin/sh\necho "$PWD: $*" >> "$NPM_CALLS"\n');
    chmodSync(join(temp, "bin", "npm"), 0o755);
    const out = join(temp, "action-path");
    mkdirSync(join(out, "dist"), { recursive: true });
    symlinkSync(join(REPO, "node_modules"), join(out, "node_modules")); // typescript stays external, as in npm run build
    const r = runAction(repo.root, {
      event: repo.event,
      env: { LLMSAFE_BIN: "", PATH: `${join(temp, "bin")}:${process.env.PATH}`, NPM_CALLS: join(temp, "npm-calls"), LLMSAFE_BUNDLE_DIR: join(out, "dist") },
    });
    assert.deepEqual(readFileSync(join(temp, "npm-calls"), "utf8").trim().split("\n"), [
      `${REPO}: ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error`,
      `${REPO}: ci --prefix action/build --ignore-scripts --no-audit --no-fund --loglevel=error`,
    ]);
    assert.equal(r.status, 1, r.stdout);
    // The action's bundle is the CLI npm run build makes: the same report on the same code.
    const json = (bin) => {
      const x = spawnSync(process.execPath, [bin, ".", "-f", "json"], { cwd: repo.root, encoding: "utf8", maxBuffer: 64 << 20 });
      assert.equal(x.status, 1, x.stderr);
      return JSON.parse(x.stdout);
    };
    assert.deepEqual(json(join(out, "dist", "cli.js")), json(BIN));
  });

  test("the action's build tree is the repository's: esbuild and the bundled libraries at the same version and integrity in both lockfiles", () => {
    const ours = JSON.parse(readFileSync(join(REPO, "action", "build", "package-lock.json"), "utf8")).packages;
    const repoLock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")).packages;
    const entries = Object.keys(ours).filter((k) => k);
    assert.ok(entries.includes("node_modules/esbuild") && entries.includes("node_modules/@esbuild/linux-x64"), entries.join(", "));
    for (const k of entries) assert.deepEqual([ours[k].version, ours[k].integrity], [repoLock[k]?.version, repoLock[k]?.integrity], k);
    const pinned = JSON.parse(readFileSync(join(REPO, "action", "build", "package.json"), "utf8")).dependencies;
    assert.deepEqual(Object.keys(pinned).sort(), ["@typescript-eslint/typescript-estree", "@typescript-eslint/visitor-keys", "esbuild", "ignore", "picomatch", "typescript", "zod"]);
    for (const [name, version] of Object.entries(pinned)) assert.equal(version, repoLock[`node_modules/${name}`].version, name);
  });

  test("pull request: annotations only for findings the change touches, a summary table, outputs, the whole scan as SARIF", () => {
    const r = runAction(repo.root, { event: repo.event, inputs: { sarif: "reports/llmsafe.sarif" } });
    assert.equal(r.status, 1, `errors on changed lines fail the step (fail-on: warning by default)\n${r.stdout}`);
    assert.deepEqual(at(r.annotations), [
      "error src/chat.ts:19 system-prompt-injection", // unchanged call, its path runs through prompts.ts:2
      "error src/chat.ts:27 system-prompt-injection", // the new route
      "warning src/story.ts:9 disabled-safety-settings", // the new file
    ]);
    const support = r.annotations.find((a) => a.includes("line=19,"));
    assert.match(support, /path: src\/chat\.ts:19 request data `req\.body` read here → .*src\/prompts\.ts:2 interpolated into a template string/);
    assert.match(support, /%0Asurvey §6\.1\.1: https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS1\.SSS1$/);

    assert.deepEqual(r.outputs, { findings: "3", "sarif-file": join(repo.root, "reports/llmsafe.sarif") });
    // Code scanning gets the whole scan, or it would take the old findings for fixed.
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"], "utf8"));
    const lines = sarif.runs[0].results.map((x) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.locations[0].physicalLocation.region.startLine}`).sort();
    assert.deepEqual(lines, ["src/chat.ts:11", "src/chat.ts:19", "src/chat.ts:27", "src/legacy.ts:9", "src/story.ts:9"]);

    assert.match(r.summary, /\*\*3 findings\*\* \(2 errors, 1 warning\) on the lines changed since `[0-9a-f]{12}` \(the pull request's base commit\)\. 2 other findings .* are on lines this change does not touch \(all are in `reports\/llmsafe\.sarif`\)/);
    assert.ok(r.summary.includes(`\`${repo.base.slice(0, 12)}\``), "the base is the event's base commit");
    assert.match(r.summary, /^\| `system-prompt-injection` \| error \| 2 \| \[§6\.1\.1\]\(https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS1\.SSS1\) \|$/m);
    assert.match(r.summary, /^\| `disabled-safety-settings` \| warning \| 1 \| /m);
    assert.match(r.summary, /^- src\/chat\.ts:27 \*\*system-prompt-injection\*\* \(error\): Request data \\`req\.query\\`/m);
    // prompts.ts uses no LLM API but chat.ts imports it, so it is analysed in full, not key-scanned.
    assert.match(r.summary, /^understood: 5 LLM calls \\\(openai 3, gemini 2\\\), 0 tools, 3 request handlers$/m);
    assert.match(r.stdout, /^llmsafe: 3 findings on the changed lines \(2 elsewhere\); understood: /m);
  });

  test("a workspace reached through a symbolic link: annotations keep workspace-relative paths", () => {
    const link = join(mkdtempSync(join(tmpdir(), "llmsafe-action-link-")), "workspace");
    symlinkSync(repo.root, link);
    const r = runAction(link, { event: repo.event });
    assert.deepEqual(at(r.annotations), ["error src/chat.ts:19 system-prompt-injection", "error src/chat.ts:27 system-prompt-injection", "warning src/story.ts:9 disabled-safety-settings"]);
  });

  test("fail-on: the step fails only on reported findings at or above the threshold", () => {
    // Compared with the commit before the stories, the change is one warning.
    const warningOnly = { event: repo.event, inputs: { base: repo.errorsCommit } };
    const run = (inputs) => runAction(repo.root, { ...warningOnly, inputs: { ...warningOnly.inputs, ...inputs } });
    const byDefault = run({});
    assert.deepEqual(at(byDefault.annotations), ["warning src/story.ts:9 disabled-safety-settings"]);
    assert.equal(byDefault.status, 1, "warning fails at the default threshold, like the CLI");
    assert.equal(run({ "fail-on": "error" }).status, 0);
    assert.equal(run({ "fail-on": "never" }).status, 0);
    // The same finding as info (through args): a notice annotation; fails only at fail-on: info.
    const asInfo = run({ args: "--rule 'disabled-safety-settings:info'" });
    assert.deepEqual(at(asInfo.annotations), ["notice src/story.ts:9 disabled-safety-settings"]);
    assert.equal(asInfo.status, 0);
    assert.match(asInfo.summary, /^\| `disabled-safety-settings` \| info \| 1 \|/m);
    assert.equal(run({ args: "--rule disabled-safety-settings:info", "fail-on": "info" }).status, 1);
    const never = runAction(repo.root, { event: repo.event, inputs: { "fail-on": "never" } });
    assert.equal(never.status, 0);
    assert.equal(never.annotations.length, 3, "fail-on changes the exit code, not what is shown");
  });

  test("changed-only: false, and runs without a pull request, report every finding", () => {
    const all = ["error src/chat.ts:11 system-prompt-injection", "error src/chat.ts:19 system-prompt-injection", "error src/chat.ts:27 system-prompt-injection", "warning src/legacy.ts:9 disabled-safety-settings", "warning src/story.ts:9 disabled-safety-settings"];
    const off = runAction(repo.root, { event: repo.event, inputs: { "changed-only": "false" } });
    assert.deepEqual(at(off.annotations), all);
    assert.equal(off.outputs.findings, "5");
    assert.equal(off.outputs["sarif-file"], "", "no sarif input, no sarif-file output");
    assert.match(off.summary, /\*\*5 findings\*\* \(3 errors, 2 warnings\) in the scanned files\./);
    const push = runAction(repo.root, { eventName: "push", event: { ref: "refs/heads/main" }, baseRef: "" });
    assert.deepEqual(at(push.annotations), all);
  });

  test("no finding on the changed lines: a clean step, and the summary says what the silence rests on", () => {
    const r = runAction(repo.root, { event: repo.event, inputs: { base: "HEAD", paths: "src/chat.ts\nsrc/prompts.ts" } });
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(r.annotations, []);
    assert.equal(r.outputs.findings, "0");
    assert.match(r.summary, /^\*\*No findings\*\* on the lines changed since `[0-9a-f]{12}` \(the base input\)\. 3 other findings/m);
    assert.doesNotMatch(r.summary, /\| rule \|/);
    assert.match(r.summary, /^understood: 3 LLM calls \\\(openai 3\\\), 0 tools, 3 request handlers/m);
  });

  test("a base the clone does not have, or a bad input: the step fails with what to change", () => {
    const shallow = runAction(repo.root, { event: { pull_request: { base: { sha: "1".repeat(40) } } } });
    assert.equal(shallow.status, 2);
    assert.match(shallow.stdout, /^::error title=llmsafe::the base 1{40} is not in this clone\. Check out with `fetch-depth: 0`/m);
    assert.equal(shallow.summary, "");
    const bad = runAction(repo.root, { event: repo.event, inputs: { "fail-on": "sometimes" } });
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /^::error title=llmsafe::fail-on: expected one of info, warning, error, never, not "sometimes"$/m);
    const noBin = runAction(repo.root, { event: repo.event, env: { LLMSAFE_BIN: "missing/llmsafe.js" } });
    assert.equal(noBin.status, 2);
    assert.match(noBin.stdout, /::error title=llmsafe::llmsafe is not at .*missing\/llmsafe\.js \(LLMSAFE_BIN\)/);
    // llmsafe's own usage error (exit 2) fails the step; its message is shown, inert.
    const usage = runAction(repo.root, { event: repo.event, inputs: { args: "--rule nonsense:error" } });
    assert.equal(usage.status, 2);
    assert.match(usage.stdout, /^::stop-commands::[0-9a-f]{32}\nllmsafe: --rule "nonsense:error": unknown rule id/m);
    assert.match(usage.stdout, /^::error title=llmsafe::llmsafe exited with 2/m);
  });
});

describe("GitHub Action: parts", () => {
  test("git diff -U0 hunks give the new side's added lines; quoted paths are unquoted", () => {
    const diff = [
      "diff --git a/src/a.ts b/src/a.ts",
      "--- a/src/a.ts",
      "+++ b/src/a.ts",
      "@@ -3,0 +4,2 @@ function f() {",
      "+x",
      "+y",
      "@@ -10 +12 @@",
      "-old",
      "+new",
      "@@ -20,3 +21,0 @@",
      "-gone",
      'diff --git "a/src/q\\"uote \\303\\251.ts" "b/src/q\\"uote \\303\\251.ts"',
      "new file mode 100644",
      "--- /dev/null",
      '+++ "b/src/q\\"uote \\303\\251.ts"',
      "@@ -0,0 +1 @@",
      "+z",
      "diff --git a/gone.ts b/gone.ts",
      "--- a/gone.ts",
      "+++ /dev/null",
      "@@ -1 +0,0 @@",
      "-z",
    ].join("\n");
    const changed = parseUnifiedDiff(diff);
    assert.deepEqual([...changed.keys()], ["src/a.ts", 'src/q"uote é.ts']);
    assert.deepEqual([...changed.get("src/a.ts")].sort((a, b) => a - b), [4, 5, 12]);
    assert.deepEqual([...changed.get('src/q"uote é.ts')], [1]);
    assert.equal(unquoteGitPath("plain/path.ts"), "plain/path.ts");
    assert.equal(unquoteGitPath('"tab\\there"'), "tab\there");
  });

  test("the base: the input, else the event's base commit (pull request or merge queue), else origin/<base branch>, else none", () => {
    const dir = mkdtempSync(join(tmpdir(), "llmsafe-action-event-"));
    const eventFile = (payload) => {
      const p = join(dir, `${Math.random()}.json`);
      writeFileSync(p, JSON.stringify(payload));
      return p;
    };
    const pr = eventFile({ pull_request: { base: { sha: "a".repeat(40) } } });
    assert.deepEqual(resolveBase({ INPUT_BASE: " v1.2 ", GITHUB_EVENT_PATH: pr }), { ref: "v1.2", from: "the base input" });
    assert.deepEqual(resolveBase({ GITHUB_EVENT_PATH: pr, GITHUB_BASE_REF: "main" }), { ref: "a".repeat(40), from: "the pull request's base commit" });
    assert.deepEqual(resolveBase({ GITHUB_EVENT_PATH: eventFile({ merge_group: { base_sha: "b".repeat(40) } }) }), { ref: "b".repeat(40), from: "the merge queue's base commit" });
    assert.deepEqual(resolveBase({ GITHUB_EVENT_PATH: eventFile({}), GITHUB_BASE_REF: "release" }), { ref: "origin/release", from: "the pull request's base branch" });
    assert.equal(resolveBase({ GITHUB_EVENT_PATH: eventFile({ ref: "refs/heads/main" }) }), null);
    assert.throws(() => resolveBase({ GITHUB_EVENT_PATH: join(dir, "missing.json") }), /cannot read the event payload/);
  });

  test("args split like shell words, without a shell; paths one per line or by spaces", () => {
    assert.deepEqual(splitArgs(`--rule 'a:off' --baseline "my baseline.json" x\\ y $HOME`), ["--rule", "a:off", "--baseline", "my baseline.json", "x y", "$HOME"]);
    assert.deepEqual(splitArgs("  "), []);
    assert.throws(() => splitArgs("--config 'open"), /args: unterminated ' quote/);
    assert.deepEqual(splitPaths(""), ["."]);
    assert.deepEqual(splitPaths("src lib"), ["src", "lib"]);
    assert.deepEqual(splitPaths("src/my app\nlib\n"), ["src/my app", "lib"]);
  });

  test("the summary counts every finding in its table and lists the first ones, within GitHub's size limit", () => {
    const finding = (line, ruleId) => ({ kind: "finding", ruleId, severity: "error", message: "m", file: "/ws/a.ts", line, path: [], related: [] });
    const reported = Array.from({ length: LISTED + 5 }, (_, i) => finding(i + 1, i % 2 ? "llm-output-xss" : "system-prompt-injection"));
    const md = summaryMarkdown({ reported, elsewhere: 0, understood: "understood: 1 LLM call", scope: {}, workspace: "/ws", sarifFile: "out/llmsafe.sarif" });
    assert.match(md, /^\| `system-prompt-injection` \| error \| 103 \|/m);
    assert.match(md, /^\| `llm-output-xss` \| error \| 102 \|/m);
    assert.equal(md.split("\n").filter((l) => /^- a\.ts:\d+ \*\*/.test(l)).length, LISTED);
    assert.match(md, /^- \.\.\. and 5 more \(all are in `out\/llmsafe\.sarif`\)$/m);
  });

  test("text from the linted code cannot start a workflow command or add markdown", () => {
    const item = {
      kind: "finding", ruleId: "system-prompt-injection", severity: "error", message: "bad\n::set-output name=x::1 %0A", file: "/ws/a,b:c.ts",
      line: 3, column: 5, endLine: 3, endColumn: 9, path: [], related: [], surveySection: "6.1.1", surveyUrl: "https://arxiv.org/html/2504.15585v4#S6.SS1.SSS1",
    };
    const line = annotation(item, "/ws");
    assert.equal(line.split("\n").length, 1);
    assert.ok(line.startsWith("::error file=a%2Cb%3Ac.ts,line=3,col=5,endLine=3,endColumn=9,title=llmsafe system-prompt-injection::bad%0A::set-output name=x::1 %250A"), line);
    assert.equal(mdText("![x](https://t.example/p.png) <img src=x> `a` | b\nc"), "\\!\\[x\\]\\(https://t.example/p.png\\) \\<img src=x\\> \\`a\\` \\| b c");
  });
});
