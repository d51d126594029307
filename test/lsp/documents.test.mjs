// The document store on its own: which version of a document the engine analysed (hovers and
// fixes use results only for the current text), lookups by path, and per-open notices.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadLspModule } from "./load-module.mjs";

const { DocumentStore } = loadLspModule("documents");

function source(...docs) {
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  return { get: (uri) => byUri.get(uri), all: () => [...byUri.values()], byUri };
}
const doc = (uri, version = 1) => ({ uri, version, languageId: "typescript", getText: () => "" });

const path = join(tmpdir(), "llmsafe-store", "src", "chat.ts");
const uri = pathToFileURL(path).href;

test("a document counts as analysed only at the version that was analysed", () => {
  const store = new DocumentStore(source(doc(uri, 3)));
  assert.equal(store.wasAnalysed(uri), false);
  assert.equal(store.analysedAt(uri, 3), false);
  store.markAnalysed(uri, 3);
  assert.equal(store.wasAnalysed(uri), true);
  assert.equal(store.analysedAt(uri, 3), true);
  assert.equal(store.analysedAt(uri, 4), false, "an edit after the analysis makes its offsets stale");
  store.markAnalysed(uri, 4);
  assert.equal(store.analysedAt(uri, 4), true);
});

test("forgetAnalysis (a reconfiguration) and closed reset the analysed version", () => {
  const store = new DocumentStore(source(doc(uri)));
  store.markAnalysed(uri, 1);
  store.forgetAnalysis(uri);
  assert.equal(store.wasAnalysed(uri), false);
  store.markAnalysed(uri, 1);
  store.closed(uri);
  assert.equal(store.wasAnalysed(uri), false);
  assert.equal(store.analysedAt(uri, 1), false);
});

test("the skip notice is given once per open document", () => {
  const store = new DocumentStore(source());
  assert.equal(store.firstSkipNotice("untitled:notes"), true);
  assert.equal(store.firstSkipNotice("untitled:notes"), false);
  assert.equal(store.firstSkipNotice("untitled:other"), true);
  store.closed("untitled:notes");
  assert.equal(store.firstSkipNotice("untitled:notes"), true);
});

test("byPath finds an open document by its engine path, however the client encoded its uri", () => {
  const direct = doc(uri);
  assert.equal(new DocumentStore(source(direct)).byPath(path), direct);
  // VS Code escapes ':' (and '@'): a uri that differs as text but names the same file.
  const encoded = doc(uri.replace("chat.ts", "%63hat.ts"));
  assert.notEqual(encoded.uri, uri);
  assert.equal(new DocumentStore(source(encoded)).byPath(path), encoded);
  assert.equal(new DocumentStore(source(doc("untitled:Untitled-1"))).byPath(path), undefined);
});

test("get and all read through to the document source", () => {
  const src = source(doc(uri));
  const store = new DocumentStore(src);
  assert.equal(store.get(uri), src.byUri.get(uri));
  assert.equal(store.get("file:///nowhere.ts"), undefined);
  const later = doc(pathToFileURL(join(tmpdir(), "other.ts")).href);
  src.byUri.set(later.uri, later);
  assert.deepEqual(store.all().map((d) => d.uri), [uri, later.uri]);
});
