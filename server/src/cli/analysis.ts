// The analysis of a run's files: results reused from this run (a --fix pass re-analyses only what
// changed) or from the --cache, the rest planned by import graph and analysed on worker threads
// or in-process. Keys hash each file's import closure, so a changed dependency re-analyses its
// importers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { version } from "../../../package.json";
import type { FileResult } from "../engine/types";
import { fileKey, runKey, type ResultCache } from "./cache";
import { buildGraph, closureHashes, planWork, workersWorthIt, type AnalysisUnit, type SourceReader } from "./graph";
import { runInProcess, WorkerPool } from "./pool";
import { httpFrameworksModel } from "../models/http-frameworks";
import type { Progress } from "./progress";
import type { RunConfig } from "./run-config";
import type { AnalysisSetup } from "./worker";

/** Where a run spends its time, for --debug. */
export class Timings {
  readonly marks: [string, number][] = [];
  private readonly t0 = performance.now();

  mark(what: string): void {
    this.marks.push([what, performance.now() - this.t0]);
  }
}

/**
 * The analysing bundles' text (the worker and dist/engine-core.js, the engine it runs): a rebuilt
 * tool invalidates the cache even at the same version.
 */
function toolBuildHash(): string {
  try {
    return ["cli-worker.js", "engine-core.js"].map((bundle) => readFileSync(join(__dirname, bundle), "utf8")).join("\0");
  } catch {
    return version;
  }
}

/**
 * A big run without a cache: start the workers now, so they load the parser while the main
 * thread reads the import graph.
 */
export function startWorkersEarly(run: RunConfig, cache: boolean, jobs: number): WorkerPool | null {
  if (cache) return null;
  const n = Math.min(jobs, workersWorthIt(run.files.reduce((sum, f) => sum + (run.reader.read(f)?.length ?? 0), 0)));
  return n >= 1 ? new WorkerPool(n) : null;
}

export class Analysis {
  private readonly memo = new Map<string, { key: string; result: FileResult }>();
  private readonly runHash: string;

  constructor(
    private readonly run: RunConfig,
    private readonly jobs: number,
    private readonly cache: ResultCache | null,
    private readonly progress: Progress,
    private readonly timings: Timings,
    private pool: WorkerPool | null,
  ) {
    this.runHash = runKey(toolBuildHash(), run.config, run.root);
  }

  /** Results for `which`, read through `reader` (with `overlay` as the workers' view of changed text). */
  async analyse(which: string[], reader: SourceReader, overlay: Map<string, string>): Promise<Map<string, FileResult>> {
    const graph = buildGraph(this.run.root, which, reader, httpFrameworksModel.routeFiles);
    const hashes = closureHashes(graph, this.run.root);
    const keys = new Map(which.map((f) => [f, fileKey(this.runHash, f, hashes.get(f)!)]));
    const out = new Map<string, FileResult>();
    const todo: string[] = [];
    for (const f of which) {
      const m = this.memo.get(f);
      const hit = m && m.key === keys.get(f) ? m.result : this.cache?.get(f, keys.get(f)!);
      if (hit) out.set(f, hit);
      else todo.push(f);
    }
    this.timings.mark("graph+cache");
    if (todo.length) {
      const bins = planWork(graph, todo, (f) => reader.read(f)?.length ?? 0, this.jobs);
      for (const r of await this.analyseBins(bins, todo.length, reader, overlay)) {
        out.set(r.file, r);
        this.cache?.set(r.file, keys.get(r.file)!, r);
      }
      const units = bins.flat();
      this.timings.mark(`analysis of ${todo.length} files: ${units.length} units on ${bins.length} workers, ${units.reduce((n, u) => n + u.order.length, 0)} file analyses, loads ${bins.map((b) => b.reduce((n, u) => n + u.cost, 0)).join("/")}`);
    }
    for (const [f, r] of out) this.memo.set(f, { key: keys.get(f)!, result: r });
    return out;
  }

  /** Runs the planned units: on worker threads when there is more than one bin or the work is big. */
  private async analyseBins(bins: AnalysisUnit[][], total: number, reader: SourceReader, overlay: Map<string, string>): Promise<FileResult[]> {
    const setup: AnalysisSetup = { root: this.run.root, config: this.run.config, overlay: [...overlay], hidden: [...this.run.hidden] };
    let done = 0;
    const fresh: FileResult[] = [];
    const onResults = (r: FileResult[], n: number) => {
      fresh.push(...r);
      this.progress.update((done += n), total);
    };
    const big = workersWorthIt(bins.flat().reduce((n, u) => n + u.cost, 0)) > 0;
    if (bins.length > 1 || this.pool || big) {
      this.pool ??= new WorkerPool(bins.length);
      await this.pool.run(setup, bins, onResults, (f) => reader.read(f));
    } else if (bins.length) runInProcess(setup, bins[0], onResults);
    this.progress.finish();
    return fresh;
  }

  /** Saves the cache and stops the workers. */
  async finish(): Promise<void> {
    if (this.cache) this.cache.save();
    await this.pool?.close();
  }
}
