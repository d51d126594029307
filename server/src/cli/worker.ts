// The analysing side of the CLI, bundled on its own as dist/cli-worker.js: run as a worker
// thread by `--jobs N`, or loaded in-process for `--jobs 1`. The main bundle never loads the
// parser, so a run served from the cache starts fast.
import { existsSync, readFileSync, statSync } from "node:fs";
import { insideRoot } from "../inside-root";
import { parentPort, workerData } from "node:worker_threads";
import type { ResolvedConfig } from "../engine/config";
import type { Project, ProjectHost } from "../engine/project";
import { createProject } from "../defaults";
import type { FileResult } from "../engine/types";
import type { AnalysisUnit } from "./graph";

export interface AnalysisSetup {
  root: string;
  config: ResolvedConfig;
  /** Text to analyse instead of the disk's (staged content, fixed content). */
  overlay: [string, string][];
  /** Files that do not exist for this run (untracked files when linting what is staged). */
  hidden: string[];
}

/** Disk reads with an overlay and hidden files; refuses what is not a regular file. */
export function analysisHost(setup: AnalysisSetup): ProjectHost {
  const overlay = new Map(setup.overlay);
  const hidden = new Set(setup.hidden);
  return {
    readFile(path) {
      const o = overlay.get(path);
      if (o !== undefined) return o;
      if (hidden.has(path)) return undefined;
      try {
        if (!insideRoot(setup.root, path)) return undefined;
        return statSync(path).isFile() ? readFileSync(path, "utf8") : undefined;
      } catch {
        return undefined;
      }
    },
    fileExists(path) {
      if (overlay.has(path)) return true;
      if (hidden.has(path)) return false;
      try {
        return existsSync(path) && statSync(path).isFile() && insideRoot(setup.root, path);
      } catch {
        return false;
      }
    },
  };
}

/**
 * Analyses units in order, one Project per import-connected group (a group's pieces share
 * their dependencies' analysis; a new group starts from a fresh Project, so memory stays flat).
 */
export function analyseUnits(setup: AnalysisSetup, units: AnalysisUnit[], onUnit: (results: FileResult[], unit: AnalysisUnit) => void, host = analysisHost(setup)): void {
  let project: Project | null = null;
  let group = -1;
  for (const unit of units) {
    if (!project || unit.group !== group) {
      project = createProject({ root: setup.root, host, config: setup.config });
      group = unit.group;
    }
    for (const file of unit.order) project.analyzeFile(file);
    // Data one file keeps for a later request (a session, a table) and another reads back.
    project.settleStores();
    // Results once the whole unit is analysed: an importer's analysis may add a finding to a
    // module it imports (a browser-exposed key read in a shared module), which rebuilds that
    // module's result; taken file by file, the module's result would predate it.
    const report = new Set(unit.report);
    onUnit(unit.order.filter((f) => report.has(f)).map((f) => project!.analyzeFile(f)), unit);
  }
}

export type WorkerRequest = { type: "units"; setup: AnalysisSetup; units: AnalysisUnit[] };
export type WorkerResponse = { type: "unit"; results: FileResult[]; files: number } | { type: "done" } | { type: "failed"; message: string; stack?: string };

if (parentPort && (workerData as { llmsafeWorker?: boolean } | undefined)?.llmsafeWorker) {
  const port = parentPort;
  port.on("message", (msg: WorkerRequest) => {
    try {
      analyseUnits(msg.setup, msg.units, (results, unit) => port.postMessage({ type: "unit", results, files: unit.report.length } satisfies WorkerResponse));
      port.postMessage({ type: "done" } satisfies WorkerResponse);
    } catch (e) {
      const err = e as Error;
      port.postMessage({ type: "failed", message: err.message, stack: err.stack } satisfies WorkerResponse);
    }
  });
}
