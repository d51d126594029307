// A real LSP client for the protocol tests: spawns the bundled server (dist/server.js --stdio)
// and talks JSON-RPC to it over the child's pipes (vscode-jsonrpc, no mocks). Records every
// notification so tests can await the one they need; timeouts are only an upper bound.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import rpc from "vscode-jsonrpc/node.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER = join(ROOT, "dist", "server.js");

export const uriOf = (path) => pathToFileURL(path).href;

/** A temp workspace holding `files` (relative path -> text). */
export function workspace(files) {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-lsp-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return { root, path: (rel) => join(root, rel), uri: (rel) => uriOf(join(root, rel)), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const DEFAULT_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
  window: { showDocument: { support: true } },
  textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } },
};

/**
 * Starts a server. `settings` is what workspace/configuration answers for the `llmsafe`
 * section (per folder: a function of the scope URI is allowed). `command` (and `cwd`) start
 * another server than the repository's bundle, e.g. the one an npm install put on the PATH.
 */
export async function startServer({ folders = [], settings = null, initializationOptions = {}, capabilities = DEFAULT_CAPABILITIES, env = {}, command = [process.execPath, SERVER, "--stdio"], cwd } = {}) {
  const proc = spawn(command[0], command.slice(1), { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const published = []; // every publishDiagnostics, in arrival order
  const messages = []; // window/showMessage
  const logs = []; // window/logMessage
  const shownDocuments = []; // window/showDocument
  const progressTokens = []; // window/workDoneProgress/create
  const progress = []; // $/progress, as { token, value }
  const waiters = new Set();
  const notify = () => { for (const w of [...waiters]) w(); };

  conn.onNotification("textDocument/publishDiagnostics", (p) => { published.push(p); notify(); });
  conn.onNotification("window/showMessage", (p) => { messages.push(p); notify(); });
  conn.onNotification("window/logMessage", (p) => { logs.push(p); notify(); });
  conn.onRequest("workspace/configuration", (p) => p.items.map((item) => (item.section === "llmsafe" ? (typeof settings === "function" ? settings(item.scopeUri) : settings) : null)));
  const registrations = []; // client/registerCapability, each registration
  conn.onRequest("client/registerCapability", (p) => { registrations.push(...(p?.registrations ?? [])); notify(); return null; });
  conn.onRequest("client/unregisterCapability", () => null);
  conn.onRequest("window/showDocument", (p) => { shownDocuments.push(p); notify(); return { success: true }; });
  conn.onRequest("window/workDoneProgress/create", (p) => { progressTokens.push(p.token); notify(); return null; });
  conn.onNotification("$/progress", (p) => { progress.push(p); notify(); });
  const understood = []; // llmsafe/understood: what the server recognised, for the status tooltip
  conn.onNotification("llmsafe/understood", (p) => { understood.push(p); notify(); });
  conn.listen();

  /** Resolves with the first value `check()` returns that is not undefined, re-checked on every notification. */
  function until(check, what, timeoutMs = 15000) {
    return new Promise((resolvePromise, reject) => {
      const attempt = () => {
        let v;
        try { v = check(); } catch (e) { waiters.delete(attempt); clearTimeout(timer); reject(e); return; }
        if (v !== undefined) { waiters.delete(attempt); clearTimeout(timer); resolvePromise(v); }
      };
      const timer = setTimeout(() => { waiters.delete(attempt); reject(new Error(`timed out waiting for ${what}\nserver stderr: ${stderr}\nlogs: ${logs.map((l) => l.message).join("\n")}`)); }, timeoutMs);
      waiters.add(attempt);
      attempt();
    });
  }

  // A server that dies while starting (a missing module) fails the test with its stderr, not a hang.
  const exited = new Promise((_, reject) => proc.once("exit", (code, signal) => reject(new Error(`the server exited (${code ?? signal}) before answering initialize:\n${stderr}`))));
  exited.catch(() => {});
  const init = await Promise.race([exited, conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: folders[0] ? uriOf(folders[0]) : null,
    workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: uriOf(f), name: `folder${i}` })) : null,
    capabilities,
    initializationOptions,
  })]);
  await conn.sendNotification("initialized", {});

  const client = {
    conn, proc, init, published, messages, logs, shownDocuments, progressTokens, progress, registrations, understood, until,
    get stderr() { return stderr; },
    /** Latest diagnostics published for a uri (undefined if none yet). */
    latest(uri) {
      for (let i = published.length - 1; i >= 0; i--) if (published[i].uri === uri) return published[i];
      return undefined;
    },
    /** Waits for a publish for `uri` that satisfies `pred` (published after `since`, an index into `published`). */
    diagnostics(uri, pred = () => true, { since = 0, timeoutMs } = {}) {
      return until(() => {
        for (let i = published.length - 1; i >= since; i--) {
          if (published[i].uri === uri) return pred(published[i]) ? published[i] : undefined;
        }
        return undefined;
      }, `diagnostics for ${uri}`, timeoutMs);
    },
    open(uri, text, { languageId = "typescript", version = 1 } = {}) {
      return conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      return conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      return conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    },
    codeActions(uri, range, { diagnostics = [], only } = {}) {
      return conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    },
    /**
     * Round trip through the server for an open document: its pending analysis runs first and
     * the server writes in order, so every publish that analysis caused has arrived when this resolves.
     */
    async settle(uri) {
      await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } });
    },
    hover(uri, position) {
      return conn.sendRequest("textDocument/hover", { textDocument: { uri }, position });
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification("exit");
      } catch { /* already gone */ }
      conn.dispose();
      await Promise.race([new Promise((r) => proc.once("exit", r)), new Promise((r) => setTimeout(r, 2000))]);
      if (proc.exitCode === null) proc.kill();
    },
  };
  return client;
}

function offsetAt(text, { line, character }) {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf("\n", offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(offset + character, text.length);
}

/** Applies LSP TextEdits to a string, as an editor would (all ranges refer to the original text). */
export function applyTextEdits(text, edits) {
  const withOffsets = edits.map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  for (const e of withOffsets) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}

/** The edits a WorkspaceEdit makes to one document, whichever shape the server chose. */
export function editsFor(edit, uri) {
  if (edit.documentChanges) return edit.documentChanges.filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
  return edit.changes?.[uri] ?? [];
}

export const range = (sl, sc, el = sl, ec = sc) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
