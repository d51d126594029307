// Runs the planned work on worker threads (or in-process for one job). Each file's result
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

export async function runWork(setup: AnalysisSetup, bins: AnalysisUnit[][], onFiles: (n: number) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  if (!bins.length) return results;
  if (bins.length === 1) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const worker = require(workerBundle()) as typeof import("./worker");
    worker.analyseUnits(setup, bins[0], (r, u) => {
      results.push(...r);
      onFiles(u.report.length);
    });
    return results;
  }
  const workers: Worker[] = [];
  try {
    await Promise.all(bins.map((units) => new Promise<void>((resolveBin, rejectBin) => {
      const w = new Worker(workerBundle(), { workerData: { llmsafeWorker: true, setup } });
      workers.push(w);
      let finished = false;
      w.on("message", (msg: WorkerResponse) => {
        if (msg.type === "unit") {
          results.push(...msg.results);
          onFiles(msg.files);
        } else if (msg.type === "done") {
          finished = true;
          resolveBin();
        } else {
          finished = true;
          rejectBin(new InternalError(`analysis failed: ${msg.message}`, msg.stack));
        }
      });
      w.on("error", (e) => rejectBin(new InternalError(`analysis worker crashed: ${e.message}`, e.stack)));
      w.on("exit", (code) => {
        if (!finished) rejectBin(new InternalError(`analysis worker exited early (code ${code})`));
      });
      w.postMessage({ type: "units", units } satisfies WorkerRequest);
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
