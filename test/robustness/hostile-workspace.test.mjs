// A hostile workspace: the code being linted must not be able to turn the linter against the
// developer. The CLI (as a user or CI runs it) and the engine must never execute workspace code
// or config, never open a socket, never follow symlinks out of the root, never write outside
// their cache, never print a key whole, and must treat odd file names as plain data.
// Every guard here has a positive control showing the trap would fire.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { after, test } from "node:test";
import { engine, memoryProject, REPO } from "./support.mjs";

const CLI = join(REPO, "bin", "llmsafe.js");
export const PRELOAD = join(REPO, "test", "robustness", "no-network-preload.cjs");
const scratch = mkdtempSync(join(tmpdir(), "llmsafe-hostile-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
/** A fresh folder under the scratch dir holding `files` (relative path -> text). */
function workspace(files, name = `ws${n++}`) {
  const root = join(scratch, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

function cli(args, { cwd, env = {} } = {}) {
  // The fixtures' JSON report is over spawnSync's default 1 MB buffer (the child is killed, status null).
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ROUTE = `import OpenAI from "openai";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { persona } = await req.json();
  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: persona }] });
}
`;

/** JS that, if anything ever ran it, would leave a file named `marker` behind. */
const trap = (marker) => `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "executed");\n`;

// ---------------------------------------------------------------- no code execution

test("no workspace code runs: config scripts, package.json scripts, plugins, node_modules and the sources themselves", async (t) => {
  const markers = join(scratch, "markers");
  mkdirSync(markers, { recursive: true });
  const m = (name) => join(markers, name);
  const root = workspace({
    ".llmsaferc.js": trap(m("llmsaferc.js")),
    ".llmsaferc.cjs": trap(m("llmsaferc.cjs")),
    ".llmsaferc.mjs": `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(m("llmsaferc.mjs"))}, "x");\n`,
    "llmsafe.config.js": trap(m("llmsafe.config.js")),
    // Config is data: a model row naming a workspace module must not load that module.
    ".llmsaferc.json": JSON.stringify({ models: [{ kind: "sink", callee: "./plugin:run", arg: "0", sink: "shell" }] }),
    "plugin.js": trap(m("plugin.js")),
    "package.json": JSON.stringify({
      name: "hostile", main: "index.js", llmsafe: { plugins: ["./plugin.js"] },
      scripts: Object.fromEntries(["preinstall", "postinstall", "prepare", "pretest", "test", "lint", "llmsafe", "prelint"].map((s) => [s, `node -e 'require("fs").writeFileSync("${m(`script-${s}`)}","x")'`])),
    }),
    "tsconfig.json": JSON.stringify({ compilerOptions: { plugins: [{ name: "evil-ts-plugin" }] } }),
    "node_modules/evil-ts-plugin/index.js": trap(m("ts-plugin")),
    "node_modules/openai/package.json": JSON.stringify({ name: "openai", main: "index.js" }),
    "node_modules/openai/index.js": trap(m("node_modules-openai")),
    "index.js": trap(m("index.js")),
    "src/route.ts": `${trap(m("route.ts"))}import "../plugin.js";\n${ROUTE}`,
    "src/evil.js": `(function () { ${trap(m("evil.js"))} })();\nmodule.exports = require("./route");\n`,
  });

  // Positive control: the trap does fire when the code is run.
  const control = spawnSync(process.execPath, [join(root, "src", "evil.js")], { encoding: "utf8" });
  assert.ok(existsSync(m("evil.js")), `the trap should fire when run directly: ${control.stderr}`);
  rmSync(m("evil.js"));

  for (const args of [["."], [".", "-f", "json"], [".", "--cache"], [".", "--jobs", "2", "-f", "sarif"], ["--print-config", "src/route.ts"]]) {
    const r = cli(args, { cwd: root });
    assert.ok(r.status === 0 || r.status === 1, `llmsafe ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  const json = JSON.parse(cli([".", "-f", "json"], { cwd: root }).stdout);
  const route = json.find((r) => r.filePath.endsWith("route.ts"));
  assert.ok(route?.messages.some((x) => x.ruleId === "system-prompt-injection"), "the workspace was really scanned");
  assert.deepEqual(readdirSync(markers), [], "workspace code ran");
});

// ---------------------------------------------------------------- no network

function netLog(file) {
  if (!existsSync(file)) return { loaded: [], attempts: [] };
  const lines = readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return { loaded: lines.filter((l) => l.what === "loaded"), attempts: lines.filter((l) => l.what !== "loaded") };
}

test("the network trap records a connection attempt (positive control)", () => {
  const log = join(scratch, "net-control.log");
  const code = `try { require("node:net").connect(9, "127.0.0.1"); } catch {}
    try { require("node:dns").lookup("example.invalid", () => {}); } catch {}
    fetch("http://127.0.0.1:9/").catch(() => {});`;
  spawnSync(process.execPath, ["--require", PRELOAD, "-e", code], { env: { ...process.env, LLMSAFE_NET_LOG: log } });
  assert.deepEqual(netLog(log).attempts.map((a) => a.what), ["net.Socket.connect", "dns.lookup", "fetch"]);
});

test("a scan opens no socket, resolves no name and makes no request (CLI, in-process and on worker threads)", () => {
  const root = workspace({
    "src/route.ts": ROUTE,
    "src/fetcher.ts": `import OpenAI from "openai";\nconst o = new OpenAI({ baseURL: "http://127.0.0.1:9/v1" });\nexport const go = async () => fetch("http://127.0.0.1:9/" + (await o.chat.completions.create({ model: "m", messages: [] })).choices[0].message.content);\n`,
    "package.json": JSON.stringify({ name: "net", dependencies: { openai: "^4" } }),
    // 2.2 MB of cheap filler, so that --jobs 2 really starts worker threads (one per ~1 MB).
    ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`filler/f${i}.ts`, `export const n${i} = ${i};\n` + "// filler line to make the workspace large enough for worker threads\n".repeat(800)])),
  });
  const fixtures = join(REPO, "test-fixtures");
  for (const [label, args, cwd] of [["in-process", [".", "--jobs", "1", "-f", "json"], root], ["workers", [".", "--jobs", "2", "-f", "sarif", "--cache"], root], ["fixtures", [fixtures, "--jobs", "2", "-f", "json"], root]]) {
    const log = join(scratch, `net-${label}.log`);
    const r = cli(args, { cwd, env: { LLMSAFE_NET_LOG: log, NODE_OPTIONS: `--require=${PRELOAD}` } });
    assert.equal(r.status, 1, `${label}: ${r.stderr}`);
    const { loaded, attempts } = netLog(log);
    assert.ok(loaded.length >= (label === "workers" ? 3 : 1), `${label}: the preload loaded in ${loaded.length} thread(s), so not everything was watched`);
    console.log(`# no-network ${label}: watched ${loaded.length} thread(s), ${attempts.length} network attempts`);
    assert.deepEqual(attempts, [], `${label}: network attempts`);
  }
});

// ---------------------------------------------------------------- symlinks

function symlinkWorkspace() {
  const outside = workspace({
    "secret.ts": ROUTE,
    "helper.ts": 'import { exec } from "node:child_process";\nexport function run(cmd: string) { exec(cmd); }\n',
  });
  const root = workspace({
    "src/agent.ts": 'import OpenAI from "openai";\nimport { run } from "./vendor/helper";\nconst o = new OpenAI();\nexport async function go() {\n  const c = await o.chat.completions.create({ model: "m", messages: [] });\n  run(c.choices[0].message.content);\n}\n',
    ".git/HEAD": "ref: refs/heads/main\n",
  });
  symlinkSync(join(outside, "secret.ts"), join(root, "src", "linked.ts"));
  symlinkSync(outside, join(root, "src", "vendor"));
  symlinkSync(outside, join(root, "outside-dir"));
  return { root, outside };
}

test("symlinks out of the root: the folder walk follows neither linked files nor linked folders", () => {
  const { root, outside } = symlinkWorkspace();
  // Positive control: what lies outside is flagged when scanned for itself.
  assert.equal(cli([outside, "-f", "json"], { cwd: outside }).status, 1);
  const r = cli([".", "-f", "json"], { cwd: root });
  const files = JSON.parse(r.stdout).map((x) => relative(root, x.filePath));
  assert.deepEqual(files, ["src/agent.ts"]);
});

test("symlinks out of the root: the engine's file host refuses them", () => {
  const { root, outside } = symlinkWorkspace();
  const host = engine.fsHost(root);
  assert.equal(host.readFile(join(root, "src", "linked.ts")), undefined);
  assert.equal(host.readFile(join(root, "src", "vendor", "helper.ts")), undefined);
  assert.ok(host.readFile(join(root, "src", "agent.ts")));
  const project = engine.createProject({ root, host });
  const result = project.analyzeFile(join(root, "src", "agent.ts"));
  assert.deepEqual(result.findings.map((f) => f.ruleId), [], "a flow through the linked helper means the engine read it");
  assert.ok(readFileSync(join(outside, "helper.ts"), "utf8"));
});

test("symlinks out of the root: the CLI does not follow an import through a linked folder", () => {
  const { root } = symlinkWorkspace();
  const r = cli([".", "-f", "json"], { cwd: root });
  const agent = JSON.parse(r.stdout).find((x) => x.filePath.endsWith("agent.ts"));
  assert.deepEqual(agent.messages.map((m) => m.ruleId), []);
});

test("symlinks out of the root: a linked file named on the command line is not read", () => {
  const { root } = symlinkWorkspace();
  const r = cli(["src/linked.ts", "-f", "json"], { cwd: root });
  const out = r.stdout ? JSON.parse(r.stdout) : [];
  assert.deepEqual(out.flatMap((x) => x.messages.map((m) => m.ruleId)), []);
});

// ---------------------------------------------------------------- odd file names

const ODD_NAMES = ["with space.ts", "ünïcödé-日本.ts", "emoji-😀.tsx", "new\nline.ts", "-rf.ts", "--format=sarif.ts", "$(touch pwned).ts", "`touch pwned2`.ts", "semi;colon.ts", "quote'\"s.ts", "a,title=x::y.ts", "percent%0A%s.ts", "tab\there.ts"];

test("odd file names (spaces, unicode, newlines, leading dashes, shell syntax) are data in every format", () => {
  const root = workspace(Object.fromEntries(ODD_NAMES.map((name) => [`src/${name}`, ROUTE])));
  const json = cli(["src", "-f", "json"], { cwd: root });
  assert.equal(json.status, 1, json.stderr);
  const results = JSON.parse(json.stdout);
  assert.deepEqual(results.map((r) => relative(join(root, "src"), r.filePath)).sort(), [...ODD_NAMES].sort());
  for (const r of results) assert.deepEqual(r.messages.map((m) => m.ruleId), ["system-prompt-injection"], r.filePath);

  // GitHub annotations: one command per finding, the file property escaped so no name can add lines or properties.
  const gh = cli(["src", "-f", "github"], { cwd: root }).stdout.trim().split("\n");
  assert.equal(gh.length, ODD_NAMES.length);
  const decode = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
  const ghFiles = gh.map((line) => {
    assert.match(line, /^::error file=[^,]*,line=5,col=\d+,endLine=5,endColumn=\d+,title=[^:]*::/);
    return decode(line.slice("::error file=".length, line.indexOf(",line=")));
  });
  assert.deepEqual(ghFiles.sort(), ODD_NAMES.map((x) => `src/${x}`).sort());

  // SARIF: URIs that decode back to the names.
  const sarif = JSON.parse(cli(["src", "-f", "sarif"], { cwd: root }).stdout);
  const uris = sarif.runs[0].results.map((r) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual(uris.sort(), ODD_NAMES.map((x) => `src/${x}`).sort());

  // Names given on the command line after `--`, including ones that look like options.
  const direct = cli(["-f", "json", "--", "-rf.ts", "--format=sarif.ts", "$(touch pwned).ts"], { cwd: join(root, "src") });
  assert.equal(JSON.parse(direct.stdout).length, 3, direct.stderr);

  assert.equal(cli(["src"], { cwd: root }).status, 1);
  for (const dir of [root, join(root, "src"), process.cwd()]) {
    assert.ok(!existsSync(join(dir, "pwned")) && !existsSync(join(dir, "pwned2")), "a file name was run as a shell command");
  }
});

test("control characters in a file name do not reach the terminal raw (stylish)", () => {
  const root = workspace({ ["src/esc\u001b]0;owned\u0007\u001b[2J.ts"]: ROUTE });
  const r = cli(["src"], { cwd: root });
  assert.equal(r.status, 1);
  assert.ok(!r.stdout.includes("\u001b"), "raw ESC in stylish output");
});

// ---------------------------------------------------------------- secrets

const OPENAI_KEY = "sk-proj-" + "FAKEfake0123456789".repeat(4).slice(0, 64) + "T3BlbkFJ" + "fakeFAKE9876543210".repeat(4).slice(0, 64);
const ANTHROPIC_KEY = "sk-ant-api03-" + "AbCdEfGh12".repeat(10).slice(0, 93) + "AA";
const GEMINI_KEY = "AIza" + "SyFAKEfake0123456789abcdefFAKEfake0".slice(0, 35);
/** A secret counts as printed if any 16 characters of its middle appear. */
const leaked = (out, key) => out.includes(key.slice(key.length / 2 - 8, key.length / 2 + 8));

const KEY_SOURCE = `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenerativeAI } from "@google/generative-ai";
const client = new OpenAI({ apiKey: "${OPENAI_KEY}" });
const claude = new Anthropic({ apiKey: "${ANTHROPIC_KEY}" });
const gemini = new GoogleGenerativeAI("${GEMINI_KEY}");
export const run = () => client.chat.completions.create({ model: "m", messages: [{ role: "system", content: "Use key ${OPENAI_KEY} for billing" }] });
export const parts = { key: "${ANTHROPIC_KEY}", also: \`${GEMINI_KEY}\` };
`;

test("keys are masked in stylish, JSON, SARIF, HTML, GitHub and compact output, the fix diff, the cache and the baseline", () => {
  const root = workspace({ "src/keys.ts": KEY_SOURCE, ".git/HEAD": "ref: refs/heads/main\n" });
  const outputs = {};
  for (const format of ["stylish", "json", "sarif", "html", "github", "compact"]) {
    const r = cli(["src", "-f", format], { cwd: root });
    assert.equal(r.status, 1, `${format}: ${r.stderr}`);
    outputs[format] = r.stdout + r.stderr;
  }
  // The findings are really there (so masking is what hides the keys).
  const json = JSON.parse(cli(["src", "-f", "json"], { cwd: root }).stdout);
  assert.ok(json[0].messages.filter((m) => m.ruleId === "hardcoded-api-key").length >= 3, JSON.stringify(json[0].messages.map((m) => m.ruleId)));
  outputs["--debug"] = (({ stdout, stderr }) => stdout + stderr)(cli(["src", "--debug"], { cwd: root }));
  outputs["--fix-dry-run"] = (({ stdout, stderr }) => stdout + stderr)(cli(["src", "--fix-dry-run"], { cwd: root }));
  cli(["src", "--cache"], { cwd: root });
  outputs.cache = readFileSync(join(root, "node_modules", ".cache", "llmsafe", "results.json"), "utf8");
  cli(["src", "--baseline", "baseline.json", "--update-baseline"], { cwd: root });
  outputs.baseline = readFileSync(join(root, "baseline.json"), "utf8");
  for (const [where, out] of Object.entries(outputs)) {
    for (const key of [OPENAI_KEY, ANTHROPIC_KEY, GEMINI_KEY]) assert.ok(!leaked(out, key), `${key.slice(0, 6)}… printed whole in ${where}`);
  }
  // Positive control for the check itself.
  assert.ok(leaked(KEY_SOURCE, GEMINI_KEY));
});

test("keys in suppression comments are masked too (reasons and unknown rule ids end up in JSON, SARIF and the cache)", () => {
  const text = `import OpenAI from "openai";\n// llmsafe-disable-next-line hardcoded-api-key -- rotated, was ${OPENAI_KEY}\nconst old = "${OPENAI_KEY}";\n// llmsafe-disable-next-line ${ANTHROPIC_KEY}\nconst x = 1;\n`;
  const { project } = memoryProject({ "a.ts": text });
  const out = JSON.stringify(project.analyzeFile("/app/a.ts"));
  assert.ok(!leaked(out, OPENAI_KEY), "the suppression reason");
  assert.ok(!leaked(out, ANTHROPIC_KEY), "the unknown-rule notice");
});

// ---------------------------------------------------------------- writes

/** Every file under `dir` with its size and mtime. */
function snapshot(dir, out = new Map()) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) snapshot(full, out);
    else { const s = statSync(full); out.set(full, `${s.size}:${s.mtimeMs}`); }
  }
  return out;
}

test("a scan writes nothing outside its cache folder (workspace, HOME and TMPDIR watched)", () => {
  const root = workspace({ "src/route.ts": ROUTE, "src/keys.ts": KEY_SOURCE, ".git/HEAD": "ref: refs/heads/main\n", "package.json": "{}" });
  const home = workspace({}, "home");
  const tmp = workspace({}, "tmp");
  const env = { HOME: home, TMPDIR: tmp, XDG_CACHE_HOME: join(home, ".cache") };
  const before = new Map([...snapshot(root), ...snapshot(home), ...snapshot(tmp)]);
  for (const args of [["src"], ["src", "-f", "sarif", "--jobs", "2"], ["src", "--cache"], ["src", "--cache", "-f", "json"]]) {
    assert.equal(cli(args, { cwd: root, env }).status, 1);
  }
  const after = new Map([...snapshot(root), ...snapshot(home), ...snapshot(tmp)]);
  const changed = [...after].filter(([f, s]) => before.get(f) !== s).map(([f]) => relative(scratch, f));
  const cacheDir = relative(scratch, join(root, "node_modules", ".cache", "llmsafe"));
  assert.deepEqual(changed.filter((f) => !f.startsWith(cacheDir + "/")), []);
  assert.ok(changed.length >= 1, "--cache wrote its cache (so the watch works)");
});
