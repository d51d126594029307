// LSP fuzz: random sequences of messages to the real server process (didOpen/didChange with
// random ranges, out-of-order versions, invalid params, unknown methods, requests for files
// never opened, odd URIs, config and watched-file noise). After every sequence: the process is
// alive, a request is answered, no handler threw (no "unexpected error" log, no internal-error
// response), and a valid file opened at the start still gets exactly its original diagnostics.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { play, sequenceArb, uriPool } from "./lsp-messages.mjs";
import { diagnosticsKey, startSession, uriOf } from "./lsp-session.mjs";
import { fuzzSettings, saveRepro } from "./support.mjs";
const SEQUENCES_PER_SERVER = 250;
const INTERNAL_ERROR = -32603;

const REFERENCE = `import OpenAI from "openai";
import { exec } from "node:child_process";
const openai = new OpenAI();
export async function POST(req: Request) {
  const { persona } = await req.json();
  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: persona }] });
  exec(r.choices[0].message.content ?? "");
}
`;

/**
 * Server bugs the fuzz already found, each with a minimal repro in a todo test below: counted
 * and printed, but not failing the run, so the fuzz keeps guarding against everything else.
 * Remove an entry once its todo test passes.
 */
const KNOWN = [
  // All four bugs the fuzz found (didChangeWorkspaceFolders without `event`, a non-array
  // context.only, a second initialize, and a 'startsWith' rejection that followed them) are
  // fixed; their repros are the tests below. Add an entry here only with a todo test.
];
const isKnown = (problem) => KNOWN.some((re) => re.test(problem));

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms).unref())]);

test("LSP fuzz: random message sequences never crash the server, and a valid file keeps its diagnostics", { timeout: 15 * 60_000 }, async (t) => {
  const { seed, runs } = fuzzSettings(1_000);
  const root = mkdtempSync(join(tmpdir(), "llmsafe-lsp-fuzz-"));
  writeFileSync(join(root, "on-disk.ts"), REFERENCE.replace("persona", "topic"));
  const refUri = uriOf(join(root, "reference.ts"));
  writeFileSync(join(root, "reference.ts"), REFERENCE);
  const violations = [];
  let session = null;
  let refVersion = 1;
  let baseline = null;
  let sequences = 0;
  let messages = 0;
  let servers = 0;
  const errorCodes = new Map();

  async function freshServer() {
    if (session) await session.stop();
    session = await startSession({ root });
    servers++;
    refVersion = 1;
    const since = session.published.length;
    await session.open(refUri, REFERENCE, refVersion);
    const first = await session.diagnosticsAt(refUri, refVersion, since);
    const key = diagnosticsKey(first);
    if (baseline === null) baseline = key;
    assert.equal(key, baseline, "the reference file's diagnostics differ between server starts");
    assert.ok(first.diagnostics.length >= 2, `the reference file should have findings: ${key}`);
  }

  const t0 = performance.now();
  try {
    await freshServer();
    await fc.assert(fc.asyncProperty(sequenceArb, async (sequence) => {
      if (sequences > 0 && sequences % SEQUENCES_PER_SERVER === 0) await freshServer();
      const seq = sequences++;
      messages += sequence.length;
      const problems = [];
      const logsBefore = session.logs.length;
      try {
        const outcomes = await withTimeout(Promise.all(play(session, uriPool(root, seq), sequence)), 20_000, "the sequence's requests");
        for (const o of outcomes.filter(Boolean)) {
          errorCodes.set(o.code, (errorCodes.get(o.code) ?? 0) + 1);
          if (o.code === INTERNAL_ERROR) problems.push(`${o.method} failed inside the server: ${o.message}`);
        }
        // Still answering, and still right about the untouched valid file.
        await withTimeout(session.hover(refUri, 4, 12), 10_000, "a hover after the sequence");
        const since = session.published.length;
        refVersion++;
        await session.change(refUri, refVersion, REFERENCE);
        const after = await session.diagnosticsAt(refUri, refVersion, since, 10_000);
        if (diagnosticsKey(after) !== baseline) problems.push(`reference diagnostics changed: ${diagnosticsKey(after)} != ${baseline}`);
      } catch (e) {
        problems.push(String(e.message ?? e).split("\n")[0]);
      }
      if (session.exited) problems.push(`server exited ${JSON.stringify(session.exited)}: ${session.stderr.slice(-500)}`);
      problems.push(...session.logs.slice(logsBefore).filter((l) => /unexpected error|unhandled rejection/i.test(l.message)).map((l) => l.message.split("\n")[0]));
      if (problems.length) {
        const file = violations.length < 20 ? saveRepro(`lsp-${seed}-${seq}`, { seed, sequence: seq, problems, messages: sequence }) : null;
        violations.push({ seq, problems, file });
        if (session.exited || problems.some((p) => /no answer/.test(p))) await freshServer();
      }
    }), { seed, numRuns: runs, endOnFailure: true });
  } finally {
    await session?.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const codes = [...errorCodes].map(([c, n]) => `${c}: ${n}`).join(", ");
  t.diagnostic(`lsp: ${sequences} sequences (${messages} messages) on ${servers} server processes, seed ${seed}, ${violations.length} invariant violations, ${secs} s; error responses by code: ${codes || "none"}`);
  console.log(`# fuzz lsp: ${sequences} sequences, ${messages} messages, seed ${seed}, ${violations.length} violations, ${secs} s`);
  // One line per kind of violation, with its first sequence and saved input.
  const kinds = new Map();
  for (const v of violations) for (const p of v.problems) {
    const kind = p.replace(/\d+/g, "N").slice(0, 160);
    if (!kinds.has(kind)) kinds.set(kind, { n: 0, first: v });
    kinds.get(kind).n++;
  }
  for (const [kind, { n, first }] of kinds) console.log(`#   ${n}x ${kind} (first: sequence ${first.seq}${first.file ? `, input ${first.file}` : ""})`);
  const unknown = violations.filter((v) => !v.problems.every(isKnown));
  console.log(`#   ${violations.length - unknown.length} of the ${violations.length} violations are known server bugs (todo tests below)`);
  assert.deepEqual(unknown.map((v) => `sequence ${v.seq}: ${v.problems.join("; ")}`), []);
});

// ---- minimal repros of what the fuzz found (language server bugs), todo until fixed

async function withServer(fn) {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-lsp-repro-"));
  const session = await startSession({ root });
  try {
    const uri = uriOf(join(root, "a.ts"));
    await session.open(uri, REFERENCE);
    await fn(session, uri);
    await session.hover(uri); // a round trip, so every log line of the above has arrived
    assert.deepEqual(session.crashes(), []);
    assert.equal(session.exited, null);
  } finally {
    await session.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
const answered = (p) => p.then(() => null, (e) => e);

test("workspace/didChangeWorkspaceFolders without an event is ignored", () => withServer(async (s) => {
  await s.conn.sendNotification("workspace/didChangeWorkspaceFolders", {});
}));

test("a code action request whose context.only is not an array gets invalid-params, not an internal error", () => withServer(async (s, uri) => {
  const e = await answered(s.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [], only: "quickfix" } }));
  assert.notEqual(e?.code, INTERNAL_ERROR, e?.message);
}));

test("a second initialize request is refused cleanly, not with an internal error", () => withServer(async (s) => {
  const e = await answered(s.conn.sendRequest("initialize", {}));
  assert.notEqual(e?.code, INTERNAL_ERROR, e?.message);
}));
