// A finding must not depend on when another file's analysis happens. An import cycle gives the
// member entered second no exports of the member still in progress, so where the cycle is entered
// decides what each member sees; a store write found late (another route, another app in the same
// run) makes a reader stale, and the re-analysis must enter the cycle where the first pass did.
// Found on real code: a system-prompt finding in a chat store came and went with the set of apps
// sharing the CLI's project (issue 17).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { createProject } = require("../dist/engine.js");

// chat.ts -> prompts.ts -> util.ts -> chat.ts: a cycle entered at chat.ts (the first by path, as the CLI does).
// util.ts also reads what the app's own /api/summary route sends, so a late route makes it stale.
const FILES = {
  "app/chat.ts": `import { runPersona } from "./prompts";
export async function POST(req: Request) {
  const body = await req.json();
  return runPersona(body.persona);
}
`,
  "app/prompts.ts": `import { ask } from "./util";
export function runPersona(persona: string) {
  return ask("You are " + persona);
}
`,
  "app/util.ts": `import OpenAI from "openai";
import { POST } from "./chat";
const openai = new OpenAI();
export function ask(system: string) {
  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: system }] });
}
export async function lastSummary() {
  const res = await fetch("/api/summary");
  const data = await res.json();
  return data.summary;
}
export const handlers = { POST };
`,
  "app/api/summary/route.ts": `import OpenAI from "openai";
import { NextResponse } from "next/server";
const openai = new OpenAI();
export async function GET() {
  const c = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "summarise" }] });
  return NextResponse.json({ summary: c.choices[0].message.content });
}
`,
};

/** Findings of a fresh project that analyses the files in this order (then settles its stores). */
function findings(order) {
  const map = new Map(Object.entries(FILES).map(([k, v]) => [`/app/${k}`, v]));
  const host = { readFile: (p) => map.get(p), fileExists: (p) => map.has(p) };
  const p = createProject({ root: "/app", host });
  return p.analyzeAll(order.map((f) => `/app/${f}`)).flatMap((r) => r.findings.map((f) => `${r.file.slice(5)}:${f.start.line} ${f.ruleId}`)).sort();
}

test("a store write found after an import cycle was analysed does not change the cycle's findings", () => {
  const routeFirst = findings(["app/api/summary/route.ts", "app/chat.ts", "app/prompts.ts", "app/util.ts"]);
  const routeLast = findings(["app/chat.ts", "app/prompts.ts", "app/util.ts", "app/api/summary/route.ts"]);
  assert.deepEqual(routeFirst, ["app/chat.ts:4 system-prompt-injection"], "the request body reaches the system message through the cycle");
  assert.deepEqual(routeLast, routeFirst, "the stale reader's re-analysis entered the cycle elsewhere");
});
