// `llmsafe mcp` as a coding agent uses it: the real server process driven by the MCP SDK's own
// client over stdio. The tools list, scan of in-memory code and of files on disk (a flow across
// files), explain_rule, list_rules; refusals (paths outside the root, through `..` or a link)
// and bad input are tool errors, and the server answers the next call.
import assert from "node:assert/strict";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { connect, textOf, workspace } from "./mcp-client.mjs";

const { rules } = createRequire(import.meta.url)("../../dist/engine.js");

const route = `import OpenAI from "openai";
import { supportPrompt } from "../../../lib/prompts";

const openai = new OpenAI();

export async function POST(req: Request) {
  const { persona, question } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: supportPrompt(persona) },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}
`;
const prompts = "export function supportPrompt(persona: string) {\n  return `You are ${persona}, the support assistant of Acme.`;\n}\n";

const snippet = `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic();

export async function POST(req: Request) {
  const body = await req.json();
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 300,
    system: \`You are \${body.role}.\`,
    messages: [{ role: "user", content: body.text }],
  });
  return Response.json(msg.content);
}
`;

const cleanSnippet = snippet.replace("system: `You are ${body.role}.`", 'system: "You are a helpful assistant."');

let ws, outside, server;

before(async () => {
  ws = workspace({ "app/api/chat/route.ts": route, "lib/prompts.ts": prompts, "notes.md": "# not code\n" });
  outside = workspace({ "secret.ts": "export const x = 1;\n" });
  symlinkSync(outside.path("secret.ts"), ws.path("linked.ts"));
  symlinkSync(outside.root, ws.path("linked-dir"));
  server = await connect({ args: ["--root", ws.root] });
});

after(async () => {
  await server?.close();
  ws?.cleanup();
  outside?.cleanup();
});

test("tools/list: scan, explain_rule and list_rules, read-only, with input and output schemas", async () => {
  const { tools } = await server.client.listTools();
  assert.deepEqual(tools.map((t) => t.name).sort(), ["explain_rule", "list_rules", "scan"]);
  for (const t of tools) {
    assert.equal(t.annotations?.readOnlyHint, true, `${t.name} is read-only`);
    assert.equal(t.outputSchema?.type, "object", `${t.name} has an output schema`);
  }
  const scan = tools.find((t) => t.name === "scan");
  assert.deepEqual(Object.keys(scan.inputSchema.properties).sort(), ["files", "paths", "rules"]);
  assert.equal(scan.inputSchema.properties.paths.type, "array");
});

test("scan of an in-memory snippet: the finding, its taint path and links; nothing is written", async () => {
  const r = await server.call("scan", { files: [{ content: snippet }] });
  assert.equal(r.isError, undefined, textOf(r));
  const s = r.structuredContent;
  assert.equal(s.findingCount, 1);
  const [f] = s.findings;
  assert.equal(f.rule, "system-prompt-injection");
  assert.equal(f.severity, "error");
  assert.equal(f.file, join(ws.root, "llmsafe-snippet.ts"));
  assert.equal(f.line, 9);
  assert.deepEqual(f.path.map((p) => p.line), [5, 5, 9, 9]);
  assert.match(f.path[0].description, /request data/);
  assert.match(f.path.at(-1).description, /system/);
  assert.equal(f.survey.section, "6.1.1");
  assert.match(f.survey.url, /^https:\/\/arxiv\.org\/html\/2504\.15585v4#S6\.SS1\.SSS1$/);
  assert.deepEqual(f.owasp.llm2026, ["LLM01"]);
  assert.deepEqual(f.cwe.map((c) => c.id), ["CWE-1427"]);
  assert.equal(s.understood.llmCalls, 1);
  assert.deepEqual(s.understood.byProvider, [{ sdk: "anthropic", calls: 1 }]);
  const text = textOf(r);
  assert.match(text, /llmsafe-snippet\.ts:9:\d+ {2}error {2}.*\[system-prompt-injection\]/);
  assert.match(text, /path:\n {4}llmsafe-snippet\.ts:5:\d+ request data/);
  assert.match(text, /understood: 1 LLM call \(anthropic 1\)/);
  assert.equal(existsSync(join(ws.root, "llmsafe-snippet.ts")), false, "the virtual file is never written");
});

test("scan of clean code: no findings, and the answer says what was understood", async () => {
  const r = await server.call("scan", { files: [{ path: "app/api/clean/route.ts", content: cleanSnippet }] });
  assert.equal(r.structuredContent.findingCount, 0, textOf(r));
  assert.equal(r.structuredContent.understood.llmCalls, 1);
  assert.equal(r.structuredContent.understood.handlers, 1);
  assert.match(textOf(r), /No findings in 1 file scanned\.\nunderstood: 1 LLM call \(anthropic 1\), 0 tools, 1 request handler/);
});

test("scan of paths on disk follows the flow into an imported helper and back, with the fix suggestion", async () => {
  const r = await server.call("scan", { paths: ["app", "lib"] });
  const s = r.structuredContent;
  assert.equal(s.filesScanned, 2, textOf(r));
  assert.deepEqual(s.findings.map((f) => `${f.rule} ${f.file}:${f.line}`), [`system-prompt-injection ${ws.path("app/api/chat/route.ts")}:11`]);
  const steps = s.findings[0].path;
  assert.ok(steps.some((p) => p.file === ws.path("lib/prompts.ts") && p.line === 2), `the path passes through lib/prompts.ts: ${JSON.stringify(steps)}`);
  assert.match(textOf(r), /lib\/prompts\.ts:2:\d+ interpolated into a template string/);
  const suggestion = s.findings[0].suggestions.find((x) => x.replaces === "system");
  assert.ok(suggestion, `a suggestion says what to replace: ${JSON.stringify(s.findings[0].suggestions)}`);
  assert.equal(suggestion.text, "user");
  assert.equal(suggestion.start.line, 11);
  assert.match(textOf(r), /suggestion: .*: replace "system" with "user" at 11:\d+-11:\d+/);
});

test("scan: an in-memory edit of a file shadows the disk for that call only", async () => {
  const fixed = prompts.replace("You are ${persona}, the", "You are the");
  const r = await server.call("scan", { paths: ["app"], files: [{ path: "lib/prompts.ts", content: fixed }] });
  assert.equal(r.structuredContent.findingCount, 0, textOf(r));
  assert.equal(readFileSync(ws.path("lib/prompts.ts"), "utf8"), prompts, "the file on disk is untouched");
  const again = await server.call("scan", { paths: ["app"] });
  assert.equal(again.structuredContent.findingCount, 1, "the next call sees the disk again");
});

test("scan with a rules filter reports only those rules; an unknown id is a clear error", async () => {
  const only = await server.call("scan", { files: [{ content: snippet }], rules: ["llm-output-xss"] });
  assert.equal(only.structuredContent.findingCount, 0);
  const bad = await server.call("scan", { files: [{ content: snippet }], rules: ["no-such-rule"] });
  assert.equal(bad.isError, true);
  assert.match(textOf(bad), /unknown rule id "no-such-rule"/);
});

test("paths outside the root are refused, by absolute path, through .. and through links", async () => {
  for (const p of [outside.path("secret.ts"), "../" + outside.root.split("/").pop() + "/secret.ts", "linked.ts", "linked-dir/secret.ts", "linked-dir"]) {
    const r = await server.call("scan", { paths: [p] });
    assert.equal(r.isError, true, `${p} was not refused: ${textOf(r)}`);
    const text = textOf(r);
    assert.ok(text.includes(p), `the message names the path ${p}: ${text}`);
    assert.ok(text.includes(ws.root), `the message names the root: ${text}`);
    assert.match(text, /outside the folders this server may read/);
  }
  assert.match(textOf(await server.call("scan", { paths: ["linked.ts"] })), /it is a link to/);
  const mem = await server.call("scan", { files: [{ path: outside.path("new.ts"), content: "export {};\n" }] });
  assert.equal(mem.isError, true, "an in-memory file cannot be placed outside the roots either");
});

test("bad input is a tool error and the server answers the next call", async () => {
  const cases = [
    [{ paths: "app" }, /expected array/],
    [{ files: [{ path: "a.ts" }] }, /content/],
    [{}, /scan needs "paths".*or "files"/],
    [{ paths: ["missing.ts"] }, /no such file or folder: missing\.ts/],
    [{ paths: ["notes.md"] }, /notes\.md is not a folder nor a .*source file/],
    [{ files: [{ content: "const a = 1;\0\0\0" }] }, /NUL bytes, so it is binary/],
    [{ files: [{ content: "x".repeat(2_000_001) }] }, /2000001 characters is over the 2000000-character limit/],
    [{ files: [{ path: "notes.txt", content: "hello" }] }, /give the path a source extension/],
  ];
  for (const [args, message] of cases) {
    const r = await server.call("scan", args);
    assert.equal(r.isError, true, `${JSON.stringify(args).slice(0, 80)} is an error`);
    assert.match(textOf(r), message);
  }
  const unknownTool = await server.call("no_such_tool", {});
  assert.equal(unknownTool.isError, true);
  assert.match(textOf(unknownTool), /no_such_tool not found/);
  const next = await server.call("scan", { files: [{ content: snippet }] });
  assert.equal(next.structuredContent.findingCount, 1, "the server still answers");
});

test("secrets are masked in every part of the answer, excerpts and fix text included", async () => {
  const key = "sk-proj-" + "MCPtest0123456789".repeat(4) + "T3BlbkFJ" + "testMCP9876543210".repeat(4);
  const r = await server.call("scan", { files: [{ path: "keys.ts", content: `import OpenAI from "openai";\nexport const client = new OpenAI({ apiKey: "${key}" });\n` }] });
  const f = r.structuredContent.findings.find((x) => x.rule === "hardcoded-api-key");
  assert.ok(f, textOf(r));
  assert.ok(f.suggestions.length, "the finding has its suggestion (read the key from the environment)");
  const all = JSON.stringify(r);
  assert.equal(all.includes(key), false, "the key is never in the answer whole");
  assert.equal(all.includes(key.slice(8, 40)), false, "nor a long part of it");
  assert.match(all, /sk-p…/);
});

test("explain_rule: the rule's documentation, sections and links; an unknown id suggests near ones", async () => {
  const r = await server.call("explain_rule", { id: "system-prompt-injection" });
  const s = r.structuredContent;
  assert.equal(s.id, "system-prompt-injection");
  assert.equal(s.severity, "error");
  assert.equal(s.category, "Prompt Injection");
  assert.match(s.whatItFlags, /the developer's instructions/);
  assert.match(s.why, /system prompt is the one place/);
  assert.match(s.examples.flagged, /\/\/ flagged/);
  assert.match(s.examples.fixed, /PERSONAS/);
  assert.match(s.howToFix, /PERSONAS/);
  assert.equal(s.links.survey.url, "https://arxiv.org/html/2504.15585v4#S6.SS1.SSS1");
  assert.deepEqual(s.links.cwe, [{ id: "CWE-1427", url: "https://cwe.mitre.org/data/definitions/1427.html" }]);
  assert.equal(s.documentation, "docs/rules page");
  assert.match(textOf(r), /^# system-prompt-injection\n/);
  const bad = await server.call("explain_rule", { id: "prompt-injection" });
  assert.equal(bad.isError, true);
  assert.match(textOf(bad), /no rule "prompt-injection"\. Did you mean system-prompt-injection, prompt-template-injection/);
});

test("list_rules: every rule with its title, severity and category", async () => {
  const r = await server.call("list_rules");
  const list = r.structuredContent.rules;
  assert.deepEqual(list.map((x) => x.id), rules.map((x) => x.id));
  const xss = list.find((x) => x.id === "llm-output-xss");
  assert.equal(xss.severity, "error");
  assert.equal(xss.category, "Improper Output Handling");
  assert.match(xss.title, /^Model-controlled data that reaches HTML/);
  assert.match(textOf(r), new RegExp(`^${rules.length} rules`));
});
