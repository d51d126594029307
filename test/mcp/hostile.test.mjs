// `llmsafe mcp` in a hostile workspace: scanning it (on disk and in memory) runs none of its code,
// opens no socket, resolves no name and writes nothing. Positive controls show the traps fire.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import { connect, textOf, workspace } from "./mcp-client.mjs";

const PRELOAD = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "robustness", "no-network-preload.cjs");

/** JS that, if anything ever ran it, would leave the file `marker` behind. */
const trap = (marker) => `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "executed");\n`;

let scratch, ws, markers, netLog, server;

/** Every file under `dir` with its size and mtime: what "nothing was written" is checked against. */
function snapshot(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else { const st = statSync(full); out[relative(dir, full)] = `${st.size}:${st.mtimeMs}`; }
    }
  };
  walk(dir);
  return out;
}

before(async () => {
  scratch = workspace();
  markers = join(scratch.root, "markers");
  mkdirSync(markers);
  netLog = join(scratch.root, "net.log");
  const m = (name) => join(markers, name);
  ws = workspace({
    ".llmsaferc.js": trap(m("llmsaferc.js")),
    "llmsafe.config.js": trap(m("llmsafe.config.js")),
    "plugin.js": trap(m("plugin.js")),
    "package.json": JSON.stringify({ name: "hostile", main: "plugin.js", scripts: { prepare: `node -e 'require("fs").writeFileSync("${m("prepare")}","x")'` } }),
    "node_modules/openai/package.json": JSON.stringify({ name: "openai", main: "index.js" }),
    "node_modules/openai/index.js": trap(m("node_modules-openai")),
    "src/route.ts": `${trap(m("route.ts"))}import "../plugin.js";
import OpenAI from "openai";
const openai = new OpenAI({ baseURL: "http://127.0.0.1:9/v1" });
export async function POST(req: Request) {
  const { persona } = await req.json();
  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: persona }] });
  return fetch("http://127.0.0.1:9/" + r.choices[0].message.content);
}
`,
  });
  server = await connect({ args: ["--root", ws.root], env: { LLMSAFE_NET_LOG: netLog, NODE_OPTIONS: `--require=${PRELOAD}` } });
});

after(async () => {
  await server?.close();
  ws?.cleanup();
  scratch?.cleanup();
});

test("the traps fire when the code is run (positive control)", () => {
  const control = workspace();
  try {
    spawnSync(process.execPath, ["-e", trap(join(control.root, "ran"))]);
    assert.ok(existsSync(join(control.root, "ran")));
  } finally {
    control.cleanup();
  }
});

test("scanning a hostile workspace runs none of its code, opens no socket and writes nothing", async () => {
  const before = snapshot(ws.root);
  const disk = await server.call("scan", { paths: ["."] });
  assert.ok(disk.structuredContent.findings.some((f) => f.rule === "system-prompt-injection"), `the workspace was really scanned: ${textOf(disk)}`);
  const memory = await server.call("scan", { files: [{ path: "src/new.ts", content: `${trap(join(markers, "in-memory"))}import "./route";\nimport "../plugin.js";\nfetch("http://127.0.0.1:9/x");\n` }] });
  assert.equal(memory.isError, undefined, textOf(memory));
  await server.call("explain_rule", { id: "llm-output-ssrf" });
  assert.deepEqual(readdirSync(markers), [], "workspace code ran");
  assert.deepEqual(snapshot(ws.root), before, "a file in the workspace was written");
  const lines = existsSync(netLog) ? readFileSync(netLog, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
  assert.ok(lines.some((l) => l.what === "loaded"), "the network trap was loaded into the server, so it was watched");
  assert.deepEqual(lines.filter((l) => l.what !== "loaded"), [], "network attempts");
});
