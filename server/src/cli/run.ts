// A lint run: configure it (files, root, configuration), analyse, apply fixes (--fix,
// --fix-dry-run), then report. The analysis itself runs in worker.ts, on threads or in-process.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ResolvedConfig } from "../engine/config";
import type { FileResult } from "../engine/types";
import { Analysis, startWorkersEarly, Timings } from "./analysis";
import { defaultCacheLocation, ResultCache } from "./cache";
import { relPath } from "./fingerprint";
import { applySafeFixes, unifiedDiff } from "./fix";
import type { CliIO } from "./io";
import type { Options } from "./options";
import { Progress } from "./progress";
import { report, type RunResults } from "./report";
import { configureRun, type RunConfig } from "./run-config";
import { makeReader } from "./source-reader";

/** LLMSAFE_PROGRESS_DELAY_MS only exists so tests can see the indicator without a slow scan. */
function progressDelayMs(env: Record<string, string | undefined>): number {
  const v = env.LLMSAFE_PROGRESS_DELAY_MS;
  return v !== undefined && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : 1000;
}

/** Lints what the options and paths select; returns the exit code. */
export async function lint(opts: Options, positionals: string[], projectConfig: ResolvedConfig, io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const timings = new Timings();
  const run = configureRun(opts, positionals, projectConfig, io.cwd, io.stderr);
  timings.mark("files");
  const pool = startWorkersEarly(run, opts.cache, opts.jobs);
  const progress = new Progress(io.stderrIsTTY ? io.stderr : null, progressDelayMs(env));
  const cache = opts.cache ? new ResultCache(resolve(io.cwd, opts.cacheLocation ?? defaultCacheLocation(run.root))) : null;
  const analysis = new Analysis(run, opts.jobs, cache, progress, timings, pool);
  let found: RunResults = { byFile: await analysis.analyse(run.files, run.reader, run.overlay), fixed: new Map() };
  if (opts.fix || opts.fixDryRun) {
    found = await fixUntilStable(run, found.byFile, analysis);
    writeFixes(run, found.fixed, opts, io);
  }
  await analysis.finish();
  return report(run, found, opts, io, { timings, cache });
}

/** Applies the safe fixes, re-analysing the fixed text, until no fix applies (at most 10 passes). */
async function fixUntilStable(run: RunConfig, first: Map<string, FileResult>, analysis: Analysis): Promise<RunResults> {
  let byFile = first;
  const fixed = new Map<string, string>();
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const f of run.files) {
      const r = byFile.get(f);
      const text = fixed.get(f) ?? run.reader.read(f);
      if (!r || text === undefined) continue;
      const next = applySafeFixes(text, r.findings);
      if (next) {
        fixed.set(f, next.text);
        changed = true;
      }
    }
    if (!changed) break;
    const overlay = new Map([...run.overlay, ...fixed]);
    byFile = await analysis.analyse(run.files, makeReader(overlay, run.hidden, run.root), overlay);
  }
  return { byFile, fixed };
}

/** --fix writes the fixed files; --fix-dry-run prints their diff instead. */
function writeFixes(run: RunConfig, fixed: Map<string, string>, opts: Options, io: CliIO): void {
  for (const [f, text] of fixed) {
    const before = run.reader.read(f) ?? "";
    if (text === before) continue;
    if (opts.fixDryRun) io.stdout(unifiedDiff(relPath(run.root, f), before, text));
    else writeFileSync(f, text);
  }
}
