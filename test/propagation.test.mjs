// The propagation steps the engine promises, one snippet each: model output must reach the
// shell sink through the step (flagged), and a look-alike through the same step must not.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { createProject } = require("../dist/engine.js");

function findings(body, ext = "ts") {
  const text = `import OpenAI from "openai";\nimport { exec } from "node:child_process";\nconst client = new OpenAI();\nexport async function run(userId: string) {\n  const res = await client.chat.completions.create({ model: "m", messages: [] });\n  const out = res.choices[0].message.content ?? "";\n${body}\n}\n`;
  const file = `/app/a.${ext}`;
  const host = { readFile: (p) => (p === file ? text : undefined), fileExists: (p) => p === file };
  return createProject({ root: "/app", host }).analyzeFile(file).findings.map((f) => f.ruleId);
}

const CASES = {
  "variable and reassignment": ["let c = 'ls'; c = out; exec(c);", "let c = out; c = 'ls'; exec(c);"],
  "object destructuring with default and rename": ["const { a: cmd = 'ls' } = { a: out }; exec(cmd);", "const { b: cmd = 'ls' } = { a: out, b: 'pwd' }; exec(cmd);"],
  "array destructuring and rest": ["const [, second] = ['x', out]; exec(second);", "const [first] = ['ls', out]; exec(first);"],
  "object rest": ["const { x, ...rest } = { x: 1, c: out }; exec(rest.c);", "const { c, ...rest } = { c: out, d: 'ls' }; exec(rest.d);"],
  "template literal": ["exec(`git log ${out}`);", "exec(`git log ${userId.length}`);"],
  "+ and +=": ["let c = 'echo '; c += out; exec(c);", "let c = 'echo '; c += 'hi'; exec(c);"],
  "concat and join": ["exec(['a', out].join(' '));", "exec(['a', 'b'].join(' '));"],
  "map, filter, spread, push": ["const parts = []; parts.push(out); exec([...parts].map((p) => p.trim()).filter(Boolean).join(' '));", "const parts = ['ls']; exec([...parts].map((p) => p.trim()).join(' '));"],
  "field sensitivity": ["const o = { cmd: out, label: 'x' }; exec(o.cmd);", "const o = { cmd: 'ls', label: out }; exec(o.cmd);"],
  "await and then": ["await Promise.resolve(out).then((v) => exec(v));", "await Promise.resolve('ls').then((v) => exec(v));"],
  "optional chaining and ??": ["const r = res?.choices?.[0]?.message?.content ?? 'ls'; exec(r);", "const r = undefined ?? 'ls'; exec(r);"],
  "String() and JSON.stringify": ["exec(String(out)); exec(JSON.stringify({ out }));", "exec(String(42)); exec(JSON.stringify({ a: 1 }));"],
  "string methods": ["exec(out.trim().slice(0, 10).toLowerCase().replace('a', 'b'));", "exec(out.length > 3 ? 'ls' : 'pwd');"],
  "equality guard": ["if (out !== 'status') exec(out);", "if (out === 'status') exec(out);"],
  "allow-list guard": ["const OK = ['ls', 'pwd']; if (OK.includes(out)) {} exec(out);", "const OK = ['ls', 'pwd']; if (!OK.includes(out)) return; exec(out);"],
  "helper in the same file": ["const run2 = (c: string) => exec(c); run2(out);", "const run2 = (c: string) => exec('ls'); run2(out);"],
  "destructured parameter fields": ["const run2 = ({ c }: { c: string; n: string }) => exec(c); run2({ c: out, n: 'x' });", "const run2 = ({ c }: { c: string; n: string }) => exec(c); run2({ c: 'ls', n: out });"],
  "fields of a parameter": ["function run2(o: { c: string; n: string }) { exec(o.c); } run2({ c: out, n: 'x' });", "function run2(o: { c: string; n: string }) { exec(o.c); } run2({ c: 'ls', n: out });"],
  "fields of a field of this": ["class R { constructor(private o: { c: string; n: string }) {} go() { exec(this.o.c); } } new R({ c: out, n: 'x' }).go();", "class R { constructor(private o: { c: string; n: string }) {} go() { exec(this.o.c); } } new R({ c: 'ls', n: out }).go();"],
  "find and filter by role": ["const ms = [{ role: 'system', content: out }, { role: 'user', content: 'ls' }]; exec(ms.find((m) => m.role === 'system')!.content);", "const ms = [{ role: 'system', content: 'ls' }, { role: 'user', content: out }]; exec(ms.find((m) => m.role === 'system')!.content); exec(ms.filter(({ role }) => role !== 'user')[0].content);"],
  "a getter called on a field of this": ["class S { constructor(private c: string, private n: string) {} getC() { return this.c; } } class R { constructor(private s: S) {} go() { exec(this.s.getC()); } } new R(new S(out, 'x')).go();", "class S { constructor(private c: string, private n: string) {} getC() { return this.c; } } class R { constructor(private s: S) {} go() { exec(this.s.getC()); } } new R(new S('ls', out)).go();"],
  "class field": ["class R { constructor(private c: string) {} go() { exec(this.c); } } new R(out).go();", "class R { constructor(private c: string) {} go() { exec('ls'); } } new R(out).go();"],
  "for await over a stream": ["const stream = await client.chat.completions.create({ model: 'm', messages: [], stream: true }); let buf = ''; for await (const ch of stream) buf += ch.choices[0]?.delta?.content ?? ''; exec(buf);", "let buf = ''; for await (const ch of [1, 2]) buf += String(ch); exec(buf);"],
  "a call into a package only when its name says it returns text": ["const slugify = require('slugify'); exec(slugify(out));", "const imageType = require('image-type'); const countTokens = require('tok-count'); const Log = require('run-log'); exec(`ls ${imageType(out).ext} ${countTokens(out)} ${new Log(out).id}`);"],
  "an array's entries() keys are indices": ["const save = (ws: string[]) => { for (const [i, w] of ws.entries()) exec(w); }; save([out]);", "const save = (ws: string[]) => { for (const [i, w] of ws.entries()) exec(`ls ${i}`); }; save([out]);"],
  "a constant chosen by a condition on tainted data": ["exec(out.includes('x') ? out : 'ls');", "let c = 'ls'; if (out.includes('x')) c = 'ls -a'; exec(out.startsWith('o1') || out === 'r' ? c : 'pwd');"],
  "execFile with an argument array is not a shell": ["exec(out);", "require('node:child_process').execFile('git', ['log', out]);"],
  "a helper that calls the function it is given with its argument": ["const timed = (x: string, f: (v: string) => void) => f(x); timed(out, (c) => exec(c));", "const timed = (x: string, f: (v: string) => void) => f('ls'); timed(out, (c) => exec(c));"],
  "a helper handing the function on to another helper": ["const call = (f: (v: string) => void, x: string) => f(x); const twice = (f: (v: string) => void, x: string) => call(f, x); twice((c) => exec(c), out);", "const call = (f: (v: string) => void, x: string) => f(x); const twice = (f: (v: string) => void, x: string) => call(f, 'ls'); twice((c) => exec(c), out);"],
  "one of two functions, chosen by a condition": ["const trim = (c: string) => c.trim(); const run2 = (c: string) => exec(c); const pick = userId ? trim : run2; pick(out);", "const trim = (c: string) => c.trim(); const run2 = (c: string) => exec('ls'); const pick = userId ? trim : run2; pick(out);"],
  "a table of functions called by computed key": ["const tools = { run: (a: { cmd: string }) => exec(a.cmd), time: () => Date.now() }; tools[userId as 'run']({ cmd: out });", "const tools = { run: (a: { cmd: string }) => exec('ls'), time: () => Date.now() }; tools[userId as 'run']({ cmd: out });"],
};

for (const [name, [flagged, clean]] of Object.entries(CASES)) {
  test(`propagates through ${name}`, () => {
    assert.ok(findings(flagged).includes("llm-output-command-injection"), `flagged case: ${flagged}`);
    assert.ok(!findings(clean).includes("llm-output-command-injection"), `clean case: ${clean}`);
  });
}

test("JavaScript, JSX and CommonJS parse and flow the same way", () => {
  assert.ok(findings("exec(out);", "js").includes("llm-output-command-injection"));
  assert.ok(findings("const el = <div dangerouslySetInnerHTML={{ __html: out }} />;", "jsx").includes("llm-output-xss"));
  assert.ok(findings("const el = <div>{out}</div>;", "tsx").length === 0);
});

// A callback handed to a factory in an options object, wrapped by the closure the factory returns,
// kept in a table that imports the modules registering it (an import cycle), found with `.find` and
// called through the wrapper: it gets the wrapper caller's arguments, whichever file is analysed first.
const CYCLE_FILES = {
  "/app/registry.ts": `import { shellHandler } from "./shell";
import { noteHandler } from "./note";
export function defineHandler(spec: { name: string; run: (args: { cmd: string }) => string }) {
  return { name: spec.name, handle: (args: { cmd: string }) => spec.run({ cmd: args.cmd }).trim() };
}
export const handlers = [shellHandler, noteHandler];
`,
  "/app/shell.ts": `import { execSync } from "node:child_process";
import { defineHandler } from "./registry";
export const shellHandler = defineHandler({ name: "shell", run: ({ cmd }) => String(execSync(cmd)) });
`,
  "/app/note.ts": `import { defineHandler } from "./registry";
export const noteHandler = defineHandler({ name: "note", run: ({ cmd }) => cmd.toUpperCase() });
`,
  "/app/agent.ts": `import OpenAI from "openai";
import { handlers } from "./registry";
const client = new OpenAI();
export async function step(name: string) {
  const res = await client.chat.completions.create({ model: "m", messages: [] });
  const out = res.choices[0].message.content ?? "";
  const handler = handlers.find((h) => h.name === name);
  handler?.handle({ cmd: out });
  handler?.handle({ cmd: "uptime" });
}
`,
};

test("a callback a factory wrapped, kept in a table across an import cycle, gets its caller's arguments in any analysis order", () => {
  const files = Object.keys(CYCLE_FILES);
  const host = { readFile: (p) => CYCLE_FILES[p], fileExists: (p) => p in CYCLE_FILES };
  for (const first of files) {
    const project = createProject({ root: "/app", host });
    project.analyzeFile(first);
    const lines = project.analyzeFile("/app/agent.ts").findings.filter((f) => f.ruleId === "llm-output-command-injection").map((f) => f.start.line);
    assert.deepEqual(lines, [8], `analysed ${first} first`);
  }
});
