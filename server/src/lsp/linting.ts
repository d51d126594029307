// Brings the engine up to date with the editor and the disk, and publishes what it finds: an
// open document with every file that depends on it, or a closed file that changed on disk.
// Analysis is synchronous, so a result is published in the same tick it was computed and always
// carries the version it was computed for.
import { readFileSync } from "node:fs";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Project } from "../engine/project";
import type { FileResult } from "../engine/types";
import { toDiagnostics } from "./diagnostics";
import type { DocumentStore } from "./documents";
import type { DiagnosticsPublisher } from "./publisher";
import type { ServerLog } from "./server-log";
import { pathToUri } from "./uri";
import type { FolderState, WorkspaceModel } from "./workspace";

export class Linter {
  constructor(
    private readonly model: WorkspaceModel,
    private readonly docs: DocumentStore,
    private readonly publisher: DiagnosticsPublisher,
    private readonly log: ServerLog,
  ) {}

  /** A file's result (cached per version in the engine), or null, logged, if the analysis failed. */
  analyse(project: Project, path: string): FileResult | null {
    try {
      return project.analyzeFile(path);
    } catch (e) {
      this.log.error(`llmsafe: analysing ${path} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  }

  /** Analyses one file of a project and publishes the result. */
  publishFile(project: Project, folder: FolderState | null, path: string, knownDoc?: TextDocument): FileResult | null {
    const doc = knownDoc ?? this.docs.byPath(path);
    const uri = doc?.uri ?? pathToUri(path);
    // Closed files get diagnostics only inside a workspace folder (that is what the scan covers).
    if ((!doc && folder?.kind !== "folder") || (folder && this.model.skipReason(folder, path))) {
      this.publisher.clear(uri);
      return null;
    }
    const result = this.analyse(project, path);
    if (!result) return null;
    if (doc) this.docs.markAnalysed(doc.uri, doc.version);
    this.publisher.publish(uri, toDiagnostics(result), doc?.version, result.understood);
    return result;
  }

  /** Brings the engine up to date with an open document and publishes it and every file that depends on it. */
  lintDocument(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const target = this.model.targetFor(uri, doc.languageId);
    if (target.kind === "skip") {
      if (this.docs.firstSkipNotice(uri)) this.log.log(`llmsafe: not analysing ${uri}: ${target.reason}.`);
      this.docs.markAnalysed(uri, doc.version);
      return this.publisher.publish(uri, [], doc.version);
    }
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const text = doc.getText();
    this.model.overlay.set(target.path, text);
    let affected: string[];
    try {
      affected = target.project.update(target.path, text);
    } catch (e) {
      this.log.error(`llmsafe: analysing ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    this.publishFile(target.project, target.folder, target.path, doc);
    for (const file of affected) if (file !== target.path) this.publishFile(target.project, target.folder, file);
    if (target.folder?.settings.trace.server === "verbose") {
      const cpu = process.cpuUsage(cpuStarted);
      this.log.log(`llmsafe: ${uri} v${doc.version} analysed in ${(performance.now() - started).toFixed(1)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms; ${affected.length} file(s) re-published)`);
    }
  }

  /** A closed file changed on disk (checkout, another tool): refresh it and whatever depends on it. */
  fileChangedOnDisk(path: string, deleted: boolean): void {
    if (this.docs.byPath(path)) return; // the editor's text wins while the document is open
    const folder = this.model.folderOf(path);
    if (!folder) return;
    let text: string | undefined;
    if (!deleted) {
      try {
        text = readFileSync(path, "utf8");
      } catch {
        text = undefined;
      }
    }
    const affected = folder.project.update(path, text);
    for (const f of affected) {
      if (f === path && text === undefined) this.publisher.clear(pathToUri(path));
      else this.publishFile(folder.project, folder, f);
    }
  }
}
