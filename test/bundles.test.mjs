// One engine per installed package and per process (scripts/engine-core.mjs): the npm package's
// bundles (package.json `files`) hold the engine once, in dist/engine-core.js, and the fronts take
// it from there at run time; dist/server.js, the language server inside the .vsix (no
// node_modules), still holds all of it, typescript too. Checked on the built files, then on real
// processes preloaded with test/load-log.cjs, which logs each file Node compiles and each require
// of typescript: the CLI, the npm language server and `llmsafe mcp` each run one engine, and a
// CLI run served from the cache never loads the parser.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { llmsafe, project, REPO } from "./cli/helpers.mjs";
import { startServer, uriOf } from "./lsp/lsp-client.mjs";
import { EXPRESS_ROUTE } from "./lsp/snippets.mjs";
import { connect } from "./mcp/mcp-client.mjs";

const DIST = join(REPO, "dist");
const SHIPPED = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).files.filter((f) => /^dist\/.*\.js$/.test(f));
const text = (rel) => readFileSync(join(REPO, rel), "utf8");

/** Text that only the engine's own code holds, one piece per part of it. */
const ENGINE_PARTS = {
  "typescript-estree": "parseAndGenerateServices",
  evaluator: "interpolated into a template string",
  models: "@anthropic-ai/*:*().beta.tools.messages.create",
  rules: "can rewrite the model's instructions",
};
/** typescript's own source: only a bundle that runs without node_modules holds it. */
const TYPESCRIPT = /versionMajorMinor = "5\.\d+"/;

/** Runs `fn(env)` with a fresh load log; returns fn's result and the log's lines (bundle paths relative to `base`). */
async function withLoadLog(base, fn) {
  const dir = mkdtempSync(join(tmpdir(), "llmsafe-load-log-"));
  const log = join(dir, "log");
  writeFileSync(log, "");
  try {
    const env = { LLMSAFE_LOAD_LOG: log, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(REPO, "test", "load-log.cjs")}` };
    const result = await fn(env);
    const lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
    return { result, lines, bundles: lines.filter((l) => l.startsWith("compile ")).map((l) => relative(base, l.slice(8))).filter((p) => /^(dist|bin)\//.test(p)).sort(), typescript: lines.includes("require typescript") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the built bundles", () => {
  test("the npm package ships the engine once, in dist/engine-core.js, which each front requires", () => {
    assert.ok(SHIPPED.includes("dist/engine-core.js"), SHIPPED.join(", "));
    for (const [part, marker] of Object.entries(ENGINE_PARTS)) {
      const holders = SHIPPED.filter((f) => text(f).includes(marker));
      assert.deepEqual(holders, ["dist/engine-core.js"], `${part} (${marker}) is in ${holders.join(", ") || "no bundle"}`);
    }
    for (const front of ["dist/cli.js", "dist/cli-worker.js", "dist/language-server.js", "dist/api.js"]) {
      assert.match(text(front), /require\("\.\/engine-core\.js"\)/, front);
    }
    // typescript is the package's dependency, never bundled.
    assert.deepEqual(SHIPPED.filter((f) => TYPESCRIPT.test(text(f))), []);
  });

  test("dist/server.js, the .vsix's language server, holds the whole engine and typescript, and requires no sibling", () => {
    const server = text("dist/server.js");
    for (const [part, marker] of Object.entries(ENGINE_PARTS)) assert.ok(server.includes(marker), part);
    assert.match(server, TYPESCRIPT);
    assert.doesNotMatch(server, /require\("\.\/[\w-]+\.js"\)/);
  });
});

describe("one engine per process", () => {
  test("the CLI: its main thread and its in-process worker run one engine-core.js; a run served from the cache never loads the parser", async () => {
    const root = project({ "src/chat.ts": EXPRESS_ROUTE });
    const run = (env) => llmsafe(["src", "--jobs", "1", "--cache", "-f", "json"], { cwd: root, env });
    const first = await withLoadLog(REPO, run);
    assert.equal(first.result.code, 1, first.result.stderr);
    assert.deepEqual(JSON.parse(first.result.stdout)[0].messages.map((m) => `${m.ruleId}:${m.line}`), ["system-prompt-injection:7"]);
    assert.deepEqual(first.bundles, ["bin/llmsafe.js", "dist/cli-worker.js", "dist/cli.js", "dist/engine-core.js"]);
    assert.ok(first.typescript, "a run that analyses loads the parser");
    const cached = await withLoadLog(REPO, run);
    assert.equal(cached.result.stdout, first.result.stdout);
    assert.deepEqual(cached.bundles, ["bin/llmsafe.js", "dist/cli.js", "dist/engine-core.js"]);
    assert.equal(cached.typescript, false, "the main thread needs the configuration and the rules, not the parser");
    rmSync(root, { recursive: true, force: true });
  });

  test("the npm language server (bin/llmsafe-language-server.js) runs on dist/engine-core.js and publishes what the .vsix's server does", async () => {
    const root = project({ "src/chat.ts": EXPRESS_ROUTE });
    const uri = uriOf(join(root, "src/chat.ts"));
    const diagnostics = async (command, env = {}) => {
      const client = await startServer({ command, cwd: root, folders: [root], env });
      try {
        client.open(uri, EXPRESS_ROUTE);
        return (await client.diagnostics(uri, (p) => p.diagnostics.length > 0)).diagnostics;
      } finally {
        await client.stop();
      }
    };
    const npm = await withLoadLog(REPO, (env) => diagnostics([process.execPath, join(REPO, "bin", "llmsafe-language-server.js"), "--stdio"], env));
    assert.deepEqual(npm.bundles, ["bin/llmsafe-language-server.js", "dist/engine-core.js", "dist/language-server.js"]);
    assert.deepEqual(npm.result.map((d) => `${d.code}:${d.range.start.line + 1}`), ["system-prompt-injection:7"]);
    assert.deepEqual(npm.result, await diagnostics([process.execPath, join(DIST, "server.js"), "--stdio"]));
    rmSync(root, { recursive: true, force: true });
  });

  test("llmsafe mcp: the CLI, the MCP server and the API it scans with share one engine-core.js", async () => {
    const root = project({ "src/chat.ts": EXPRESS_ROUTE });
    const mcp = await withLoadLog(REPO, async (env) => {
      const { client, close } = await connect({ args: ["--root", root], cwd: root, env });
      try {
        return (await client.callTool({ name: "scan", arguments: { paths: ["src"] } })).structuredContent.findings.map((f) => `${f.rule}:${f.line}`);
      } finally {
        await close();
      }
    });
    assert.deepEqual(mcp.result, ["system-prompt-injection:7"]);
    assert.deepEqual(mcp.bundles, ["bin/llmsafe.js", "dist/api.js", "dist/cli.js", "dist/engine-core.js", "dist/mcp.js"]);
    rmSync(root, { recursive: true, force: true });
  });

  test("a CLI whose dist/engine-core.js is missing or from another build says so and exits 2, not 1 (findings)", () => {
    // A copy of the built CLI; it fails while loading, before it would need typescript.
    const copy = mkdtempSync(join(tmpdir(), "llmsafe-test-bundles-"));
    const root = project({ "src/chat.ts": EXPRESS_ROUTE });
    const run = () => spawnSync(process.execPath, [join(copy, "bin", "llmsafe.js"), "src"], { cwd: root, encoding: "utf8" });
    try {
      for (const p of ["bin", "dist", "package.json"]) cpSync(join(REPO, p), join(copy, p), { recursive: true });
      writeFileSync(join(copy, "dist", "engine-core.js"), "module.exports = {};\n");
      const stale = run();
      assert.equal(stale.status, 2, stale.stderr);
      assert.match(stale.stderr, /^llmsafe: internal error: dist\/engine-core\.js has no server\/src\/[\w/.-]+: it comes from another build than .*dist\/cli\.js\n/);
      rmSync(join(copy, "dist", "engine-core.js"));
      const missing = run();
      assert.equal(missing.status, 2, missing.stderr);
      assert.match(missing.stderr, /^llmsafe: internal error: Cannot find module '\.\/engine-core\.js'/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });
});
