// The analysis scheduler on its own, with a hand-driven clock: debounce per document, flush
// before a hover or code action, cancel on close, and nothing before the server is ready.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLspModule } from "./load-module.mjs";

const { AnalysisScheduler, ReadyGate, DEFAULT_DEBOUNCE_MS } = loadLspModule("scheduler");

/** Timers that fire only when the test says so, in due order. */
function manualClock() {
  let now = 0;
  let next = 0;
  const timers = new Map();
  return {
    timers: {
      set: (run, delayMs) => {
        const id = ++next;
        timers.set(id, { run, at: now + delayMs });
        return id;
      },
      clear: (id) => timers.delete(id),
    },
    pending: () => timers.size,
    advance(ms) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now || !timers.has(id)) continue;
        timers.delete(id);
        t.run();
      }
    },
  };
}

/** Lets the scheduler's `ready.then(...)` callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

function setup({ open = true } = {}) {
  const clock = manualClock();
  const gate = new ReadyGate();
  if (open) gate.open();
  const analysed = [];
  const scheduler = new AnalysisScheduler((uri) => analysed.push(uri), gate.opened, clock.timers);
  return { clock, gate, analysed, scheduler };
}

test("edits are debounced: only the pause after the last edit analyses, once", async () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.debounceMs = 100;
  scheduler.afterEdit("a");
  clock.advance(60);
  scheduler.afterEdit("a");
  clock.advance(60);
  scheduler.afterEdit("a");
  clock.advance(99);
  await settle();
  assert.deepEqual(analysed, []);
  assert.equal(scheduler.isPending("a"), true);
  clock.advance(1);
  await settle();
  assert.deepEqual(analysed, ["a"]);
  assert.equal(scheduler.isPending("a"), false);
  assert.equal(clock.pending(), 0);
});

test("edits wait DEFAULT_DEBOUNCE_MS unless initializationOptions.debounceMs changes it", () => {
  assert.equal(new AnalysisScheduler(() => {}, Promise.resolve()).debounceMs, DEFAULT_DEBOUNCE_MS);
});

test("documents are debounced separately", async () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.debounceMs = 100;
  scheduler.afterEdit("a");
  clock.advance(50);
  scheduler.afterEdit("b");
  clock.advance(50);
  await settle();
  assert.deepEqual(analysed, ["a"]);
  clock.advance(50);
  await settle();
  assert.deepEqual(analysed, ["a", "b"]);
});

test("a new schedule replaces the pending one (open, then a save with delay 0)", async () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.afterEdit("a");
  scheduler.schedule("a", 0);
  assert.equal(clock.pending(), 1);
  clock.advance(0);
  await settle();
  assert.deepEqual(analysed, ["a"]);
  clock.advance(1000);
  await settle();
  assert.deepEqual(analysed, ["a"]);
});

test("flush runs a pending analysis at once and synchronously, and does nothing otherwise", () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.flush("a");
  assert.deepEqual(analysed, []);
  scheduler.afterEdit("a");
  scheduler.flush("a");
  assert.deepEqual(analysed, ["a"]);
  assert.equal(scheduler.isPending("a"), false);
  assert.equal(clock.pending(), 0);
  scheduler.flush("a");
  assert.deepEqual(analysed, ["a"]);
});

test("runNow analyses whether or not something was pending, and drops what was", async () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.runNow("a");
  scheduler.afterEdit("b");
  scheduler.runNow("b");
  assert.deepEqual(analysed, ["a", "b"]);
  clock.advance(1000);
  await settle();
  assert.deepEqual(analysed, ["a", "b"]);
});

test("cancel (a closed document) drops the pending analysis", async () => {
  const { clock, analysed, scheduler } = setup();
  scheduler.afterEdit("a");
  scheduler.cancel("a");
  scheduler.cancel("never-scheduled");
  clock.advance(1000);
  await settle();
  assert.deepEqual(analysed, []);
  assert.equal(clock.pending(), 0);
});

test("a timer that fires before the server is ready waits for it", async () => {
  const { clock, gate, analysed, scheduler } = setup({ open: false });
  scheduler.schedule("a", 0);
  clock.advance(0);
  await settle();
  assert.deepEqual(analysed, []);
  assert.equal(scheduler.isPending("a"), false, "the timer has fired; the analysis waits on the gate");
  gate.open();
  await settle();
  assert.deepEqual(analysed, ["a"]);
});
