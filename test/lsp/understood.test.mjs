// What the server recognised reaches the client (the status item's tooltip), and the calls of one
// file that reach one helper's sink are one diagnostic with the other calls in relatedInformation.
import assert from "node:assert/strict";
import { test } from "node:test";
import { startServer, workspace } from "./lsp-client.mjs";
import { RUN_HELPER } from "./snippets.mjs";

const ROUTE = `import OpenAI from "openai";
import { pipeline } from "@xenova/transformers";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { q } = await req.json();
  const r = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });
  return Response.json(r.choices[0].message.content);
}
`;

const TWO_CALLS = `import OpenAI from "openai";
import { run } from "./lib/run";
const o = new OpenAI();
export async function go() {
  const c = await o.chat.completions.create({ model: "gpt-4o", messages: [] });
  run(c.choices[0].message.content);
  run(c.choices[0].message.content + " --verbose");
}
`;

test("the server sends what it understood (llmsafe/understood) as files are published, for the status tooltip", async () => {
  const ws = workspace({ "app/route.ts": ROUTE });
  const client = await startServer({ folders: [ws.root] });
  try {
    const got = await client.until(() => client.understood.find((u) => /LLM call/.test(u.summary) && u.understood.llmCalls === 1), "llmsafe/understood after the scan");
    assert.equal(got.summary, "understood: 1 LLM call (openai 1), 0 tools, 1 request handler; not modelled: @xenova/transformers (1 file)");
    // An edit that removes the call is reflected too.
    await client.open(ws.uri("app/route.ts"), ROUTE);
    await client.change(ws.uri("app/route.ts"), 2, "export const x = 1;\n");
    await client.until(() => client.understood.find((u) => u.understood.llmCalls === 0 && u.understood.prefilterSkipped === 1), "llmsafe/understood after the edit");
  } finally {
    await client.stop();
    ws.cleanup();
  }
});

test("two calls of one file reaching one helper sink: one diagnostic, the other call in relatedInformation", async () => {
  const ws = workspace({ "lib/run.ts": RUN_HELPER, "agent.ts": TWO_CALLS });
  const client = await startServer({ folders: [ws.root] });
  try {
    const agent = ws.uri("agent.ts");
    const p = await client.diagnostics(agent, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [["llm-output-command-injection", 5]]);
    const also = p.diagnostics[0].relatedInformation.filter((r) => r.message.startsWith("also "));
    assert.deepEqual(also.map((r) => [r.location.uri, r.location.range.start.line]), [[agent, 6]]);
    // The hover lists the other call too.
    await client.open(agent, TWO_CALLS);
    await client.settle(agent);
    const hover = await client.conn.sendRequest("textDocument/hover", { textDocument: { uri: agent }, position: p.diagnostics[0].range.start });
    assert.match(hover.contents.value, /Also reached from[^]*agent\.ts:7:/);
  } finally {
    await client.stop();
    ws.cleanup();
  }
});
