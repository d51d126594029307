// The VS Code extension: a thin client. It starts the bundled language server (dist/server.js)
// over IPC, forwards the `llmsafe` settings and the workspace's trust, and adds what only an
// editor can do: commands, a status bar count, rule documentation and survey links.
// All analysis happens in the server, so the editor, the CLI and other LSP clients agree.
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { CrashRecovery, type RecoveryStats } from "./crash-recovery";
import { openRuleCatalog, openSurveySection, RULE_DOC_SCHEME, RuleDocProvider, showRuleDocumentation } from "./catalog";
import { ClientCommand, COMPONENT_LANGUAGES, COMPONENT_PATTERN, LANGUAGES, MCP_CONFIG_PATTERN, SETTINGS_SECTION, UNDERSTOOD_NOTIFICATION, type InitializationOptions, type UnderstoodParams } from "./protocol";
import { FindingStatus } from "./status";

/** Port the server's inspector listens on when the extension runs in debug mode (see .vscode/launch.json). */
const INSPECT_PORT = 6011;
/** Server-side commands that the client offers under its own ids, with progress and a summary. */
const SERVER_SCAN_COMMANDS = ["llmsafe.server.scanWorkspace"];

let client: LanguageClient | undefined;

/** What the extension exposes to other extensions and to its end-to-end tests. */
export interface LlmsafeApi {
  /** Process id of the running language server. */
  serverPid(): Promise<number | undefined>;
  /** How many times the client restarted a server that stopped unexpectedly. */
  restarts(): number;
  /** Restarts and the messages shown about them this session (a copy). */
  recovery(): RecoveryStats;
}

export async function activate(context: vscode.ExtensionContext): Promise<LlmsafeApi> {
  const output = vscode.window.createOutputChannel("llmsafe");
  const recovery = new CrashRecovery(output, ClientCommand.restartServer);
  const status = new FindingStatus();
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", `--inspect=${INSPECT_PORT}`] } },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher("**/.llmsaferc.json"),
    vscode.workspace.createFileSystemWatcher("**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"),
    vscode.workspace.createFileSystemWatcher(MCP_CONFIG_PATTERN),
    vscode.workspace.createFileSystemWatcher(COMPONENT_PATTERN),
  ];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...LANGUAGES.flatMap((language) => [{ scheme: "file", language }, { scheme: "untitled", language }]), ...COMPONENT_LANGUAGES.map((language) => ({ scheme: "untitled", language })), { scheme: "file", pattern: COMPONENT_PATTERN }, { scheme: "file", pattern: MCP_CONFIG_PATTERN }],
    // Settings are pulled per folder by the server (workspace/configuration); this only tells it when they change.
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watchers },
    // A function, so a restart after trust is granted sends the new value.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    errorHandler: recovery,
    middleware: {
      // The server offers these two for every editor (answering with window/showDocument); in VS Code
      // the client does better: rule pages open as a Markdown preview (or a page made from the rule's
      // metadata when no docs file ships), and only http(s) links reach the browser.
      executeCommand: (command, args, next) => {
        if (command === ClientCommand.showRuleDocumentation) return showRuleDocumentation(context.extensionUri, args[0]);
        if (command === ClientCommand.openSurveySection) return openSurveySection(args[0]);
        return next(command, args);
      },
    },
  };
  const lc = new LanguageClient("llmsafe", "llmsafe", serverOptions, clientOptions);
  client = lc;

  const enabled = () => vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>("enable", true);
  const showState = () => status.setState(!enabled() ? "disabled" : lc.state === State.Running ? "running" : lc.state === State.Starting ? "starting" : "stopped");
  context.subscriptions.push(
    lc.onDidChangeState(showState),
    lc.onNotification(UNDERSTOOD_NOTIFICATION, (p: UnderstoodParams) => status.setUnderstood(String(p?.summary ?? ""))),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && showState()),
    // Trust changes what the server may load (.llmsaferc.json models), and it is read at initialize.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine("Workspace trusted: restarting the server so it loads the workspace's .llmsaferc.json models.");
      void lc.restart();
    }),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, new RuleDocProvider()),
  );

  // Registered here only when the server does not offer them itself (see the middleware above).
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    [ClientCommand.showOutput]: () => output.show(true),
    [ClientCommand.restartServer]: async () => {
      output.appendLine("Restarting the server.");
      recovery.reset();
      if (lc.state === State.Stopped) await lc.start();
      else await lc.restart();
    },
    [ClientCommand.openRuleCatalog]: () => openRuleCatalog(context.extensionUri),
    [ClientCommand.showRuleDocumentation]: (ruleId) => showRuleDocumentation(context.extensionUri, ruleId),
    [ClientCommand.openSurveySection]: (url) => openSurveySection(url),
    [ClientCommand.findingCount]: () => status.count(),
    [ClientCommand.scanWorkspace]: () => scanWorkspace(lc, output, status),
  };

  try {
    await lc.start();
  } catch (e) {
    output.appendLine(`The llmsafe server failed to start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage("llmsafe: the server failed to start. See \"llmsafe: Show output\".");
  }
  showState();

  // Registered after start: the server may offer some of these ids itself through
  // executeCommandProvider (vscode-languageclient registers those), and one id cannot be registered twice.
  const serverCommands = new Set(lc.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
  for (const [id, handler] of Object.entries(handlers)) {
    if (serverCommands.has(id)) continue;
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }
  return {
    serverPid: async () => (lc.state === State.Running ? ((await lc.sendRequest("llmsafe/serverInfo")) as { pid?: number } | null)?.pid : undefined),
    restarts: () => recovery.stats.restarts,
    recovery: () => ({ ...recovery.stats }),
  };
}

/** Summary the server's scan command returns; every field optional so older servers still work. */
interface ScanSummary {
  files?: number;
  findings?: number;
  filesWithFindings?: number;
}

async function scanWorkspace(lc: LanguageClient, output: vscode.OutputChannel, status: FindingStatus): Promise<ScanSummary> {
  if (!vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>("enable", true)) {
    void vscode.window.showInformationMessage("llmsafe is disabled (llmsafe.enable).");
    return {};
  }
  const offered = lc.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  const command = SERVER_SCAN_COMMANDS.find((c) => offered.includes(c));
  if (!command) {
    void vscode.window.showErrorMessage("llmsafe: this server version cannot scan a workspace.");
    return {};
  }
  const started = Date.now();
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "llmsafe: scanning the workspace", cancellable: false },
    () => lc.sendRequest(ExecuteCommandRequest.type, { command, arguments: [] }) as Promise<ScanSummary | undefined>,
  );
  // A server that returns no summary: report what VS Code now holds.
  const held = status.count();
  const s: ScanSummary = summary && typeof summary === "object" ? summary : { findings: held.errors + held.warnings + held.infos, filesWithFindings: held.files };
  const files = s.files !== undefined ? `${s.files} files` : "the workspace";
  const text = `llmsafe: scanned ${files} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${s.findings ?? 0} findings${s.filesWithFindings !== undefined ? ` in ${s.filesWithFindings} files` : ""}.`;
  output.appendLine(text);
  void vscode.window.showInformationMessage(text, "Show problems").then((a) => a && vscode.commands.executeCommand("workbench.actions.view.problems"));
  return s;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
