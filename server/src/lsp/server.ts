// The language server: wires protocol events to the workspace model and the engine. Owns the
// timing rules: documents are analysed debounced per document (or on save), the newest text
// always wins (analysis is synchronous, so a result is published in the same tick it was
// computed and always carries the version it was computed for), and a workspace scan runs in
// small steps that yield to incoming edits.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Disposable,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { rulesById } from "../../../rules/index";
import { CONFIG_FILE } from "../engine/config";
import { ScanProgress } from "./scan-progress";
import type { Project } from "../engine/project";
import type { FileResult } from "../engine/types";
import { codeActions, COMMAND_OPEN_SURVEY, COMMAND_SHOW_RULE_DOCS, FIX_ALL_KIND } from "./code-actions";
import { configProblemDiagnostics, toDiagnostics, type DiagnosticData } from "./diagnostics";
import { hoverAt } from "./hover";
import { normalizeSettings, sameSettings, SETTINGS_SECTION, type LlmsafeSettings } from "./settings";
import { pathToUri, uriToPath } from "./uri";
import { KNOWN_RULE_IDS, WorkspaceModel, type FolderState } from "./workspace";

/** Re-reads settings and config, rescans every folder and returns a ScanSummary. */
export const COMMAND_SCAN = "llmsafe.server.scanWorkspace";
/**
 * Advertised in executeCommandProvider. The link commands that code actions carry
 * (llmsafe.openSurveySection, llmsafe.showRuleDocumentation) are not: the VS Code client
 * implements them under the same ids, and one id cannot be registered twice. Other editors send
 * workspace/executeCommand for them anyway, and the server answers with window/showDocument.
 */
export const COMMANDS = [COMMAND_SCAN];

export interface ScanSummary {
  files: number;
  findings: number;
  filesWithFindings: number;
}

export interface ServerOptions {
  /** Where docs/rules/<id>.md live (next to the bundle in the extension). */
  docsDir: string;
}

/** What the client told us it can do; decides the shape of what we send. */
interface ClientFeatures {
  configuration: boolean;
  workspaceFolders: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchers: boolean;
  showDocument: boolean;
  markdownHover: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
  relativePatterns: boolean;
}

function clientFeatures(c: ClientCapabilities): ClientFeatures {
  return {
    configuration: !!c.workspace?.configuration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
    dynamicConfiguration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    dynamicWatchers: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    showDocument: !!c.window?.showDocument?.support,
    markdownHover: !!c.textDocument?.hover?.contentFormat?.includes("markdown"),
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    workDoneProgress: !!c.window?.workDoneProgress,
    relativePatterns: !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport,
  };
}

const DEFAULT_DEBOUNCE_MS = 150;
/** A scan shows progress once it has run this long (LLMSAFE_PROGRESS_DELAY_MS lets tests see it). */
const SCAN_PROGRESS_DELAY_MS = ((v) => (v !== undefined && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : 1000))(process.env.LLMSAFE_PROGRESS_DELAY_MS);
/** How long the first analysis waits for the client's settings before going ahead with defaults. */
const SETTINGS_WAIT_MS = 3000;

function invalidParams(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `llmsafe: invalid params: ${what}`);
}

function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | null;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const q = r as { start?: unknown; end?: unknown } | null;
  return !!q && isPosition(q.start) && isPosition(q.end);
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const model = new WorkspaceModel();
  let features: ClientFeatures = clientFeatures({});
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  let pushedSettings: unknown = undefined;
  const timers = new Map<string, NodeJS.Timeout>();
  /** uri -> document version whose text the engine last analysed (decides whether hovers and fixes may use it). */
  const analysedVersion = new Map<string, number>();
  /** uris with non-empty diagnostics published, so they can be cleared. */
  const published = new Set<string>();
  const skipLogged = new Set<string>();
  const shownMessages = new Set<string>();
  let scanGeneration = 0;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));

  const log = (s: string) => connection.console.log(s);
  const logError = (s: string) => connection.console.error(s);
  const verbose = (folder: FolderState | null) => folder?.settings.trace.server === "verbose";

  /** A problem the user must see, shown once per text (settings are re-read often), always logged. */
  function showOnce(kind: "error" | "warning", text: string) {
    (kind === "error" ? logError : log)(text);
    if (shownMessages.has(text)) return;
    shownMessages.add(text);
    // A notification, not window/showMessageRequest: nothing to answer, and no client can leave it pending.
    void connection.sendNotification(ShowMessageNotification.type, { type: kind === "error" ? MessageType.Error : MessageType.Warning, message: text });
  }

  /** Open documents are always published (with their version); closed files only when there is news. */
  function publish(uri: string, diagnostics: Diagnostic[], version?: number) {
    if (!diagnostics.length && !published.has(uri) && version === undefined) return;
    if (diagnostics.length) published.add(uri);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
  }

  function openDocumentFor(path: string): TextDocument | undefined {
    const uri = pathToUri(path);
    const direct = documents.get(uri);
    if (direct) return direct;
    // Clients encode URIs differently (VS Code escapes ':' and '@'): compare as paths.
    return documents.all().find((d) => uriToPath(d.uri) === path);
  }

  /** Analyses one file of a project (cached per version in the engine) and publishes the result. */
  function publishFile(project: Project, folder: FolderState | null, path: string, knownDoc?: TextDocument): FileResult | null {
    const doc = knownDoc ?? openDocumentFor(path);
    const uri = doc?.uri ?? pathToUri(path);
    // Closed files get diagnostics only inside a workspace folder (that is what the scan covers).
    if ((!doc && folder?.kind !== "folder") || (folder && model.skipReason(folder, path))) {
      publish(uri, []);
      return null;
    }
    const result = safeAnalyze(project, path);
    if (!result) return null;
    if (doc) analysedVersion.set(doc.uri, doc.version);
    publish(uri, toDiagnostics(result), doc?.version);
    return result;
  }

  /** Brings the engine up to date with an open document and publishes it and every file that depends on it. */
  function lintDocument(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    const target = model.targetFor(uri, doc.languageId);
    if (target.kind === "skip") {
      if (!skipLogged.has(uri)) {
        skipLogged.add(uri);
        log(`llmsafe: not analysing ${uri}: ${target.reason}.`);
      }
      analysedVersion.set(uri, doc.version);
      return publish(uri, [], doc.version);
    }
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const text = doc.getText();
    model.overlay.set(target.path, text);
    let affected: string[];
    try {
      affected = target.project.update(target.path, text);
    } catch (e) {
      logError(`llmsafe: analysing ${uri} failed: ${(e as Error).stack ?? e}`);
      return;
    }
    publishFile(target.project, target.folder, target.path, doc);
    for (const file of affected) if (file !== target.path) publishFile(target.project, target.folder, file);
    if (verbose(target.folder)) {
      const cpu = process.cpuUsage(cpuStarted);
      log(`llmsafe: ${uri} v${doc.version} analysed in ${(performance.now() - started).toFixed(1)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms; ${affected.length} file(s) re-published)`);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      // Settings decide severities and enablement: the first analysis waits for them.
      void ready.then(() => lintDocument(uri));
    }, delay));
  }

  /** Runs a pending analysis now, so hovers and code actions see offsets of the current text. */
  function flush(uri: string): void {
    if (!timers.has(uri)) return;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    lintDocument(uri);
  }

  /** The findings for an open document's current text, or null if they are not known yet. */
  async function currentFindings(uri: string) {
    await ready;
    const doc = documents.get(uri);
    if (!doc) return null;
    flush(uri);
    // In onSave mode an unsaved document's last results point into older text: offer nothing.
    if (analysedVersion.get(uri) !== doc.version) return null;
    const target = model.targetFor(uri, doc.languageId);
    if (target.kind === "skip") return null;
    return { doc, path: target.path, findings: target.project.analyzeFile(target.path).findings };
  }

  // ------------------------------------------------------------------ settings and config

  async function fetchSettings(folder: FolderState): Promise<LlmsafeSettings> {
    let raw: unknown = (pushedSettings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (features.configuration) {
      try {
        raw = await connection.workspace.getConfiguration({ scopeUri: folder.uri ?? undefined, section: SETTINGS_SECTION });
      } catch (e) {
        log(`llmsafe: could not read settings (${(e as Error).message}); using defaults.`);
      }
    }
    const { settings, problems } = normalizeSettings(raw, KNOWN_RULE_IDS);
    for (const p of problems) showOnce("warning", `llmsafe: ${p}`);
    return settings;
  }

  const configDiagnosticsUris = new Set<string>();
  let aboveWatch: { dirs: string; registration: Promise<Disposable> } | null = null;

  /** Watches .llmsaferc.json in the folders above the workspace folders that apply to them. */
  async function watchConfigsAbove(): Promise<void> {
    if (!features.dynamicWatchers || !features.relativePatterns) return;
    const dirs = model.configDirsAbove();
    const key = dirs.join("\n");
    if (aboveWatch?.dirs === key) return;
    const previous = aboveWatch;
    aboveWatch = dirs.length
      ? { dirs: key, registration: connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: dirs.map((d) => ({ globPattern: { baseUri: pathToUri(d), pattern: CONFIG_FILE } })) }).catch((e: Error) => {
        log(`llmsafe: could not watch the configuration files above the workspace: ${e.message}`);
        return { dispose() {} };
      }) }
      : null;
    (await previous?.registration)?.dispose();
    await aboveWatch?.registration;
  }

  /** Shows what is wrong with each folder's .llmsaferc.json, on the file and once as a message. */
  function reportConfigErrors(): void {
    const now = new Set<string>();
    for (const f of model.allFolders()) {
      for (const err of f.configErrors) {
        const uri = pathToUri(err.path);
        if (now.has(uri)) continue;
        now.add(uri);
        const detail = err.problems.map((p) => `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("; ");
        const fallback = err.path === f.configPath ? "Using the default configuration until it is fixed." : "The rest of the configuration applies.";
        showOnce("error", `llmsafe: invalid configuration in ${err.path}: ${detail}. ${fallback}`);
        publish(uri, configProblemDiagnostics(err.problems));
      }
    }
    for (const uri of configDiagnosticsUris) if (!now.has(uri)) publish(uri, []);
    configDiagnosticsUris.clear();
    for (const uri of now) configDiagnosticsUris.add(uri);
  }

  /**
   * Re-reads settings and config files, then re-analyses everything. With `ifSettingsChanged`
   * (a didChangeConfiguration, which VS Code also sends right after start-up) nothing happens
   * unless some folder's settings really changed: a rescan costs a whole workspace analysis.
   */
  async function reconfigureAll(ifSettingsChanged = false): Promise<ScanSummary | null> {
    const fresh = new Map<FolderState, LlmsafeSettings>();
    for (const folder of model.allFolders()) fresh.set(folder, await fetchSettings(folder));
    if (ifSettingsChanged && [...fresh].every(([f, s]) => sameSettings(f.settings, s))) return null;
    for (const [folder, settings] of fresh) model.reconfigure(folder, settings);
    reportConfigErrors();
    void watchConfigsAbove();
    for (const doc of documents.all()) {
      model.forgetUntitled(doc.uri);
      analysedVersion.delete(doc.uri);
    }
    relintOpenDocuments();
    return scanWorkspace();
  }

  function relintOpenDocuments(): void {
    for (const doc of documents.all()) {
      clearTimeout(timers.get(doc.uri));
      timers.delete(doc.uri);
      lintDocument(doc.uri);
    }
  }

  // ------------------------------------------------------------------ workspace scan

  /** Analyses every closed source file of every folder, yielding between files so edits stay responsive. */
  async function scanWorkspace(): Promise<ScanSummary | null> {
    const generation = ++scanGeneration;
    const started = performance.now();
    const summary: ScanSummary = { files: 0, findings: 0, filesWithFindings: 0 };
    const count = (r: FileResult | null) => {
      const n = r ? r.findings.filter((f) => !f.suppressed).length : 0;
      summary.files++;
      summary.findings += n;
      if (n) summary.filesWithFindings++;
    };
    const lists: [FolderState, string[]][] = [];
    for (const folder of model.workspaceFolders()) {
      try {
        lists.push([folder, model.scanList(folder)]);
      } catch (e) {
        logError(`llmsafe: cannot list ${folder.root}: ${(e as Error).message}`);
      }
    }
    const total = lists.reduce((n, [, files]) => n + files.length, 0);
    const progress = new ScanProgress(connection, features.workDoneProgress, SCAN_PROGRESS_DELAY_MS);
    try {
      for (const [folder, files] of lists) {
        const inScan = new Set(files);
        // Files that were published before but are no longer in scope (now ignored, disabled) are cleared.
        for (const uri of [...published]) {
          const p = uriToPath(uri);
          if (p && model.folderOf(p) === folder && !inScan.has(p) && !openDocumentFor(p) && !configDiagnosticsUris.has(uri)) publish(uri, []);
        }
        for (const file of files) {
          if (generation !== scanGeneration) return null; // a newer scan took over
          // Open documents are published by their own analysis; count them all the same.
          count(openDocumentFor(file) ? safeAnalyze(folder.project, file) : publishFile(folder.project, folder, file));
          progress.update(summary.files, total);
          await new Promise<void>((r) => setImmediate(r));
        }
      }
    } finally {
      progress.finish();
    }
    if (generation !== scanGeneration) return null;
    log(`llmsafe: workspace scan: ${summary.files} file(s), ${summary.findings} finding(s) in ${Math.round(performance.now() - started)} ms.`);
    return summary;
  }

  function safeAnalyze(project: Project, path: string): FileResult | null {
    try {
      return project.analyzeFile(path);
    } catch (e) {
      logError(`llmsafe: analysing ${path} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  }

  /** A closed file changed on disk (checkout, another tool): refresh it and whatever depends on it. */
  function fileChangedOnDisk(path: string, deleted: boolean): void {
    if (openDocumentFor(path)) return; // the editor's text wins while the document is open
    const folder = model.folderOf(path);
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
      if (f === path && text === undefined) publish(pathToUri(path), []);
      else publishFile(folder.project, folder, f);
    }
  }

  // ------------------------------------------------------------------ protocol handlers

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    features = clientFeatures(params.capabilities ?? {});
    const initOptions = (params.initializationOptions ?? {}) as { debounceMs?: unknown; workspaceTrusted?: unknown };
    if (typeof initOptions.debounceMs === "number" && initOptions.debounceMs >= 0) debounceMs = initOptions.debounceMs;
    // Editors without a notion of trust (Neovim, Emacs) open only what their user chose to open.
    model.trusted = initOptions.workspaceTrusted !== false;
    if (!model.trusted) log("llmsafe: untrusted workspace: .llmsaferc.json models are not loaded.");
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToUri(params.rootPath)] : []);
    for (const uri of folderUris) model.addFolder(uri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "llmsafe-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    if (features.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (features.dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}" }, { globPattern: "**/.llmsaferc.json" }, { globPattern: "**/.gitignore" }],
      });
    }
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        // Clients (and fuzzers) send odd shapes: only well-formed folder entries count.
        const folders = (list: unknown) => (Array.isArray(list) ? list : []).filter((f): f is { uri: string } => typeof f?.uri === "string");
        for (const f of folders(e?.removed)) {
          const gone = model.removeFolder(f.uri);
          if (gone) for (const uri of [...published]) if (uriToPath(uri)?.startsWith(gone.root) && !documents.get(uri)) publish(uri, []);
        }
        for (const f of folders(e?.added)) model.addFolder(f.uri);
        await reconfigureAll();
      });
    }
    // Settings first, bounded: a client that never answers workspace/configuration still gets diagnostics.
    const timeout = new Promise<void>((r) => setTimeout(r, SETTINGS_WAIT_MS).unref());
    await Promise.race([
      (async () => {
        for (const folder of model.workspaceFolders()) model.reconfigure(folder, await fetchSettings(folder));
      })().catch((e) => logError(`llmsafe: reading settings failed: ${(e as Error).message}`)),
      timeout,
    ]);
    reportConfigErrors();
    void watchConfigsAbove();
    markReady();
    log(`llmsafe: ready (${model.workspaceFolders().length} workspace folder(s)).`);
    void scanWorkspace();
  });

  documents.onDidOpen((e) => {
    const target = model.targetFor(e.document.uri, e.document.languageId);
    if (target.kind === "lint") model.overlay.set(target.path, e.document.getText());
    schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    const doc = e.document;
    const target = model.targetFor(doc.uri, doc.languageId);
    if (target.kind === "lint") model.overlay.set(target.path, doc.getText());
    if (analysedVersion.get(doc.uri) === undefined) return; // the open's own analysis is already scheduled
    const run = target.kind === "lint" ? target.folder?.settings.run ?? "onType" : "onType";
    if (run === "onType") schedule(doc.uri, debounceMs);
  });

  documents.onDidSave((e) => {
    const target = model.targetFor(e.document.uri, e.document.languageId);
    if (target.kind === "lint" && target.folder?.settings.run === "onSave") schedule(e.document.uri, 0);
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    analysedVersion.delete(uri);
    skipLogged.delete(uri);
    const target = model.targetFor(uri, e.document.languageId);
    if (target.kind !== "lint") return publish(uri, []);
    model.overlay.delete(target.path);
    if (!target.folder || target.folder.kind !== "folder") {
      model.forgetUntitled(uri);
      return publish(uri, []);
    }
    // Back to the text on disk: the workspace scan's view of the file (and of its importers).
    fileChangedOnDisk(target.path, false);
  });

  connection.onDidChangeConfiguration(async (params) => {
    pushedSettings = params?.settings;
    await ready;
    await reconfigureAll(true);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    let reconfigure = false;
    for (const change of params?.changes ?? []) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      if (path.endsWith(".llmsaferc.json") || path.endsWith(".gitignore")) reconfigure = true;
      else fileChangedOnDisk(path, change.type === FileChangeType.Deleted);
    }
    if (reconfigure) await reconfigureAll();
  });

  // Which process serves this client: the VS Code client's crash-recovery test kills it.
  connection.onRequest("llmsafe/serverInfo", () => ({ pid: process.pid }));

  connection.onHover(async (params: HoverParams): Promise<Hover | null> => {
    if (typeof params?.textDocument?.uri !== "string" || !isPosition(params.position)) throw invalidParams("textDocument.uri and position are required");
    const current = await currentFindings(params.textDocument.uri);
    if (!current) return null;
    const offset = current.doc.offsetAt(params.position);
    return hoverAt(current.findings, offset, features.markdownHover, docsUriOf);
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[] | null> => {
    if (typeof params?.textDocument?.uri !== "string" || !isRange(params.range)) throw invalidParams("textDocument.uri and range are required");
    const only: unknown = params.context?.only;
    const diagnostics: unknown = params.context?.diagnostics ?? [];
    if (only !== undefined && !(Array.isArray(only) && only.every((k) => typeof k === "string"))) throw invalidParams("context.only must be an array of kinds");
    if (!Array.isArray(diagnostics)) throw invalidParams("context.diagnostics must be an array");
    const current = await currentFindings(params.textDocument.uri);
    if (!current) return null;
    const keys = (diagnostics as CodeActionParams["context"]["diagnostics"])
      .filter((d) => d?.source === "llmsafe" && d.data)
      .map((d) => d.data as DiagnosticData)
      .filter((d) => typeof d.ruleId === "string" && typeof d.start === "number");
    return codeActions(
      { doc: current.doc, file: current.path, findings: current.findings, only: only as string[] | undefined, documentChanges: features.documentChanges },
      params.range,
      keys,
    );
  });

  function docsUriOf(ruleId: string): string | null {
    const file = join(options.docsDir, `${ruleId}.md`);
    return existsSync(file) ? pathToUri(file) : null;
  }

  connection.onExecuteCommand(async (params) => {
    const args = params?.arguments ?? [];
    switch (params?.command) {
      case COMMAND_OPEN_SURVEY: {
        const url = args[0];
        if (typeof url !== "string" || !/^https:\/\//.test(url)) throw invalidParams(`${COMMAND_OPEN_SURVEY} takes the section's https URL`);
        if (features.showDocument) return connection.window.showDocument({ uri: url, external: true });
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Survey section: ${url}` });
        return null;
      }
      case COMMAND_SHOW_RULE_DOCS: {
        const rule = typeof args[0] === "string" ? rulesById.get(args[0]) : undefined;
        if (!rule) throw invalidParams(`${COMMAND_SHOW_RULE_DOCS} takes a rule id`);
        const docs = docsUriOf(rule.id);
        if (docs && features.showDocument) return connection.window.showDocument({ uri: docs, takeFocus: true });
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `${rule.id}: ${rule.meta.description}. ${docs ?? rule.meta.surveyUrl}` });
        return null;
      }
      case COMMAND_SCAN:
        await ready;
        return reconfigureAll();
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `llmsafe: unknown command ${String(params?.command)}`);
    }
  });

  documents.listen(connection);
}
