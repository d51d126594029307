// Engine behaviour on strings: parse errors, suppressions, config, masking, limits, incremental updates.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { createProject, parseConfig, ConfigError, configJsonSchema, rules, defaultConfig } = require("../dist/engine.js");
const ruleIds = rules.map((r) => r.id);

/** A project over in-memory files. */
function project(files, config) {
  const map = new Map(Object.entries(files).map(([k, v]) => [`/app/${k}`, v]));
  const host = { readFile: (p) => map.get(p), fileExists: (p) => map.has(p) };
  const p = createProject({ root: "/app", host, config });
  return {
    p,
    map,
    run: (name) => p.analyzeFile(`/app/${name}`),
    ids: (name) => p.analyzeFile(`/app/${name}`).findings.filter((f) => !f.suppressed).map((f) => `${f.start.line}:${f.ruleId}`),
  };
}

const ROUTE = `import OpenAI from "openai";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { persona } = await req.json();
  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: persona }] });
}
`;

test("a file that does not parse gets one parse-error notice and the rest of the run goes on", () => {
  const { run } = project({ "bad.ts": "import OpenAI from 'openai';\nconst x = (;\n", "route.ts": ROUTE });
  const bad = run("bad.ts");
  assert.equal(bad.notices.length, 1);
  assert.equal(bad.notices[0].kind, "parse-error");
  assert.equal(bad.notices[0].start.line, 2);
  assert.equal(bad.analysed, false);
  assert.equal(run("route.ts").findings.length, 1);
});

test("positions are right with a BOM and CRLF line endings", () => {
  const text = "\uFEFF" + ROUTE.replace(/\n/g, "\r\n");
  const { run } = project({ "route.ts": text });
  const f = run("route.ts").findings[0];
  assert.equal(f.ruleId, "system-prompt-injection");
  assert.equal(f.start.line, 5);
  assert.equal(text.slice(f.range.start, f.range.end), "persona");
});

test("suppression comments: next-line and line silence one rule and keep the reason; findings stay visible for audits", () => {
  const text = ROUTE.replace("  return openai", "  // llmsafe-disable-next-line system-prompt-injection -- persona is picked from a fixed list upstream\n  return openai");
  const r = project({ "route.ts": text }).run("route.ts");
  assert.equal(r.findings.length, 1);
  assert.deepEqual(r.findings[0].suppressed, { kind: "next-line", reason: "persona is picked from a fixed list upstream" });
  assert.deepEqual(r.notices, []);
  const sameLine = ROUTE.replace('content: persona }] });', 'content: persona }] }); // llmsafe-disable-line system-prompt-injection -- reviewed');
  assert.equal(project({ "route.ts": sameLine }).run("route.ts").findings[0].suppressed?.kind, "line");
});

test("file-level suppression, unknown rule ids and unused suppressions", () => {
  const fileLevel = "/* llmsafe-disable system-prompt-injection */\n" + ROUTE;
  assert.deepEqual(project({ "a.ts": fileLevel }).ids("a.ts"), []);
  const unknown = ROUTE.replace("  return openai", "  // llmsafe-disable-next-line no-such-rule\n  return openai");
  const r = project({ "a.ts": unknown }).run("a.ts");
  assert.deepEqual(r.notices.map((n) => n.kind), ["unknown-rule"]);
  assert.equal(r.findings.filter((f) => !f.suppressed).length, 1);
  const unused = "// llmsafe-disable-next-line llm-output-xss -- old\nconst x = 1;\n";
  assert.deepEqual(project({ "b.ts": unused + ROUTE }).run("b.ts").notices.map((n) => n.kind), ["unused-suppression"]);
});

test("config: severities and off come from .llmsaferc.json", () => {
  const off = parseConfig(JSON.stringify({ rules: { "system-prompt-injection": "off" } }), "/app/.llmsaferc.json", ruleIds);
  assert.deepEqual(project({ "route.ts": ROUTE }, off).ids("route.ts"), []);
  const warn = parseConfig(JSON.stringify({ rules: { "system-prompt-injection": "warn" } }), "/app/.llmsaferc.json", ruleIds);
  assert.equal(project({ "route.ts": ROUTE }, warn).run("route.ts").findings[0].severity, "warning");
});

test("an invalid config names the bad key and its path", () => {
  const bad = (obj) => {
    try {
      parseConfig(typeof obj === "string" ? obj : JSON.stringify(obj), "/app/.llmsaferc.json", ruleIds);
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      return e.problems.map((p) => `${p.keyPath}: ${p.message}`);
    }
    assert.fail("expected a ConfigError");
  };
  assert.match(bad({ rules: { "no-such-rule": "error" } })[0], /^rules\.no-such-rule: unknown rule id/);
  assert.match(bad({ rules: { "llm-output-xss": "loud" } })[0], /^rules\.llm-output-xss: /);
  assert.match(bad({ ignore: "dist" })[0], /^ignore: /);
  assert.match(bad({ models: [{ kind: "sink", callee: "x:y", arg: "zero", sink: "shell" }] })[0], /^models\[0\]\.arg: /);
  assert.match(bad({ colour: "red" })[0], /^colour: unknown key/);
  assert.match(bad("{ rules: ")[0], /not valid JSON/);
});

test("the JSON Schema for editors lists every rule id", () => {
  const schema = configJsonSchema(ruleIds);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...ruleIds].sort());
  assert.ok(schema.properties.models);
});

test("user models in config: a team's own helper as a source and a sink", () => {
  const cfg = parseConfig(JSON.stringify({
    models: [
      { kind: "source", callee: "@acme/llm:askModel", taint: "model" },
      { kind: "sink", callee: "@acme/ops:runScript", arg: "0", sink: "shell" },
    ],
  }), "/app/.llmsaferc.json", ruleIds);
  const text = `import { askModel } from "@acme/llm";\nimport { runScript } from "@acme/ops";\nexport async function go() {\n  const plan = await askModel("x");\n  runScript(plan);\n}\n`;
  assert.deepEqual(project({ "ops.ts": text }, cfg).ids("ops.ts"), ["5:llm-output-command-injection"]);
  assert.deepEqual(project({ "ops.ts": text }).ids("ops.ts"), []);
});

test("user models in config: a handler row's senderFields taints only the fields it names", () => {
  const cfg = parseConfig(JSON.stringify({
    models: [{ kind: "handler", callee: "@acme/chat:Bot().onMessage", handler: "last", params: ["untrusted"], senderFields: { 0: ["text", "author.name"] } }],
  }), "/app/.llmsaferc.json", ruleIds);
  const text = [
    `import { Bot } from "@acme/chat";`,
    `import OpenAI from "openai";`,
    `const openai = new OpenAI();`,
    `new Bot().onMessage(async (ev) => {`,
    `  await openai.responses.create({ model: "m", instructions: \`Reply to \${ev.author.name}\`, input: ev.text });`,
    `  await openai.responses.create({ model: "m", instructions: \`You are \${ev.author.id} in \${ev.self.name}\`, input: "hi" });`,
    `  await openai.responses.create({ model: "m", instructions: ev.text, input: "hi" });`,
    `});`,
  ].join("\n");
  const withRow = project({ "bot.ts": text }, cfg);
  assert.deepEqual(withRow.ids("bot.ts"), ["5:system-prompt-injection", "7:system-prompt-injection"]);
  // "understood" counts the registration as a request handler.
  assert.equal(withRow.run("bot.ts").understood.handlers.length, 1);
  // Without the row the package is unknown: nothing enters.
  assert.deepEqual(project({ "bot.ts": text }).ids("bot.ts"), []);
  const bad = () => parseConfig(JSON.stringify({ models: [{ kind: "handler", callee: "a:b", handler: "0", params: ["untrusted"], senderFields: { first: ["text"] } }] }), "/app/.llmsaferc.json", ruleIds);
  assert.throws(bad, (e) => e instanceof ConfigError && e.problems.some((p) => p.keyPath.startsWith("models[0].senderFields")));
});

test("secrets are never printed whole, in messages or paths", () => {
  const key = "sk-proj-" + "FAKEfake0123456789".repeat(4).slice(0, 64) + "T3BlbkFJ" + "fakeFAKE9876543210".repeat(4).slice(0, 64);
  const text = `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const run = () => client.chat.completions.create({ model: "m", messages: [{ role: "system", content: "key: ${key}" }] });\n`;
  const r = project({ "k.ts": text }).run("k.ts");
  assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ["hardcoded-api-key", "secret-in-prompt"]);
  const everything = JSON.stringify(r);
  assert.ok(!everything.includes(key), "the full key appears in the results");
  assert.ok(!everything.includes(key.slice(8, 40)), "most of the key appears in the results");
});

test("binary and oversized files are skipped with a reason", () => {
  const cfg = { ...defaultConfig(), maxFileSize: 100 };
  const { run } = project({ "big.ts": "// " + "x".repeat(200) + "\n", "bin.js": "\u0000\u0001openai\u0000" }, cfg);
  assert.match(run("big.ts").notices[0].message, /over the 100-byte limit/);
  assert.match(run("bin.js").notices[0].message, /binary/);
});

test("cross-file: a helper that builds the system prompt is reported at the call site, with the path", () => {
  const { run } = project({
    "lib/prompts.ts": "export function buildSystemPrompt(p: string) { return `You are ${p}. Be brief.`; }\n",
    "route.ts": `import OpenAI from "openai";\nimport { buildSystemPrompt } from "./lib/prompts";\nconst o = new OpenAI();\nexport async function POST(req: Request) {\n  const b = await req.json();\n  return o.chat.completions.create({ model: "m", messages: [{ role: "system", content: buildSystemPrompt(b.persona) }] });\n}\n`,
  });
  const f = run("route.ts").findings;
  assert.equal(f.length, 1);
  assert.equal(f[0].start.line, 6);
  assert.ok(f[0].path.some((s) => s.file === "/app/lib/prompts.ts"), "the path enters the helper's file");
  assert.deepEqual(run("lib/prompts.ts").findings, []);
});

test("incremental: editing a helper re-analyses its importers only when its exports change", () => {
  const { p, map, ids } = project({
    "lib/run.ts": 'import { exec } from "node:child_process";\nexport function run(cmd: string) { exec(cmd); }\n',
    "agent.ts": 'import OpenAI from "openai";\nimport { run } from "./lib/run";\nconst o = new OpenAI();\nexport async function go() {\n  const c = await o.chat.completions.create({ model: "m", messages: [] });\n  run(c.choices[0].message.content);\n}\n',
  });
  assert.deepEqual(ids("agent.ts"), ["6:llm-output-command-injection"]);
  // A comment edit keeps the export summary: only the helper itself is affected.
  const same = "// comment\n" + map.get("/app/lib/run.ts");
  map.set("/app/lib/run.ts", same);
  let affected = p.update("/app/lib/run.ts", same);
  // ranges moved, so the summary fingerprint changes and the importer is re-analysed
  assert.ok(affected.includes("/app/lib/run.ts"));
  // Making the helper safe changes its summary: the importer's finding goes away.
  const safe = 'import { execFile } from "node:child_process";\nexport function run(cmd: string) { execFile("echo", [cmd]); }\n';
  map.set("/app/lib/run.ts", safe);
  affected = p.update("/app/lib/run.ts", safe);
  assert.ok(affected.includes("/app/agent.ts"), "the importer is re-analysed");
  assert.deepEqual(ids("agent.ts"), []);
});

test("no input makes the engine throw", () => {
  const nasty = ["", "\u0000", "((((((((((", "`${".repeat(500), "<div>".repeat(300), "a".repeat(100000), "x = " + "[".repeat(3000) + "]".repeat(3000), "\uD800\uDC00\uD800"];
  for (const [i, text] of nasty.entries()) {
    const { run } = project({ [`n${i}.tsx`]: 'import OpenAI from "openai";\n' + text });
    assert.doesNotThrow(() => run(`n${i}.tsx`));
  }
});

test("incremental re-parse gives the same findings as a fresh analysis, edit after edit", () => {
  const base = Array.from({ length: 30 }, (_, i) => `
export async function h${i}(req: Request) {
  const body = await req.json();
  const res = await client.chat.completions.create({ model: "m", messages: [{ role: "${i % 3 ? "user" : "system"}", content: body.q }] });
  ${i % 4 ? "console.log" : "exec"}(res.choices[0].message.content ?? "");
}`).join("\n");
  let text = `import OpenAI from "openai";\nimport { exec } from "node:child_process";\nconst client = new OpenAI();\n${base}\n`;
  const { p, map } = project({ "big.ts": text });
  const key = (r) => r.findings.map((f) => `${f.range.start}-${f.range.end}:${f.ruleId}`).join(",");
  p.analyzeFile("/app/big.ts");
  const edits = [
    (t) => t.replace("const body = await req.json();", "const body = await req.json();\n  const extra = 1;"),
    (t) => t.replace('role: "user", content: body.q', 'role: "system", content: body.q'),
    (t) => t.replace("console.log(res", "exec(res"),
    (t) => t + "\nexport const later = () => exec(String(Date.now()));\n",
    (t) => t.replace("export async function h5", "// a comment\nexport async function h5"),
    (t) => t.replace("const client", "const client2 = 1;\nconst client"),
    (t) => t.replace("{ role", "{ broken"),
    (t) => t.replace("{ broken", "{ role"),
  ];
  for (const edit of edits) {
    text = edit(text);
    map.set("/app/big.ts", text);
    p.update("/app/big.ts", text);
    const incremental = p.analyzeFile("/app/big.ts");
    const fresh = project({ "big.ts": text }).run("big.ts");
    assert.equal(key(incremental), key(fresh));
    assert.deepEqual(incremental.notices.map((n) => n.kind), fresh.notices.map((n) => n.kind));
  }
});

test("model lookup, indexed by last segment, returns exactly what a scan of every pattern returns, in model order", () => {
  const { ModelIndex, patternMatches, builtinModels } = require("../dist/engine.js");
  const extra = { name: "configuration", rows: [
    { kind: "sink", callee: ["?:*.{where,order}Raw", "db:*Raw", "x.{a,b.c}", "svc:Client().{send,post}*"], arg: "0", sink: "sql" },
    { kind: "source", callee: "global:OpenAI()", taint: "model" },
  ] };
  const models = [...builtinModels, extra];
  const index = new ModelIndex(models);
  // `shape` rows match by what a call is given and are looked up apart (findShapes, tested below).
  const rows = models.flatMap((m) => m.rows.filter((row) => row.kind !== "shape").flatMap((row) => (Array.isArray(row.callee) ? row.callee : [row.callee]).map((c) => ({ c, row }))));
  // References that match each pattern (wildcards filled in) and near misses around them.
  const expand = (p) => {
    const m = /\{([^{}]*)\}/.exec(p);
    if (m) return m[1].split(",").flatMap((alt) => expand(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
    return [p.replace(/\*\*/g, "a.b").replace(/\*/g, "q")];
  };
  const refs = new Set();
  for (const { c } of rows) for (const r of expand(c)) for (const v of [r, `${r}()`, `${r}x`, `${r}.then`, r.replace(/[\w$]+$/, "other"), `?:${r.split(":").pop()}`]) refs.add(v);
  assert.ok(refs.size > 500, `${refs.size} references`);
  let matched = 0;
  for (const ref of refs) {
    const want = [];
    for (const { c, row } of rows) if (patternMatches(c, ref) && !want.includes(row)) want.push(row);
    const got = index.lookup(ref);
    assert.deepEqual(got, want, ref);
    if (want.length) matched++;
  }
  assert.ok(matched > 300, `${matched} references matched something`);
});

test("shape rows are found by their callee patterns minus `unless`, and never by lookup", () => {
  const { ModelIndex, builtinModels } = require("../dist/engine.js");
  const index = new ModelIndex(builtinModels);
  const providers = (ref) => index.findShapes(ref).map((r) => r.at.join("|"));
  assert.deepEqual(providers("@acme/llm:AcmeClient().complete"), ["0|1"]);
  assert.deepEqual(providers("global:fetch"), ["1.body|1.json"]);
  assert.deepEqual(providers("axios:post"), ["1"]);
  // Globals, logging and storage calls are never LLM calls by shape.
  for (const ref of ["global:console.log", "global:JSON.stringify", "?:logger.info", "@acme/observability:logger.info", "?:db.insert", "axios:get"]) assert.deepEqual(providers(ref), [], ref);
  assert.ok(index.lookup("@acme/llm:AcmeClient().complete").every((r) => r.kind !== "shape"));
});

test("nested .llmsaferc.json: rules, ignores and limits apply to their folder, models to the whole project, a broken one is left out", () => {
  const { loadScopedConfigs, withRuleOverrides } = require("../dist/engine.js");
  const top = parseConfig(JSON.stringify({ rules: { "system-prompt-injection": "warning" } }), "/app/.llmsaferc.json", ruleIds);
  const files = {
    "/app/packages/a/.llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "off" }, ignore: ["gen/**"] }),
    "/app/packages/b/.llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "error" }, models: [{ kind: "sink", callee: "@acme/ops:runScript", arg: "0", sink: "shell" }] }),
    "/app/packages/b/deep/.llmsaferc.json": JSON.stringify({ maxFileSize: 10 }),
    "/app/packages/broken/.llmsaferc.json": JSON.stringify({ rules: { "no-such-rule": "off" } }),
    // Above the project's configuration: the nearer one won, this one does not apply.
    "/.llmsaferc.json": JSON.stringify({ rules: { "system-prompt-injection": "off" } }),
  };
  const { config, errors } = loadScopedConfigs(top, Object.keys(files), ruleIds, (p) => files[p]);
  assert.deepEqual(errors.map((e) => [e.path, e.problems.map((p) => p.keyPath)]), [["/app/packages/broken/.llmsaferc.json", ["rules.no-such-rule"]]]);
  assert.deepEqual(config.scoped.map((s) => s.dir), ["/app/packages/a", "/app/packages/b", "/app/packages/b/deep"]);
  const OPS = `import { askModel } from "openai-wrapper";\nimport { runScript } from "@acme/ops";\nimport OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function go() {\n  const r = await openai.chat.completions.create({ model: "m", messages: [] });\n  runScript(r.choices[0].message.content);\n}\n`;
  const pr = project({
    "packages/a/route.ts": ROUTE, "packages/a/gen/route.ts": ROUTE, "packages/b/route.ts": ROUTE,
    "packages/b/deep/route.ts": ROUTE, "packages/c/route.ts": ROUTE, "packages/c/ops.ts": OPS,
  }, config);
  const sev = (name) => pr.run(name).findings.filter((f) => f.ruleId === "system-prompt-injection").map((f) => f.severity);
  assert.deepEqual(sev("packages/a/route.ts"), [], "off in packages/a");
  assert.ok(pr.p.isIgnored("/app/packages/a/gen/route.ts"), "packages/a ignores its gen/ folder");
  assert.ok(!pr.p.isIgnored("/app/packages/c/gen/route.ts"), "only its own gen/ folder");
  assert.deepEqual(sev("packages/b/route.ts"), ["error"], "error in packages/b");
  assert.deepEqual(sev("packages/c/route.ts"), ["warning"], "the project's setting elsewhere");
  assert.match(pr.run("packages/b/deep/route.ts").notices.map((n) => n.message).join(), /over the 10-byte limit/, "the deepest limit wins");
  assert.deepEqual(pr.ids("packages/c/ops.ts"), ["7:llm-output-command-injection"], "packages/b's model applies in packages/c");
  // Editor settings and --rule win over every file.
  const forced = project({ "packages/a/route.ts": ROUTE }, withRuleOverrides(config, { "system-prompt-injection": "info" }));
  assert.deepEqual(forced.run("packages/a/route.ts").findings.map((f) => f.severity), ["info"]);
});

test("exec -> execFile rewrite: offered for a command template with a fixed program, adds the import, and the result is clean", () => {
  const APP = (call) => `import { exec } from "node:child_process";\nimport OpenAI from "openai";\nconst o = new OpenAI();\nexport async function go() {\n  const c = await o.chat.completions.create({ model: "m", messages: [] });\n  const who = c.choices[0].message.content;\n  ${call}\n}\n`;
  const apply = (text, edits) => [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.text + t.slice(e.range.end), text);
  const rewrite = (call) => {
    const pr = project({ "app.ts": APP(call) });
    const f = pr.run("app.ts").findings.find((x) => x.ruleId === "llm-output-command-injection");
    assert.ok(f, `flagged: ${call}`);
    const fix = f.fixes.find((x) => /execFile/.test(x.title));
    return fix && { fix, text: apply(APP(call), fix.edits) };
  };
  const r = rewrite("exec(`git log --author=${who} -n 5`, (err, out) => console.log(out));");
  assert.equal(r.fix.suggestion, true, "it changes behaviour: never applied by fix-all");
  assert.match(r.text, /^import \{ exec, execFile \} from "node:child_process";$/m);
  assert.match(r.text, /^  execFile\("git", \["log", `--author=\$\{who\}`, "-n", "5"\], \(err, out\) => console\.log\(out\)\);$/m);
  const after = project({ "app.ts": r.text });
  assert.deepEqual(after.ids("app.ts"), [], "no shell, fixed program: clean");
  assert.match(rewrite("exec(`ls ${who}`);").text, /execFile\("ls", \[String\(who\)\]\);/);
  // No rewrite where it could not keep the program fixed or the words the same.
  assert.equal(rewrite("exec(who);"), undefined, "the model picks the program");
  assert.equal(rewrite("exec(`${who} --version`);"), undefined, "the model picks the program");
  assert.equal(rewrite("exec(`git log | grep ${who}`);"), undefined, "a pipe needs the shell");
  assert.equal(rewrite("exec(`git commit -m \"${who}\"`);"), undefined, "quotes need the shell");
  assert.equal(rewrite("exec(`bash -c ${who}`);"), undefined, "a shell as the program still runs the text");
  assert.equal(rewrite("exec(`node -e ${who}`);"), undefined, "so does an interpreter");
  const withCall = (imports, call) => {
    const text = APP(call).replace('import { exec } from "node:child_process";', imports);
    const f = project({ "app.ts": text }).run("app.ts").findings.find((x) => x.ruleId === "llm-output-command-injection");
    assert.ok(f, `flagged: ${imports} ${call}`);
    return f.fixes.find((x) => /execFile/.test(x.title));
  };
  // execFile imported under another name: the rewrite imports it under its own.
  const aliased = withCall('import { exec, execFile as ef } from "node:child_process";', "exec(`git log ${who}`);");
  assert.match(apply('import { exec, execFile as ef } from "node:child_process";', aliased.edits.filter((e) => e.range.start < 60)), /execFile as ef, execFile \}/);
  // A promisified exec resolves to { stdout }; execFile with a callback signature would not: no rewrite.
  assert.equal(withCall('import { exec as execCb } from "node:child_process";\nimport { promisify } from "node:util";\nconst exec = promisify(execCb);', "exec(`git log ${who}`);"), undefined);
  // A namespace import: cp.exec -> cp.execFile, no import edit.
  const ns = withCall('import * as cp from "node:child_process";', "cp.exec(`git log ${who}`);");
  assert.deepEqual(ns.edits.map((e) => e.text), ['cp.execFile("git", ["log", String(who)])']);
});

test("exec -> execFile rewrite: refused where the fixed program still runs the model's text, or execFile means something else at the call", () => {
  const file = ({ imports = 'import { exec } from "node:child_process";', before = "", params = "", call }) =>
    `${imports}\nimport OpenAI from "openai";\nconst o = new OpenAI();\n${before}\nexport async function go(${params}) {\n  const c = await o.chat.completions.create({ model: "m", messages: [] });\n  const who = c.choices[0].message.content;\n  ${call}\n}\n`;
  const fixFor = (parts) => {
    const text = file(parts);
    const f = project({ "app.ts": text }).run("app.ts").findings.find((x) => x.ruleId === "llm-output-command-injection");
    assert.ok(f, `flagged: ${text}`);
    const fix = f.fixes.find((x) => /execFile/.test(x.title));
    return fix && { fix, text: [...fix.edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.text + t.slice(e.range.end), text) };
  };
  // Programs that run their arguments as code or as a command, whatever their path or version suffix.
  for (const cmd of [
    "python3.12 -c ${who}", "/usr/bin/python3 -c ${who}", "node18 -e ${who}", "perl5.36 -e ${who}", "ruby3.2 -e ${who}", "php8.2 -r ${who}",
    "busybox sh -c ${who}", "gawk ${who}", "mawk ${who}", "nawk ${who}",
    "npm exec ${who}", "npx ${who}", "pnpm dlx ${who}", "yarn dlx ${who}", "npm install ${who}",
    "env ${who}", "xargs ${who}", "sudo ${who}", "doas ${who}", "timeout 5 ${who}", "nice -n 10 ${who}",
    // An option that runs a command, with the model writing its value or able to write the option itself.
    "git -c ${who} log", "git -c core.sshCommand=${who} fetch", "git ${who} --version", "git clone ${who}", "git grep ${who}",
    "tar xf ${who}", "rsync -a ${who} /backup",
  ]) assert.equal(fixFor({ call: "exec(`" + cmd + "`);" }), undefined, cmd);
  // Still offered: the model's words are operands, or the option's value is the program's own.
  for (const [cmd, rewritten] of [
    ["git log ${who}", 'execFile("git", ["log", String(who)]);'],
    ["git -c color.ui=false log ${who}", 'execFile("git", ["-c", "color.ui=false", "log", String(who)]);'],
    ["git -C /srv/repo show ${who}", 'execFile("git", ["-C", "/srv/repo", "show", String(who)]);'],
    ["tar -czf out.tgz -- ${who}", 'execFile("tar", ["-czf", "out.tgz", "--", String(who)]);'],
    ["grep -n ${who} notes.txt", 'execFile("grep", ["-n", String(who), "notes.txt"]);'],
  ]) {
    const r = fixFor({ call: "exec(`" + cmd + "`);" });
    assert.ok(r, `offered: ${cmd}`);
    assert.ok(r.text.includes(rewritten), `${cmd} -> ${r.text}`);
  }
  // execFile already names something else where the call is: no rewrite.
  assert.equal(fixFor({ imports: 'import { exec } from "node:child_process";\nimport execFile from "./mine";', call: "exec(`ls ${who}`);" }), undefined, "default import from another module");
  assert.equal(fixFor({ imports: 'import { exec } from "node:child_process";\nimport { run as execFile } from "./mine";', call: "exec(`ls ${who}`);" }), undefined, "aliased import from another module");
  assert.equal(fixFor({ before: "class execFile {}", call: "exec(`ls ${who}`);" }), undefined, "a class");
  assert.equal(fixFor({ params: "execFile: (f: string) => void", call: "exec(`ls ${who}`);" }), undefined, "a parameter of the enclosing function");
  assert.equal(fixFor({ call: "const run = (execFile) => { exec(`ls ${who}`); };" }), undefined, "a parameter of an enclosing arrow");
  assert.equal(fixFor({ call: "{ const execFile = 1; exec(`ls ${who}`); }" }), undefined, "a block-scoped const");
  assert.equal(fixFor({ call: "if (who) { var execFile = null; }\n  exec(`ls ${who}`);" }), undefined, "a hoisted var");
  assert.equal(fixFor({ before: "export function execFile() {}", call: "exec(`ls ${who}`);" }), undefined, "an exported function");
  // A binding of the name elsewhere, not in scope at the call, does not clash: the import is added.
  const elsewhere = fixFor({ before: "function other(execFile: unknown) { return execFile; }", call: "exec(`ls ${who}`);" });
  assert.ok(elsewhere, "offered: execFile is only another function's parameter");
  assert.match(elsewhere.text, /^import \{ exec, execFile \} from "node:child_process";$/m);
  // Already imported from child_process: no import edit.
  const both = fixFor({ imports: 'import { exec, execFile } from "node:child_process";', call: "exec(`ls ${who}`);" });
  assert.ok(both);
  assert.equal(both.fix.edits.length, 1);
  // CommonJS: the destructured require is extended; a required namespace is rewritten in place.
  const cjs = fixFor({ imports: 'const { exec } = require("node:child_process");', call: "exec(`ls ${who}`);" });
  assert.match(cjs.text, /^const \{ exec, execFile \} = require\("node:child_process"\);$/m);
  const cjsNs = fixFor({ imports: 'const cp = require("child_process");', call: "cp.exec(`ls ${who}`);" });
  assert.match(cjsNs.text, /cp\.execFile\("ls", \[String\(who\)\]\);/);
});

test("relevance prefilter: what makes a file need the full analysis", () => {
  const { relevancePattern, mentionsLlmApi, valueImports, builtinModels } = require("../dist/engine.js");
  const re = relevancePattern(builtinModels, []);
  const relevant = (text) => mentionsLlmApi(re, text);
  // Imports and requires of an LLM package, whatever the form.
  assert.ok(relevant(`import OpenAI from "openai";`));
  assert.ok(relevant(`const { Anthropic } = require('@anthropic-ai/sdk');`));
  assert.ok(relevant(`const { ChatOpenAI } = await import("@langchain/openai");`));
  assert.ok(relevant(`export { generateText } from "ai";`));
  assert.ok(relevant(`import OpenAI from "npm:openai@4";`));
  // Call shapes that need no import (a client handed in), split over lines or optional.
  assert.ok(relevant(`await client.chat.completions\n  .create({ messages })`));
  assert.ok(relevant(`await llm?.responses?.create({ input })`));
  assert.ok(relevant(`server.registerTool("x", {}, h)`));
  assert.ok(relevant(`fetch(base + "/chat/completions", init)`));
  assert.ok(relevant(`[{ category: "HARM_CATEGORY_HARASSMENT", threshold: "OFF" }]`));
  // Not a use: comment lines, type-only imports, span names, other strings.
  assert.ok(!relevant(`// Call openai.chat.completions.create() from the route.\n/**\n * import OpenAI from "openai"\n */\nexport const x = 1;`));
  assert.ok(!relevant(`import type { ChatCompletionMessageParam } from "openai";\nexport type { Message } from "@anthropic-ai/sdk";`));
  // ...except a type-only import of a response type: a value declared with it is model output (eval/declared-output.ts).
  assert.ok(relevant(`import type { ChatCompletion } from "openai";`));
  assert.ok(!relevant(`const spans = { 'anthropic.messages.create': 1 };`));
  assert.ok(!relevant(`const msg = { type: "ai", content: "pnpm install @langchain/openai" };`));
  // A user's model row for the project's own wrapper makes its importers relevant too.
  const own = relevancePattern(builtinModels, [{ kind: "source", callee: "./lib/llm:ask", taint: "model" }]);
  assert.ok(mentionsLlmApi(own, `import { ask } from "../lib/llm.js";`));
  // Imports followed for relevance: values only.
  assert.deepEqual(valueImports(`import type { A } from "./types";\nimport { b } from "./b";\nimport type {\n  C,\n} from "./c";\nexport * from "./d";\nconst e = require("../e");`), ["./b", "./d", "../e"]);
});

test("stored data: a skipped file that writes through a store's client is woken; one whose `.create(`/`.set(` reach no store stays skipped", () => {
  const { run, p } = project({
    // Reads the notes table back into instructions: some analysis reads a store.
    "lib/db.ts": `import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n`,
    "recall.ts": `import Anthropic from "@anthropic-ai/sdk";\nimport { prisma } from "./lib/db";\nconst anthropic = new Anthropic();\nexport async function recall(userId: string) {\n  const n = await prisma.note.findFirst({ where: { userId } });\n  return anthropic.messages.create({ model: "m", max_tokens: 9, system: \`Notes: \${n?.text}\`, messages: [{ role: "user", content: "hi" }] });\n}\n`,
    // Names no LLM API, so the prefilter skips it; it writes request text through the client lib/db.ts makes.
    "save.ts": `import { prisma } from "./lib/db";\nexport async function POST(req: Request) {\n  const { text } = await req.json();\n  await prisma.note.create({ data: { text } });\n  return new Response("ok");\n}\n`,
    // \`.create(\` and \`.set(\` on things that are no store (a schema builder, a Map): left to the key scan.
    "util.ts": `const cache = new Map<string, string>();\nexport function remember(k: string, v: string) { cache.set(k, v); return Object.create(null); }\n`,
  });
  p.analyzeAll(["/app/lib/db.ts", "/app/recall.ts", "/app/save.ts", "/app/util.ts"]);
  assert.deepEqual(run("recall.ts").findings.map((f) => `${f.start.line}:${f.ruleId}`), ["6:indirect-prompt-injection"]);
  assert.equal(run("save.ts").understood.prefilterSkipped, false, "the writer is analysed in full");
  assert.equal(run("util.ts").understood.prefilterSkipped, true, "no store in util.ts or what it imports");
});

test("relevance prefilter: a file in an import cycle is judged on the whole cycle, whichever file is asked first", () => {
  const files = {
    // a.ts is relevant only through d.ts; b.ts only through a.ts, which also imports b.ts.
    "a.ts": `import "./b";\nimport { ask } from "./d";\nexport async function suggest() { return ask("Which command?"); }\n`,
    "b.ts": `import { exec } from "node:child_process";\nimport { suggest } from "./a";\nexport async function fix() {\n  exec(await suggest());\n}\n`,
    "d.ts": `import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function ask(q: string) {\n  const r = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: q }] });\n  return r.choices[0].message.content ?? "";\n}\n`,
  };
  for (const first of ["a.ts", "b.ts"]) {
    const t = project(files);
    t.run(first);
    assert.deepEqual(t.ids("b.ts"), ["4:llm-output-command-injection"], `asked ${first} first`);
  }
});

test("the operator's own stdin spliced into instructions is no undelimited-prompt-input; a request's text there is", () => {
  // The person typing at the terminal runs the agent and its instructions: nobody else's
  // instructions can be overridden. The same splice of request data is reported.
  const { run } = project({
    "cli.ts": `import OpenAI from "openai";
import * as readline from "node:readline/promises";
const openai = new OpenAI();
async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const query = await rl.question("Research query: ");
  await openai.responses.create({ model: "gpt-4.1", input: \`Write up an analysis of the following query, citing sources: \${query}\` });
}
main();
`,
    "route.ts": `import OpenAI from "openai";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { query } = await req.json();
  const r = await openai.responses.create({ model: "gpt-4.1", input: \`Write up an analysis of the following query, citing sources: \${query}\` });
  return Response.json({ text: r.output_text });
}
`,
  });
  assert.deepEqual(run("cli.ts").findings.filter((f) => f.ruleId === "undelimited-prompt-input"), []);
  const found = run("route.ts").findings.filter((f) => f.ruleId === "undelimited-prompt-input");
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, "warning");
});

test("tsconfig/jsconfig paths: the most specific pattern, targets in order, baseUrl files, require and import(), the nearest config wins", () => {
  const HELPER = "export function role(p: string) { return `You are a bot. ${p}`; }\n";
  const SAFE = "export function role(p: string) { return 'You are a bot.'; }\n";
  const call = (spec, how = "import") => {
    const head = how === "import" ? `import { role } from "${spec}";\n` : "";
    const get = how === "require" ? `const { role } = require("${spec}");\n` : how === "dynamic" ? `const { role } = await import("${spec}");\n` : "";
    return `${head}import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { persona } = await req.json();\n  ${get}  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: role(persona) }] });\n}\n`;
  };
  const { ids } = project({
    "tsconfig.json": `{\n  // comments and trailing commas\n  "compilerOptions": {\n    "baseUrl": "./src",\n    "paths": { "@app/*": ["missing/*", "lib/*"], "@app/safe/*": ["safe/*"], },\n  },\n}\n`,
    "src/lib/prompt.ts": HELPER,
    "src/safe/prompt.ts": SAFE,
    "src/shared/prompt.ts": HELPER,
    "src/a.ts": call("@app/prompt"),
    "src/b.ts": call("@app/safe/prompt"),
    "src/c.ts": call("shared/prompt"),
    "src/d.ts": call("@app/prompt", "require"),
    "src/e.ts": call("@app/prompt", "dynamic"),
    "src/f.ts": call("@appx/prompt"),
    // A nested jsconfig without paths hides the outer one; `@/` then keeps its root-alias meaning.
    "web/package.json": "{}",
    "web/jsconfig.json": `{ "compilerOptions": { "checkJs": true } }`,
    "web/lib/prompt.ts": HELPER,
    "web/g.ts": call("@/lib/prompt"),
    "web/h.ts": call("@app/prompt"),
  });
  assert.deepEqual(ids("src/a.ts"), ["6:system-prompt-injection"], "second target of @app/*");
  assert.deepEqual(ids("src/b.ts"), [], "@app/safe/* is more specific than @app/*");
  assert.deepEqual(ids("src/c.ts"), ["6:system-prompt-injection"], "a bare import names a file under baseUrl");
  assert.deepEqual(ids("src/d.ts"), ["6:system-prompt-injection"]);
  assert.deepEqual(ids("src/e.ts"), ["6:system-prompt-injection"]);
  assert.deepEqual(ids("src/f.ts"), [], "@appx/ is a package, not the @app/* alias");
  assert.deepEqual(ids("web/g.ts"), ["6:system-prompt-injection"]);
  assert.deepEqual(ids("web/h.ts"), [], "the nearest config has no paths");
});

test("Jest moduleNameMapper prefixes resolve imports where no tsconfig declares paths (read as text, never run)", () => {
  const HELPER = "export function role(p: string) { return `You are a bot. ${p}`; }\n";
  const call = (spec) => `import { role } from "${spec}";\nimport OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { persona } = await req.json();\n  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: role(persona) }] });\n}\n`;
  const { ids } = project({
    "api/jest.config.ts": "import type { Config } from 'jest';\nconst config: Config = {\n  moduleNameMapper: {\n    '^@src/(.*)': '<rootDir>/src/$1',\n    importMetaUtils$: '<rootDir>/test/mock.ts',\n  },\n};\nexport default config;\n",
    "api/src/utils/prompt.ts": HELPER,
    "api/src/a.ts": call("@src/utils/prompt"),
    "web/package.json": JSON.stringify({ jest: { moduleNameMapper: { "^~lib/(.*)$": "<rootDir>/lib/$1" } } }),
    "web/lib/prompt.ts": HELPER,
    "web/b.ts": call("~lib/prompt"),
    // A custom rootDir changes what <rootDir> is: not followed, the import stays a package.
    "other/jest.config.js": "module.exports = { rootDir: '..', moduleNameMapper: { '^@src/(.*)': '<rootDir>/src/$1' } };\n",
    "other/src/utils/prompt.ts": HELPER,
    "other/c.ts": call("@src/utils/prompt"),
  });
  assert.deepEqual(ids("api/src/a.ts"), ["6:system-prompt-injection"], "jest.config.ts mapping");
  assert.deepEqual(ids("web/b.ts"), ["6:system-prompt-injection"], "package.json jest mapping");
  assert.deepEqual(ids("other/c.ts"), []);
});

test("stored data: a session field read back carries what another file stored there, found whichever file is analysed first and again after an edit", () => {
  const READER = `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function chat(req, res) {\n  const persona = req.session.profile.persona;\n  const theme = req.session.profile.theme;\n  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: \`You are \${persona}\` }, { role: "system", content: \`Theme \${theme}\` }] });\n  res.send(r);\n}\n`;
  const WRITER = (persona) => `export function save(req, res) {\n  req.session.profile.persona = ${persona};\n  req.session.profile.theme = "dark";\n  res.send({ ok: true });\n}\n`;
  const { p, map } = project({ "reader.ts": READER, "writer.ts": WRITER("req.body.persona") });
  const ids = (name) => p.analyzeFile(`/app/${name}`).findings.map((f) => `${f.start.line}:${f.ruleId}`);
  // The reader first: its read is judged before the write is known, then settled.
  p.analyzeAll(["/app/reader.ts", "/app/writer.ts"]);
  assert.deepEqual(ids("reader.ts"), ["6:system-prompt-injection"], "persona is request data kept in the session; theme is the server's");
  // The writer now stores a constant: the reader is re-analysed and clean.
  map.set("/app/writer.ts", WRITER(`"pirate"`));
  const affected = p.update("/app/writer.ts", WRITER(`"pirate"`));
  assert.ok(affected.includes("/app/reader.ts"), `the reader is among the files to refresh: ${affected}`);
  assert.deepEqual(ids("reader.ts"), []);
});

test("own API routes: a page fetching the app's route reads what it sends (fields apart), whichever file is analysed first; other apps, paths and hosts stay clean; an edit re-judges the page", () => {
  const STREAM_ROUTE = (out) => `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { q } = await req.json();\n  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: q }] });\n  return Response.json({ html: ${out}, id: "x" });\n}\n`;
  const PAGE = (url) => `export async function show(el: HTMLElement) {\n  const res = await fetch(${url});\n  const data = await res.json();\n  el.innerHTML = data.html;\n  el.title = data.id;\n  document.body.innerHTML = data.id;\n}\n`;
  const EXPRESS = `import express from "express";\nimport OpenAI from "openai";\nconst app = express();\nconst openai = new OpenAI();\napp.post("/api/explain/:topic", async (req, res) => {\n  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: req.params.topic }] });\n  res.json({ answer: r.choices[0].message.content });\n});\n`;
  const files = {
    "web/app/(chat)/api/answer/[id]/route.ts": STREAM_ROUTE("r.choices[0].message.content"),
    "web/components/a.ts": PAGE("`/api/answer/${Date.now()}`"),
    "web/components/b.ts": PAGE(`"/api/answers"`),
    "web/components/c.ts": PAGE(`"https://other.example/api/answer/1"`),
    "admin/components/d.ts": PAGE(`"/api/answer/1"`),
    "server/index.ts": EXPRESS,
    "client/e.ts": `export async function go(el: HTMLElement) {\n  const res = await fetch("/api/explain/cats");\n  const { answer } = await res.json();\n  el.innerHTML = answer;\n}\n`,
  };
  const { p, ids } = project(files);
  // Pages first: their fetches are judged before any route is known, then settled.
  p.analyzeAll(["/app/web/components/a.ts", "/app/web/components/b.ts", "/app/web/components/c.ts", "/app/admin/components/d.ts", "/app/client/e.ts", "/app/web/app/(chat)/api/answer/[id]/route.ts", "/app/server/index.ts"]);
  assert.deepEqual(ids("web/components/a.ts"), ["4:llm-output-xss"], "route group dropped, [id] a wildcard, the constant id field clean");
  assert.deepEqual(ids("web/components/b.ts"), [], "a path no route serves");
  assert.deepEqual(ids("web/components/c.ts"), [], "another host");
  assert.deepEqual(ids("admin/components/d.ts"), [], "another app's folder");
  assert.deepEqual(ids("client/e.ts"), ["4:llm-output-xss"], "an Express route at a literal path with a parameter");
  const affected = p.update("/app/web/app/(chat)/api/answer/[id]/route.ts", STREAM_ROUTE(`"<b>fixed</b>"`));
  assert.ok(affected.includes("/app/web/components/a.ts"), `the page is among the files to refresh: ${affected}`);
  assert.deepEqual(ids("web/components/a.ts"), [], "the route now sends a constant");
});

test("user models in config: a callee pattern whose braces do not close or nest is a config error, not a hang", () => {
  for (const callee of ["@acme/llm:{Client,Chat().complete", "@acme/llm:Client().{complete,{chat,stream}}", ["ok:a", "bad:}b"]]) {
    const bad = () => parseConfig(JSON.stringify({ models: [{ kind: "source", callee, taint: "untrusted" }] }), "/app/.llmsaferc.json", ruleIds);
    assert.throws(bad, (e) => e instanceof ConfigError && e.problems.some((p) => p.keyPath.startsWith("models[0].callee") && /braces/.test(p.message)), JSON.stringify(callee));
  }
  assert.doesNotThrow(() => parseConfig(JSON.stringify({ models: [{ kind: "source", callee: "@acme/llm:{Client,Chat}().{complete,stream}", taint: "untrusted" }] }), "/app/.llmsaferc.json", ruleIds));
});

test("stored data: a router module that registers the handlers runs the reader's code with newer writes, and the reader is still settled (any file order)", () => {
  const CHAT = `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function handleChat(req, res) {\n  const persona = req.session.assistant.persona;\n  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: \`You are \${persona}. Answer briefly.\` }] });\n  res.send(r);\n}\n`;
  const SETTINGS = `export function handleSave(req, res) {\n  req.session.assistant.persona = req.body.persona;\n  res.send({ ok: true });\n}\n`;
  const ROUTES = `import express from "express";\nimport { handleChat } from "./chat";\nimport { handleSave } from "./settings";\nexport const router = express.Router();\nrouter.post("/settings", handleSave);\nrouter.post("/chat", handleChat);\n`;
  // The first order is the one that lost the flow: routes.ts analysed the writer (an import) and
  // ran handleChat's body with its write known, which recorded chat.ts's read as already answered.
  for (const order of [["chat.ts", "routes.ts", "settings.ts"], ["settings.ts", "chat.ts", "routes.ts"], ["routes.ts", "chat.ts", "settings.ts"]]) {
    const { p, ids } = project({ "chat.ts": CHAT, "settings.ts": SETTINGS, "routes.ts": ROUTES });
    p.analyzeAll(order.map((f) => `/app/${f}`));
    assert.deepEqual(ids("chat.ts"), ["5:system-prompt-injection"], order.join(", "));
  }
});

test("import cycles: a module that imported another still being analysed is analysed again with its exports, so its summaries keep arguments apart (any file order)", () => {
  // roles.ts and history.ts import each other; the system message's text comes from `settings`, the level only picks a constant.
  const ROLES = `import OpenAI from "openai";\nimport { noteChange } from "./history";\nexport const moderator = new OpenAI();\nconst BANK = "You are the bank's assistant.";\nexport function roleFor(settings, level) {\n  if (level === 1) return BANK;\n  return settings.systemRole;\n}\nexport function changed(history, what) {\n  return noteChange(history, what);\n}\n`;
  const HISTORY = `import { roleFor } from "./roles";\nexport function noteChange(history, what) {\n  return [...history, { role: "assistant", content: "changed " + what }];\n}\nexport function withSystemRole(level, settings, history) {\n  return [{ role: "system", content: roleFor(settings, level) }, ...history];\n}\n`;
  const CHAT = `import OpenAI from "openai";\nimport { withSystemRole } from "./history";\nconst openai = new OpenAI();\nexport async function chat(req, res) {\n  const { level, message, settings } = req.body;\n  const messages = withSystemRole(\n    level,\n    settings,\n    [{ role: "user", content: message }],\n  );\n  const r = await openai.chat.completions.create({ model: "m", messages });\n  res.send(r);\n}\n`;
  // roles.ts first is the order that went wrong: history.ts, analysed inside it, saw no roleFor and
  // took every argument of the call as its result (the level reported, at line 7).
  for (const order of [["roles.ts", "history.ts", "chat.ts"], ["history.ts", "roles.ts", "chat.ts"], ["chat.ts", "roles.ts", "history.ts"]]) {
    const { p, ids } = project({ "roles.ts": ROLES, "history.ts": HISTORY, "chat.ts": CHAT });
    p.analyzeAll(order.map((f) => `/app/${f}`));
    assert.deepEqual(ids("chat.ts"), ["8:system-prompt-injection"], order.join(", "));
  }
});
