// A raw JSON-RPC session with the real language server process (dist/server.js --stdio), for
// the fuzz, hostile-workspace and resource tests: it sends anything, including what a
// well-behaved client never would, and records what the server says back and whether it died.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import rpc from "vscode-jsonrpc/node.js";
import { REPO } from "./support.mjs";

export const SERVER = join(REPO, "dist", "server.js");
export const uriOf = (path) => pathToFileURL(path).href;

/** Starts the server on a workspace folder (or none) and completes the handshake. */
export async function startSession({ root = null, env = {}, execArgv = [], initializationOptions = { debounceMs: 0 } } = {}) {
  const proc = spawn(process.execPath, [...execArgv, SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  let exited = null;
  const exitPromise = new Promise((resolve) => proc.once("exit", (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const published = [];
  const logs = [];
  const shown = [];
  const waiters = new Set();
  const wake = () => { for (const w of [...waiters]) w(); };
  conn.onNotification("textDocument/publishDiagnostics", (p) => { published.push(p); wake(); });
  conn.onNotification("window/logMessage", (p) => { logs.push(p); wake(); });
  conn.onNotification("window/showMessage", (p) => { shown.push(p); wake(); });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => null));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.onRequest("window/showDocument", () => ({ success: true }));
  conn.onError(() => {});
  conn.onClose(() => wake());
  conn.listen();

  function until(check, what, timeoutMs = 15_000) {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const v = check();
        if (v !== undefined) { waiters.delete(attempt); clearTimeout(timer); resolve(v); } else if (exited) { waiters.delete(attempt); clearTimeout(timer); reject(new Error(`server exited (${JSON.stringify(exited)}) while waiting for ${what}\n${stderr.slice(-2000)}`)); }
      };
      const timer = setTimeout(() => { waiters.delete(attempt); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
      waiters.add(attempt);
      attempt();
    });
  }

  await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: root ? uriOf(root) : null,
    workspaceFolders: root ? [{ uri: uriOf(root), name: "ws" }] : null,
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, publishDiagnostics: { versionSupport: true } }, window: { showDocument: { support: true } } },
    initializationOptions,
  });
  await conn.sendNotification("initialized", {});

  return {
    conn, proc, published, logs, shown, until, exitPromise,
    get stderr() { return stderr; },
    get exited() { return exited; },
    /** Log lines that mean the server caught an exception it did not expect. */
    crashes: () => logs.filter((l) => /unexpected error|unhandled rejection|failed:/i.test(l.message)).map((l) => l.message),
    /** The first publish for `uri` at `version` (and after index `since`). */
    diagnosticsAt(uri, version, since = 0, timeoutMs) {
      return until(() => {
        for (let i = published.length - 1; i >= since; i--) if (published[i].uri === uri && published[i].version === version) return published[i];
        return undefined;
      }, `diagnostics for ${uri} v${version}`, timeoutMs);
    },
    open(uri, text, version = 1, languageId = "typescript") {
      return conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      return conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      return conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    },
    hover(uri, line = 0, character = 0) {
      return conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character } });
    },
    async stop() {
      if (!exited) {
        try {
          await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 3000))]);
          await conn.sendNotification("exit");
        } catch { /* gone already */ }
      }
      await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 3000))]);
      if (!exited) proc.kill();
      conn.dispose();
    },
  };
}

/** Diagnostics as a comparable string: position, rule and severity. */
export const diagnosticsKey = (p) => JSON.stringify(p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}:${d.code}:${d.severity}`).sort());
