// The workspace scan: every closed source file of every workspace folder, analysed in small steps
// that yield to incoming edits, with progress for long scans. A newer scan takes over from an
// older one; files no longer in scope (now ignored, disabled) have their diagnostics cleared.
import type { FileResult } from "../engine/types";
import type { DocumentStore } from "./documents";
import type { Linter } from "./linting";
import type { DiagnosticsPublisher } from "./publisher";
import type { ServerLog } from "./server-log";
import { uriToPath } from "./uri";
import type { FolderState, WorkspaceModel } from "./workspace";

export interface ScanSummary {
  files: number;
  findings: number;
  filesWithFindings: number;
}

/** What a scan reports its progress to (ScanProgress). */
export interface ScanProgressSink {
  update(done: number, total: number): void;
  finish(): void;
}

export interface ScanContext {
  model: WorkspaceModel;
  docs: DocumentStore;
  publisher: DiagnosticsPublisher;
  linter: Linter;
  log: ServerLog;
  /** uris whose diagnostics are about a configuration file (a scan leaves them alone). */
  isConfigDiagnostic: (uri: string) => boolean;
  startProgress: () => ScanProgressSink;
}

export class WorkspaceScanner {
  private generation = 0;

  constructor(private readonly ctx: ScanContext) {}

  /** Analyses every closed source file of every folder, yielding between files so edits stay responsive. */
  async scan(): Promise<ScanSummary | null> {
    const generation = ++this.generation;
    const started = performance.now();
    const summary: ScanSummary = { files: 0, findings: 0, filesWithFindings: 0 };
    const lists = this.scanLists();
    const total = lists.reduce((n, [, files]) => n + files.length, 0);
    const progress = this.ctx.startProgress();
    try {
      for (const [folder, files] of lists) {
        this.clearOutOfScope(folder, new Set(files));
        for (const file of files) {
          if (generation !== this.generation) return null; // a newer scan took over
          count(summary, this.scanFile(folder, file));
          progress.update(summary.files, total);
          await new Promise<void>((r) => setImmediate(r));
        }
        // Data a file scanned later keeps for a later request (a session, a table) may change what a
        // reader scanned earlier reads back: those readers are analysed again and re-published.
        const inScan = new Set(files);
        for (const f of folder.project.settleStores()) if (inScan.has(f)) this.ctx.linter.publishFile(folder.project, folder, f);
      }
    } finally {
      progress.finish();
    }
    if (generation !== this.generation) return null;
    this.ctx.log.log(`llmsafe: workspace scan: ${summary.files} file(s), ${summary.findings} finding(s) in ${Math.round(performance.now() - started)} ms.`);
    return summary;
  }

  private scanLists(): [FolderState, string[]][] {
    const lists: [FolderState, string[]][] = [];
    for (const folder of this.ctx.model.workspaceFolders()) {
      try {
        lists.push([folder, this.ctx.model.scanList(folder)]);
      } catch (e) {
        this.ctx.log.error(`llmsafe: cannot list ${folder.root}: ${(e as Error).message}`);
      }
    }
    return lists;
  }

  /** Files that were published before but are no longer in scope (now ignored, disabled) are cleared. */
  private clearOutOfScope(folder: FolderState, inScan: ReadonlySet<string>): void {
    const { model, docs, publisher, isConfigDiagnostic } = this.ctx;
    for (const uri of publisher.uris()) {
      const p = uriToPath(uri);
      if (p && model.folderOf(p) === folder && !inScan.has(p) && !docs.byPath(p) && !isConfigDiagnostic(uri)) publisher.clear(uri);
    }
  }

  private scanFile(folder: FolderState, file: string): FileResult | null {
    // Open documents are published by their own analysis; count them all the same.
    const { docs, linter } = this.ctx;
    return docs.byPath(file) ? linter.analyse(folder.project, file) : linter.publishFile(folder.project, folder, file);
  }
}

function count(summary: ScanSummary, r: FileResult | null): void {
  const n = r ? r.findings.filter((f) => !f.suppressed).length : 0;
  summary.files++;
  summary.findings += n;
  if (n) summary.filesWithFindings++;
}
