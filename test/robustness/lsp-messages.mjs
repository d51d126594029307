// LSP message arbitraries for the fuzz, and `play`, which sends one drawn sequence to a
// session: kept apart from the test so a saved failing sequence can be replayed by hand.
import { join } from "node:path";
import fc from "fast-check";
import { uriOf } from "./lsp-session.mjs";
import { applyAll, mutationArb } from "./mutations.mjs";
import { fixtureFiles } from "./support.mjs";

const fixtures = fixtureFiles();

// ---------------------------------------------------------------- message arbitraries

const int = fc.oneof(fc.integer({ min: -3, max: 60 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31), 1e15, 0.5, NaN));
const position = fc.oneof(fc.record({ line: int, character: int }), fc.constantFrom(null, {}, { line: "1" }, [1, 2]));
const range = fc.oneof(fc.record({ start: position, end: position }), fc.constantFrom(null, "bad", {}));
const text = fc.record({ f: fc.nat({ max: fixtures.length - 1 }), start: fc.nat(), len: fc.integer({ min: 0, max: 600 }), mutations: fc.array(mutationArb.filter((m) => (m.depth ?? m.parts ?? m.tags ?? 0) < 50 && m.kind !== "longline"), { maxLength: 2 }) })
  .map(({ f, start, len, mutations }) => {
    const base = fixtures[f].text;
    const s = start % (base.length + 1);
    return applyAll(base.slice(s, s + len), mutations);
  });
const slot = fc.nat({ max: 9 }); // which URI of the sequence's pool
const version = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(null, "7", 2 ** 40));
const language = fc.constantFrom("typescript", "typescriptreact", "javascript", "javascriptreact", "plaintext", "python", "", null);

const messageArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ m: fc.constant("open"), slot, version, language, text }) },
  { weight: 6, arbitrary: fc.record({ m: fc.constant("change"), slot, version, changes: fc.array(fc.oneof(fc.record({ range, text }), fc.record({ text }), fc.constantFrom(null, {}, { range: {} }, { text: 5 })), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant("change-bad"), slot, contentChanges: fc.constantFrom(null, "x", 5, [{}], undefined) }) },
  { weight: 3, arbitrary: fc.record({ m: fc.constant("close"), slot }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant("save"), slot }) },
  { weight: 3, arbitrary: fc.record({ m: fc.constant("hover"), slot, position }) },
  { weight: 3, arbitrary: fc.record({ m: fc.constant("codeAction"), slot, range, only: fc.constantFrom(undefined, ["quickfix"], ["source.fixAll.llmsafe"], "bad") }) },
  { weight: 2, arbitrary: fc.record({ m: fc.constant("request-junk"), method: fc.constantFrom("textDocument/hover", "textDocument/codeAction", "workspace/executeCommand", "textDocument/diagnostic", "textDocument/completion", "llmsafe/unknown", "$/unknown", "initialize", "shutdown-not"), params: fc.oneof(fc.constantFrom(null, {}, [], { textDocument: 5 }, { textDocument: { uri: null } }), fc.object({ maxDepth: 2 })) }) },
  { weight: 2, arbitrary: fc.record({ m: fc.constant("notify-junk"), method: fc.constantFrom("textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders", "$/setTrace", "$/unknown", "llmsafe/whatever"), params: fc.oneof(fc.constantFrom(null, {}, [], { textDocument: {} }, { changes: [{ uri: "file:///nope.ts", type: 9 }] }), fc.object({ maxDepth: 2 })) }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant("command"), command: fc.constantFrom("llmsafe.showRuleDocumentation", "llmsafe.openSurveySection", "llmsafe.nope", "", "llmsafe.scanWorkspace"), args: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant("javascript:alert(1)"), fc.constant("https://example.invalid")), { maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant("watched"), slot, type: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ m: fc.constant("cancel"), id: fc.integer({ min: -1, max: 100_000 }) }) },
);
export const sequenceArb = fc.array(messageArb, { minLength: 1, maxLength: 16 });

/** The URIs a sequence plays with: its own files in the workspace, and odd ones shared by all. */
export function uriPool(root, seq) {
  return [
    uriOf(join(root, "noise", `s${seq}-a.ts`)), uriOf(join(root, "noise", `s${seq}-b.tsx`)), uriOf(join(root, "noise", `s${seq} c.js`)),
    uriOf(join(root, "on-disk.ts")), `untitled:Untitled-${seq}`, "file:///nonexistent/dir/x.ts", "http://example.invalid/x.ts",
    "file:///etc/hostname", "not a uri at all", uriOf(join(root, "noise", `s${seq}-%E2%9C%93 ünï.mjs`)),
  ];
}

/** Sends one sequence; returns the pending requests' outcomes. */
export function play(session, pool, sequence) {
  const { conn } = session;
  const pending = [];
  const versions = new Map();
  const request = (method, params) => pending.push(conn.sendRequest(method, params).then(() => null, (e) => ({ method, code: e?.code, message: e?.message })));
  for (const msg of sequence) {
    const uri = pool[msg.slot ?? 0];
    switch (msg.m) {
      case "open": conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: msg.language, version: msg.version, text: msg.text } }); break;
      case "change": {
        // Half the time a plausible next version, else whatever was drawn (stale, equal, absurd).
        const v = typeof msg.version === "number" && msg.version % 2 === 0 ? (versions.get(uri) ?? 1) + 1 : msg.version;
        versions.set(uri, v);
        conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: msg.changes });
        break;
      }
      case "change-bad": conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 99 }, contentChanges: msg.contentChanges }); break;
      case "close": conn.sendNotification("textDocument/didClose", { textDocument: { uri } }); break;
      case "save": conn.sendNotification("textDocument/didSave", { textDocument: { uri } }); break;
      case "hover": request("textDocument/hover", { textDocument: { uri }, position: msg.position }); break;
      case "codeAction": request("textDocument/codeAction", { textDocument: { uri }, range: msg.range, context: { diagnostics: [], only: msg.only } }); break;
      case "request-junk": request(msg.method, msg.params); break;
      case "notify-junk": conn.sendNotification(msg.method, msg.params); break;
      case "command": request("workspace/executeCommand", { command: msg.command, arguments: msg.args }); break;
      case "watched": conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: msg.type }] }); break;
      case "cancel": conn.sendNotification("$/cancelRequest", { id: msg.id }); break;
    }
  }
  return pending;
}

