// Runs the planned work on worker threads (or in-process for small runs). Each file's result
// depends only on the files it reaches, so the split changes the wall time, never the results.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { FileResult } from "../engine/types";
import type { AnalysisUnit } from "./graph";
import type { AnalysisSetup, WorkerRequest, WorkerResponse } from "./worker";

export class InternalError extends Error {
  constructor(message: string, readonly detail?: string) {
    super(message);
  }
}

/** dist/cli.js and dist/cli-worker.js sit side by side. */
function workerBundle(): string {
  return join(__dirname, "cli-worker.js");
}

/**
 * Analysis keeps every module of an import-connected group in memory; a young generation
 * bigger than V8's default (16 MB semi-spaces) cuts scavenge and promotion work by ~15% here.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 384 };

/** Worker threads, started early so they load the parser while the main thread plans. */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  constructor(count: number) {
    for (let i = 0; i < count; i++) this.spawn();
  }

  private spawn(): void {
    const w = new Worker(workerBundle(), { workerData: { llmsafeWorker: true }, resourceLimits: RESOURCE_LIMITS });
    // Idle workers never keep the process alive (an error exit must not hang on them).
    w.unref();
    this.workers.push(w);
  }

  get size(): number {
    return this.workers.length;
  }

  /** `texts`: sources the main thread has already read, sent along so workers do not read them again. */
  async run(setup: AnalysisSetup, bins: AnalysisUnit[][], onResults: (results: FileResult[], files: number) => void, texts?: (file: string) => string | undefined): Promise<void> {
    while (this.workers.length < bins.length) this.spawn();
    await Promise.all(bins.map((units, i) => new Promise<void>((resolveBin, rejectBin) => {
      const w = this.workers[i];
      w.ref();
      let finished = false;
      const onMessage = (msg: WorkerResponse) => {
        if (msg.type === "unit") onResults(msg.results, msg.files);
        else {
          finished = true;
          w.off("message", onMessage);
          w.unref();
          if (msg.type === "done") resolveBin();
          else rejectBin(new InternalError(`analysis failed: ${msg.message}`, msg.stack));
        }
      };
      w.on("message", onMessage);
      w.once("error", (e) => rejectBin(new InternalError(`analysis worker crashed: ${e.message}`, e.stack)));
      w.once("exit", (code) => {
        if (!finished) rejectBin(new InternalError(`analysis worker exited early (code ${code})`));
      });
      let binSetup = setup;
      if (texts) {
        const own = new Map(setup.overlay);
        for (const u of units) for (const f of u.order) if (!own.has(f)) { const t = texts(f); if (t !== undefined) own.set(f, t); }
        binSetup = { ...setup, overlay: [...own] };
      }
      w.postMessage({ type: "units", setup: binSetup, units } satisfies WorkerRequest);
    })));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

/** In-process analysis, for runs too small to be worth a worker's start-up. */
export function runInProcess(setup: AnalysisSetup, units: AnalysisUnit[], onResults: (results: FileResult[], files: number) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const worker = require(workerBundle()) as typeof import("./worker");
  worker.analyseUnits(setup, units, (r, u) => onResults(r, u.report.length));
}
