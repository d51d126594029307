// `llmsafe mcp` below the SDK client: raw JSON-RPC lines on the process's stdin. A line that is
// not JSON and a request with invalid params get no crash (the latter an error response), the
// server answers the next request, and it exits when stdin closes. Nothing but protocol is on stdout.
// A message over the transport's buffer ends the session: the process says so and exits.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { BIN, workspace } from "./mcp-client.mjs";

// The timeout is only an upper bound, so a server that never exits fails instead of hanging the run.
test("raw protocol: garbage and invalid requests, then a good call; exit on stdin close", { timeout: 120_000 }, async () => {
  const ws = workspace({ "a.ts": "export const a = 1;\n" });
  const proc = spawn(process.execPath, [BIN, "mcp", "--root", ws.root], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  const replies = new Map();
  const waiters = new Map();
  proc.stdout.setEncoding("utf8");
  proc.stdout.on("data", (d) => {
    out += d;
    let nl;
    while ((nl = out.indexOf("\n")) >= 0) {
      const line = out.slice(0, nl);
      out = out.slice(nl + 1);
      const msg = JSON.parse(line); // every stdout line must be JSON-RPC
      replies.set(msg.id, msg);
      waiters.get(msg.id)?.(msg);
    }
  });
  const send = (msg) => proc.stdin.write(typeof msg === "string" ? msg : JSON.stringify(msg) + "\n");
  const reply = (id) => (replies.has(id) ? Promise.resolve(replies.get(id)) : new Promise((r) => waiters.set(id, r)));
  try {
    send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "0" } } });
    assert.equal((await reply(1)).result.serverInfo.name, "llmsafe");
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    send("this is not json\n");
    send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { arguments: { paths: ["a.ts"] } } });
    const bad = await reply(2);
    assert.ok(bad.error, `a tools/call without a name is an error: ${JSON.stringify(bad)}`);
    send({ jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "scan", arguments: { paths: 42 } } });
    const badArgs = await reply(3);
    assert.equal(badArgs.result.isError, true);
    send({ jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "scan", arguments: { paths: ["a.ts"] } } });
    const good = await reply(4);
    assert.equal(good.result.structuredContent.filesScanned, 1);
    proc.stdin.end();
    const [code] = await once(proc, "exit");
    assert.equal(code, 0, "the server exits cleanly when the client closes stdin");
    assert.match(err, /llmsafe mcp: .*JSON/, "the line that was not JSON is logged on stderr");
  } finally {
    proc.kill();
    ws.cleanup();
  }
});

/** Resolves when a stream drains or fails, leaving no listener behind. */
function drained(stream) {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
  });
}

test("a message over the transport's 16 MiB buffer ends the session: logged, and the process exits", { timeout: 300_000 }, async () => {
  const ws = workspace();
  const proc = spawn(process.execPath, [BIN, "mcp", "--root", ws.root], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  proc.stdin.on("error", () => {}); // the server stops reading: the rest of the write fails
  const exited = once(proc, "exit");
  try {
    proc.stdin.write('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"scan","arguments":{"files":[{"content":"');
    const chunk = "x".repeat(1024 * 1024);
    for (let i = 0; i < 17 && proc.exitCode === null; i++) {
      if (!proc.stdin.write(chunk)) await Promise.race([drained(proc.stdin), exited]);
    }
    const [code] = await exited;
    assert.equal(code, 0);
    assert.match(err, /llmsafe mcp: ReadBuffer exceeded maximum size of 16777216 bytes/);
  } finally {
    proc.kill();
    ws.cleanup();
  }
});
