// The language server: builds its parts and routes protocol events to them. Each part owns one
// concern: the open documents and the versions analysed (documents.ts), when they are analysed
// (scheduler.ts: debounced per document, or on save; the newest text always wins), analysing and
// publishing (linting.ts, publisher.ts), the workspace scan (workspace-scan.ts, in small steps
// that yield to incoming edits), settings and .llmsaferc.json per folder (configuration.ts),
// hover and code actions (requests.ts) and commands (commands.ts).
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { clientFeatures, initialFolderUris, readInitOptions, serverCapabilities, type ClientFeatures } from "./capabilities";
import { executeCommand, ruleDocsUri } from "./commands";
import { FolderConfiguration } from "./configuration";
import { DocumentStore } from "./documents";
import { Linter } from "./linting";
import { DiagnosticsPublisher } from "./publisher";
import { UNDERSTOOD_NOTIFICATION, UnderstoodTracker } from "./understood";
import { FindingRequests } from "./requests";
import { ScanProgress } from "./scan-progress";
import { AnalysisScheduler, ReadyGate } from "./scheduler";
import { ServerLog } from "./server-log";
import { sameSettings, SETTINGS_SECTION } from "./settings";
import { uriToPath } from "./uri";
import { WorkspaceModel, type DocumentTarget } from "./workspace";
import { WorkspaceScanner, type ScanSummary } from "./workspace-scan";

export { COMMAND_SCAN, COMMANDS } from "./commands";
export type { ScanSummary } from "./workspace-scan";

export interface ServerOptions {
  /** Where docs/rules/<id>.md live (next to the bundle in the extension). */
  docsDir: string;
}

/** A scan shows progress once it has run this long (LLMSAFE_PROGRESS_DELAY_MS lets tests see it). */
const SCAN_PROGRESS_DELAY_MS = ((v) => (v !== undefined && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : 1000))(process.env.LLMSAFE_PROGRESS_DELAY_MS);

/** The parts of one server session; the handlers below only route protocol events to them. */
interface Session {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  model: WorkspaceModel;
  /** What the client can do (known once initialize has arrived). */
  client: { features: ClientFeatures };
  ready: ReadyGate;
  log: ServerLog;
  docs: DocumentStore;
  publisher: DiagnosticsPublisher;
  scheduler: AnalysisScheduler;
  linter: Linter;
  configuration: FolderConfiguration;
  scanner: WorkspaceScanner;
  requests: FindingRequests;
  docsUriOf: (ruleId: string) => string | null;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const s = createSession(connection, options);
  registerLifecycle(s);
  registerDocumentEvents(s);
  registerWorkspaceEvents(s);
  registerRequests(s);
  s.documents.listen(connection);
}

function createSession(connection: Connection, options: ServerOptions): Session {
  const documents = new TextDocuments(TextDocument);
  const model = new WorkspaceModel();
  const client = { features: clientFeatures({}) };
  const features = () => client.features;
  const ready = new ReadyGate();
  const log = new ServerLog(connection);
  const docs = new DocumentStore(documents);
  const understood = new UnderstoodTracker((params) => void connection.sendNotification(UNDERSTOOD_NOTIFICATION, params));
  const publisher = new DiagnosticsPublisher((params) => void connection.sendDiagnostics(params), (uri, u) => understood.record(uri, u));
  const linter = new Linter(model, docs, publisher, log);
  const scheduler = new AnalysisScheduler((uri) => linter.lintDocument(uri), ready.opened);
  const configuration = new FolderConfiguration({ connection, features, model, publisher, log });
  const scanner = new WorkspaceScanner({
    model, docs, publisher, linter, log,
    isConfigDiagnostic: (uri) => configuration.isConfigDiagnostic(uri),
    startProgress: () => new ScanProgress(connection, client.features.workDoneProgress, SCAN_PROGRESS_DELAY_MS),
  });
  const docsUriOf = (ruleId: string) => ruleDocsUri(options.docsDir, ruleId);
  const requests = new FindingRequests({ model, docs, scheduler, ready: ready.opened, features, docsUriOf });
  return { connection, documents, model, client, ready, log, docs, publisher, scheduler, linter, configuration, scanner, requests, docsUriOf };
}

/**
 * Re-reads settings and config files, then re-analyses everything. With `ifSettingsChanged`
 * (a didChangeConfiguration, which VS Code also sends right after start-up) nothing happens
 * unless some folder's settings really changed: a rescan costs a whole workspace analysis.
 */
async function reconfigureAll(s: Session, ifSettingsChanged = false): Promise<ScanSummary | null> {
  const fresh = await s.configuration.fetchAllSettings();
  if (ifSettingsChanged && [...fresh].every(([f, settings]) => sameSettings(f.settings, settings))) return null;
  for (const [folder, settings] of fresh) s.model.reconfigure(folder, settings);
  s.configuration.reportConfigErrors();
  void s.configuration.watchConfigsAbove();
  for (const doc of s.docs.all()) {
    s.model.forgetUntitled(doc.uri);
    s.docs.forgetAnalysis(doc.uri);
  }
  for (const doc of s.docs.all()) s.scheduler.runNow(doc.uri);
  return s.scanner.scan();
}

// ------------------------------------------------------------------ protocol handlers

function registerLifecycle(s: Session): void {
  const { connection, model } = s;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    s.client.features = clientFeatures(params.capabilities ?? {});
    const init = readInitOptions(params);
    if (init.debounceMs !== undefined) s.scheduler.debounceMs = init.debounceMs;
    model.trusted = init.trusted;
    if (!model.trusted) s.log.log("llmsafe: untrusted workspace: .llmsaferc.json models are not loaded.");
    for (const uri of initialFolderUris(params)) model.addFolder(uri);
    return serverCapabilities();
  });

  connection.onInitialized(async () => {
    const features = s.client.features;
    if (features.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (features.dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,vue,svelte}" }, { globPattern: "**/.llmsaferc.json" }, { globPattern: "**/.gitignore" }, { globPattern: "**/.llmsafeignore" }],
      });
    }
    if (features.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => workspaceFoldersChanged(s, e));
    await s.configuration.applyStartupSettings();
    s.configuration.reportConfigErrors();
    void s.configuration.watchConfigsAbove();
    s.ready.open();
    s.log.log(`llmsafe: ready (${model.workspaceFolders().length} workspace folder(s)).`);
    void s.scanner.scan();
  });
}

async function workspaceFoldersChanged(s: Session, e: WorkspaceFoldersChangeEvent): Promise<void> {
  // Clients (and fuzzers) send odd shapes: only well-formed folder entries count.
  const folders = (list: unknown) => (Array.isArray(list) ? list : []).filter((f): f is { uri: string } => typeof f?.uri === "string");
  for (const f of folders(e?.removed)) {
    const gone = s.model.removeFolder(f.uri);
    if (gone) for (const uri of s.publisher.uris()) if (uriToPath(uri)?.startsWith(gone.root) && !s.documents.get(uri)) s.publisher.clear(uri);
  }
  for (const f of folders(e?.added)) s.model.addFolder(f.uri);
  await reconfigureAll(s);
}

/** The editor's text is what the engine reads for an open document, analysed yet or not. */
function overlayText(model: WorkspaceModel, doc: TextDocument): DocumentTarget {
  const target = model.targetFor(doc.uri, doc.languageId);
  if (target.kind === "lint") model.overlay.set(target.path, doc.getText());
  return target;
}

function registerDocumentEvents(s: Session): void {
  const { documents, model, scheduler } = s;
  documents.onDidOpen((e) => {
    overlayText(model, e.document);
    scheduler.schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    const doc = e.document;
    const target = overlayText(model, doc);
    if (!s.docs.wasAnalysed(doc.uri)) return; // the open's own analysis is already scheduled
    const run = target.kind === "lint" ? target.folder?.settings.run ?? "onType" : "onType";
    if (run === "onType") scheduler.afterEdit(doc.uri);
  });

  documents.onDidSave((e) => {
    const target = model.targetFor(e.document.uri, e.document.languageId);
    if (target.kind === "lint" && target.folder?.settings.run === "onSave") scheduler.schedule(e.document.uri, 0);
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    scheduler.cancel(uri);
    s.docs.closed(uri);
    const target = model.targetFor(uri, e.document.languageId);
    if (target.kind !== "lint") return s.publisher.clear(uri);
    model.overlay.delete(target.path);
    if (!target.folder || target.folder.kind !== "folder") {
      model.forgetUntitled(uri);
      return s.publisher.clear(uri);
    }
    // Back to the text on disk: the workspace scan's view of the file (and of its importers).
    s.linter.fileChangedOnDisk(target.path, false);
  });
}

function registerWorkspaceEvents(s: Session): void {
  s.connection.onDidChangeConfiguration(async (params) => {
    s.configuration.pushedSettings = params?.settings;
    await s.ready.opened;
    await reconfigureAll(s, true);
  });

  s.connection.onDidChangeWatchedFiles(async (params) => {
    await s.ready.opened;
    let reconfigure = false;
    for (const change of params?.changes ?? []) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      if (path.endsWith(".llmsaferc.json") || path.endsWith(".gitignore") || path.endsWith(".llmsafeignore")) reconfigure = true;
      else s.linter.fileChangedOnDisk(path, change.type === FileChangeType.Deleted);
    }
    if (reconfigure) await reconfigureAll(s);
  });
}

function registerRequests(s: Session): void {
  const { connection } = s;
  // Which process serves this client: the VS Code client's crash-recovery test kills it.
  connection.onRequest("llmsafe/serverInfo", () => ({ pid: process.pid }));
  connection.onHover((params) => s.requests.hover(params));
  connection.onCodeAction((params) => s.requests.codeActions(params));
  connection.onExecuteCommand((params) =>
    executeCommand(params, {
      connection,
      log: s.log,
      features: () => s.client.features,
      docsUriOf: s.docsUriOf,
      ready: s.ready.opened,
      rescan: () => reconfigureAll(s),
    }));
}
