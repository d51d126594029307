// What a run understood (issue 17 §4) and one root cause, one finding (§2), in every output format.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { llmsafe, project, RENDER, XSS_APP } from "./helpers.mjs";

// Two SDK calls (one modelled provider each), one tool, one route handler, a file with no LLM API,
// and an LLM SDK no model describes.
const APP = {
  "app/api/chat/route.ts": `import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function POST(req: Request) {
  const { question } = await req.json();
  const a = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const b = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: question }] });
  return Response.json({ a: a.choices[0].message.content, b: b.content });
}
`,
  "lib/tools.ts": `import { tool } from "ai";
import { z } from "zod";

export const weather = tool({
  description: "Current weather for a city",
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, tempC: 21 }),
});
`,
  "lib/rerank.ts": `import { CohereClientV2 } from "cohere-ai";
import { pipeline } from "@xenova/transformers";

export const embedder = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");
export const cohere = new CohereClientV2({});
`,
  "lib/format.ts": `export function title(s: string) {
  return s.slice(0, 1).toUpperCase() + s.slice(1);
}
`,
};

// One helper with a shell sink, called with model output from three places in two files.
const HELPER = {
  "lib/sh.ts": `import { execSync } from "node:child_process";

export function sh(cmd: string) {
  return execSync(cmd, { encoding: "utf8" });
}
`,
  "agent.ts": `import OpenAI from "openai";
import { sh } from "./lib/sh";

const openai = new OpenAI();

async function ask(task: string) {
  const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: task }] });
  return r.choices[0].message.content ?? "";
}

export async function build(task: string) {
  return sh(await ask(task));
}

export async function test(task: string) {
  return sh(await ask(task));
}
`,
  "deploy.ts": `import OpenAI from "openai";
import { sh } from "./lib/sh";

const openai = new OpenAI();

export async function deploy(task: string) {
  const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: task }] });
  return sh(r.choices[0].message.content ?? "");
}
`,
};

describe("understood", () => {
  test("stylish ends with what was recognised: LLM calls by SDK, tools, handlers, key-scan-only files, unmodelled SDKs", () => {
    const root = project(APP);
    const r = llmsafe(["."], { cwd: root });
    const last = r.stdout.trimEnd().split("\n").pop();
    assert.equal(last, "understood: 2 LLM calls (anthropic 1, openai 1), 1 tool, 1 request handler; 1 of 4 files use no LLM API (key scan only); not modelled: @xenova/transformers (1 file)");
  });

  test("json carries it per result in `llmsafe.understood`, with each item's place", () => {
    const root = project(APP);
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const by = (end) => results.find((r) => r.filePath.endsWith(end)).llmsafe.understood;
    assert.deepEqual(by("route.ts").llmCalls.map((c) => [c.kind, c.line]), [["openai", 9], ["anthropic", 10]]);
    assert.deepEqual(by("route.ts").handlers.map((h) => [h.api, h.line]), [["route POST", 7]]);
    assert.equal(by("tools.ts").tools.length, 1);
    assert.deepEqual(by("rerank.ts").unmodelled, ["@xenova/transformers"], "cohere-ai has a model, @xenova/transformers has none");
    assert.equal(by("format.ts").prefilterSkipped, true);
    assert.equal(by("route.ts").prefilterSkipped, false);
  });

  test("a call that makes the model run counts, whatever it returns; one that only configures later calls does not", () => {
    // An Assistants app: creating the assistant configures; a run (or an image generation) is a
    // model call even though what it returns is a handle, not the model's text.
    const root = project({
      "app/openai.ts": `import OpenAI from "openai";\nexport const openai = new OpenAI();\n`,
      "app/api/run/route.ts": `import { openai } from "../../openai";
export async function POST(req: Request) {
  const { threadId, idea } = await req.json();
  const assistant = await openai.beta.assistants.create({ model: "gpt-4o", instructions: "You answer questions about the docs." });
  const stream = openai.beta.threads.runs.stream(threadId, { assistant_id: assistant.id });
  const image = await openai.images.generate({ model: "gpt-image-1", prompt: idea });
  return Response.json({ stream: stream.toReadableStream(), url: image.data?.[0]?.url });
}
`,
    });
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const route = results.find((r) => r.filePath.endsWith("route.ts")).llmsafe.understood;
    assert.deepEqual(route.llmCalls.map((c) => [c.api, c.line]), [["openai.beta.threads.runs.stream", 5], ["openai.images.generate", 6]]);
  });

  test("not modelled counts value imports only: a type-only import, a commented-out import and a string are not uses", () => {
    const root = project({
      "types.ts": `import type { Pipeline } from "@xenova/transformers";\nexport type P = Pipeline;\n`,
      "old.ts": `// import { pipeline } from "@xenova/transformers";\nexport const note = "we used to import @xenova/transformers here";\n`,
      "sub.cjs": `const { env } = require("@xenova/transformers/src/env.js");\nmodule.exports = env;\n`,
      "esm.mjs": `const t = await import("npm:@mlc-ai/web-llm@0.2.79");\nexport default t;\n`,
      "modelled.ts": `import { Ollama } from "ollama";\nimport Replicate from "replicate";\nexport const o = new Ollama(); export const r = new Replicate();\n`,
    });
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const unmodelled = Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.llmsafe.understood.unmodelled]));
    assert.deepEqual(unmodelled, { "esm.mjs": ["@mlc-ai/web-llm"], "modelled.ts": [], "old.ts": [], "sub.cjs": ["@xenova/transformers"], "types.ts": [] });
  });

  test("sarif carries the summary in run.properties", () => {
    const root = project(APP);
    const run = JSON.parse(llmsafe([".", "-f", "sarif"], { cwd: root }).stdout).runs[0];
    assert.equal(run.properties.llmsafe.understood.llmCalls, 2);
    assert.deepEqual(run.properties.llmsafe.understood.unmodelled, [["@xenova/transformers", 1]]);
    assert.match(run.properties.llmsafe.summary, /^understood: 2 LLM calls/);
  });

  test("--debug lists each recognised item with its place", () => {
    const root = project(APP);
    const r = llmsafe([".", "--debug"], { cwd: root });
    assert.match(r.stderr, /^llmsafe: llm-call openai \S+ app\/api\/chat\/route\.ts:9:\d+$/m);
    assert.match(r.stderr, /^llmsafe: handler route POST app\/api\/chat\/route\.ts:7:\d+$/m);
    assert.match(r.stderr, /^llmsafe: tool .* lib\/tools\.ts:4:\d+$/m);
    assert.match(r.stderr, /^llmsafe: no LLM API \(key scan only\) lib\/format\.ts$/m);
    assert.match(r.stderr, /^llmsafe: not modelled @xenova\/transformers imported in lib\/rerank\.ts$/m);
  });
});

describe("one root cause, one finding", () => {
  test("calls in several files reaching one helper's sink are one finding, at the first call, the others related", () => {
    const root = project(HELPER);
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const msgs = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.filePath }))).filter((m) => m.ruleId === "llm-output-command-injection");
    assert.equal(msgs.length, 1, JSON.stringify(msgs, null, 1));
    assert.ok(msgs[0].file.endsWith("agent.ts") && msgs[0].line === 12, "reported at the first call of the run");
    assert.deepEqual(msgs[0].relatedLocations.map((l) => [l.file.replace(root + "/", ""), l.line]), [["agent.ts", 16], ["deploy.ts", 8]]);
    assert.ok(msgs[0].relatedLocations.every((l) => /^also passed to `sh\(\)`/.test(l.description)));
  });

  test("stylish lists the other calls under `also:`; SARIF has them as related locations", () => {
    const root = project(HELPER);
    const stylish = llmsafe(["."], { cwd: root }).stdout;
    assert.match(stylish, /also: agent\.ts:16:\d+ also passed to `sh\(\)`/);
    assert.match(stylish, /^ +deploy\.ts:8:\d+ also passed to `sh\(\)`/m);
    const result = JSON.parse(llmsafe([".", "-f", "sarif"], { cwd: root }).stdout).runs[0].results.find((x) => x.ruleId === "llm-output-command-injection");
    assert.deepEqual(result.relatedLocations.slice(1).map((l) => l.physicalLocation.artifactLocation.uri), ["agent.ts", "deploy.ts"]);
  });

  test("a suppression hides only the call it is written at: the other calls are still reported", () => {
    const files = { ...HELPER, "agent.ts": HELPER["agent.ts"].replace("  return sh(await ask(task));\n}\n\nexport async function test", "  // llmsafe-disable-next-line llm-output-command-injection -- runs in the build sandbox\n  return sh(await ask(task));\n}\n\nexport async function test") };
    const root = project(files);
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const agent = results.find((r) => r.filePath.endsWith("agent.ts"));
    assert.equal(agent.suppressedMessages.length, 1);
    const active = results.flatMap((r) => r.messages).filter((m) => m.ruleId === "llm-output-command-injection");
    assert.equal(active.length, 1);
    assert.equal(active[0].line, 17, "the next call takes the finding");
    assert.equal(active[0].relatedLocations.length, 1);
    assert.equal(agent.messages.filter((m) => m.ruleId === "llm-output-command-injection").length, 1);
    assert.ok(!agent.messages.some((m) => m.ruleId === "llmsafe/unused-suppression"), "the suppression is used");
  });

  test("a call that reaches two sinks of a helper gives one finding per sink", () => {
    const root = project({
      ...HELPER,
      "lib/sh.ts": `import { execSync } from "node:child_process";

export function sh(cmd: string) {
  execSync(\`echo \${cmd} >> /tmp/audit.log\`);
  return execSync(cmd, { encoding: "utf8" });
}
`,
    });
    const results = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout);
    const msgs = results.flatMap((r) => r.messages).filter((m) => m.ruleId === "llm-output-command-injection");
    assert.equal(msgs.length, 2);
    assert.deepEqual(msgs.map((m) => m.line), [12, 12]);
    assert.notDeepEqual(msgs[0].path.at(-2), msgs[1].path.at(-2), "each names its own sink in the helper");
  });

  test("--fix still fixes every call of a group (the grouped calls' fixes join the finding's)", () => {
    const twice = XSS_APP.replace('  render(el, r.choices[0].message.content ?? "");\n', '  render(el, r.choices[0].message.content ?? "");\n  render(el.nextElementSibling as HTMLElement, r.choices[0].message.content ?? "");\n');
    const root = project({ "app.ts": twice, "render.ts": RENDER });
    const before = JSON.parse(llmsafe([".", "-f", "json"], { cwd: root }).stdout).flatMap((r) => r.messages).filter((m) => m.ruleId === "llm-output-xss");
    assert.equal(before.length, 1);
    assert.equal(before[0].relatedLocations.length, 1);
    llmsafe([".", "--fix"], { cwd: root });
    const fixed = readFileSync(join(root, "app.ts"), "utf8");
    assert.equal(fixed.match(/DOMPurify\.sanitize\(/g)?.length, 2, fixed);
    assert.equal(fixed.match(/import DOMPurify/g)?.length, 1, fixed);
    assert.equal(llmsafe(["."], { cwd: root }).code, 0);
  });
});
