// Which folders `llmsafe mcp` reads: the client's roots (MCP roots/list) when the client has
// them, asked again when they change; --root when given, whatever the client lists; the cwd when
// neither. And the command line around it: help, a missing --root folder, stray arguments.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { BIN, connect, textOf, workspace } from "./mcp-client.mjs";

const code = `import OpenAI from "openai";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { topic } = await req.json();
  const r = await openai.responses.create({ model: "gpt-4.1-mini", instructions: \`Write about \${topic}\`, input: "go" });
  return Response.json({ text: r.output_text });
}
`;

let a, b;
before(() => {
  a = workspace({ "src/a.ts": code });
  b = workspace({ "src/b.ts": code });
});
after(() => {
  a?.cleanup();
  b?.cleanup();
});

test("a client with roots: the server reads its roots, not its own cwd, and follows roots/list_changed", async () => {
  const s = await connect({ cwd: a.root, roots: [b.root] });
  try {
    const inB = await s.call("scan", { paths: ["src"] });
    assert.equal(inB.isError, undefined, textOf(inB));
    assert.deepEqual(inB.structuredContent.roots, [b.root]);
    assert.deepEqual(inB.structuredContent.findings.map((f) => `${f.rule} ${f.file}`), [`system-prompt-injection ${b.path("src/b.ts")}`]);
    assert.ok(s.state.rootsAsked >= 1, "the server asked roots/list");

    const inA = await s.call("scan", { paths: [a.path("src/a.ts")] });
    assert.equal(inA.isError, true, "the server's cwd is not a root when the client has roots");
    assert.match(textOf(inA), new RegExp(`${a.path("src/a.ts").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} is outside .* Roots: ${b.root.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} \\(the client's roots\\)`));

    await s.setRoots([a.root]);
    const nowA = await s.call("scan", { paths: [a.path("src/a.ts")] });
    assert.equal(nowA.isError, undefined, textOf(nowA));
    assert.equal(nowA.structuredContent.findingCount, 1);
    const nowB = await s.call("scan", { paths: [b.path("src/b.ts")] });
    assert.equal(nowB.isError, true, "the old root is no longer readable");
  } finally {
    await s.close();
  }
});

test("--root wins over the client's roots: the client is not asked", async () => {
  const s = await connect({ args: ["--root", a.root], cwd: b.root, roots: [b.root] });
  try {
    const inB = await s.call("scan", { paths: [b.path("src/b.ts")] });
    assert.equal(inB.isError, true);
    assert.match(textOf(inB), /given with --root/);
    const inA = await s.call("scan", { paths: ["src/a.ts"] });
    assert.equal(inA.structuredContent.findingCount, 1, textOf(inA));
    assert.equal(s.state.rootsAsked, 0);
  } finally {
    await s.close();
  }
});

test("two --root folders: both are readable, relative paths resolve from the first, text names files by their own root", async () => {
  const s = await connect({ args: ["--root", a.root, "--root", b.root], cwd: b.root });
  try {
    const r = await s.call("scan", { paths: ["src/a.ts", b.path("src/b.ts")] });
    assert.deepEqual(r.structuredContent.findings.map((f) => f.file), [a.path("src/a.ts"), b.path("src/b.ts")], textOf(r));
    assert.match(textOf(r), /^src\/a\.ts:5:\d+ .*\n[^]*\nsrc\/b\.ts:5:\d+ /);
    const relB = await s.call("scan", { paths: ["src/b.ts"] });
    assert.match(textOf(relB), /no such file or folder: src\/b\.ts/, "a relative path is taken from the first root");
  } finally {
    await s.close();
  }
});

test("a client without roots, or with no local folder among them: the cwd", async () => {
  for (const roots of [undefined, []]) {
    const s = await connect({ cwd: a.root, roots });
    try {
      const r = await s.call("scan", { paths: ["src/a.ts"] });
      assert.equal(r.structuredContent?.findingCount, 1, textOf(r));
      assert.deepEqual(r.structuredContent.roots, [a.root]);
      const out = await s.call("scan", { paths: [b.path("src/b.ts")] });
      assert.match(textOf(out), roots ? /the server's current folder; the client listed no local folder/ : /the server's current folder\)/);
    } finally {
      await s.close();
    }
  }
});

test("llmsafe mcp on the command line: --help, a missing --root folder and stray arguments", () => {
  const help = spawnSync(process.execPath, [BIN, "mcp", "--help"], { encoding: "utf8" });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: llmsafe mcp \[--root <dir>\]\.\.\./);
  const missing = spawnSync(process.execPath, [BIN, "mcp", "--root", join(a.root, "nope")], { encoding: "utf8" });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /llmsafe: mcp: --root .*nope: no such folder/);
  const stray = spawnSync(process.execPath, [BIN, "mcp", "src"], { encoding: "utf8" });
  assert.equal(stray.status, 2);
  assert.match(stray.stderr, /llmsafe: mcp: Unexpected argument 'src'/);
  assert.match(spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" }).stdout, /llmsafe mcp \[--root <dir>\]/);
});

test("the plain CLI bundle does not carry the MCP SDK: dist/mcp.js does, and takes the API from dist/api.js and the engine from dist/engine-core.js", () => {
  const dist = join(BIN, "..", "..", "dist");
  assert.doesNotMatch(readFileSync(join(dist, "cli.js"), "utf8"), /StdioServerTransport already started/);
  const mcp = readFileSync(join(dist, "mcp.js"), "utf8");
  assert.match(mcp, /StdioServerTransport already started/);
  assert.match(mcp, /require\("\.\/api\.js"\)/);
  assert.match(mcp, /require\("\.\/engine-core\.js"\)/);
  // typescript-estree's entry point: in the shared engine bundle, so not copied into the MCP one.
  assert.match(readFileSync(join(dist, "engine-core.js"), "utf8"), /parseAndGenerateServices/);
  assert.doesNotMatch(mcp, /parseAndGenerateServices/, "the engine is not bundled twice");
});
