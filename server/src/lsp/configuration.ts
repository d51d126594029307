// Configuration per folder: the editor's settings (read with workspace/configuration, or pushed
// with didChangeConfiguration by clients without it) merged with the folder's .llmsaferc.json,
// the errors in those files (on the file and once as a message), and the watchers for the
// config files above the workspace folders, which an editor's `**` watchers do not reach.
import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from "vscode-languageserver";
import { CONFIG_FILE } from "../engine/config";
import type { ClientFeatures } from "./capabilities";
import { configProblemDiagnostics } from "./diagnostics";
import type { DiagnosticsPublisher } from "./publisher";
import type { ServerLog } from "./server-log";
import { normalizeSettings, SETTINGS_SECTION, type LlmsafeSettings } from "./settings";
import { pathToUri } from "./uri";
import { KNOWN_RULE_IDS, type FolderState, type WorkspaceModel } from "./workspace";

/** How long the first analysis waits for the client's settings before going ahead with defaults. */
const SETTINGS_WAIT_MS = 3000;

export interface ConfigurationContext {
  connection: Connection;
  features: () => ClientFeatures;
  model: WorkspaceModel;
  publisher: DiagnosticsPublisher;
  log: ServerLog;
}

export class FolderConfiguration {
  /** Settings pushed with didChangeConfiguration, for clients without workspace/configuration. */
  pushedSettings: unknown = undefined;
  /** uris of config files that show their errors as diagnostics. */
  private readonly configDiagnostics = new Set<string>();
  private aboveWatch: { dirs: string; registration: Promise<Disposable> } | null = null;

  constructor(private readonly ctx: ConfigurationContext) {}

  /** The folder's editor settings, normalised (problems shown once); defaults if they cannot be read. */
  async fetchSettings(folder: FolderState): Promise<LlmsafeSettings> {
    let raw: unknown = (this.pushedSettings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (this.ctx.features().configuration) {
      try {
        raw = await this.ctx.connection.workspace.getConfiguration({ scopeUri: folder.uri ?? undefined, section: SETTINGS_SECTION });
      } catch (e) {
        this.ctx.log.log(`llmsafe: could not read settings (${(e as Error).message}); using defaults.`);
      }
    }
    const { settings, problems } = normalizeSettings(raw, KNOWN_RULE_IDS);
    for (const p of problems) this.ctx.log.showOnce("warning", `llmsafe: ${p}`);
    return settings;
  }

  /** Every folder's settings, read afresh (not applied). */
  async fetchAllSettings(): Promise<Map<FolderState, LlmsafeSettings>> {
    const fresh = new Map<FolderState, LlmsafeSettings>();
    for (const folder of this.ctx.model.allFolders()) fresh.set(folder, await this.fetchSettings(folder));
    return fresh;
  }

  /** Start-up: settings first, bounded, so a client that never answers workspace/configuration still gets diagnostics. */
  async applyStartupSettings(): Promise<void> {
    const { model, log } = this.ctx;
    const timeout = new Promise<void>((r) => setTimeout(r, SETTINGS_WAIT_MS).unref());
    await Promise.race([
      (async () => {
        for (const folder of model.workspaceFolders()) model.reconfigure(folder, await this.fetchSettings(folder));
      })().catch((e) => log.error(`llmsafe: reading settings failed: ${(e as Error).message}`)),
      timeout,
    ]);
  }

  /** Watches .llmsaferc.json in the folders above the workspace folders that apply to them. */
  async watchConfigsAbove(): Promise<void> {
    const features = this.ctx.features();
    if (!features.dynamicWatchers || !features.relativePatterns) return;
    const dirs = this.ctx.model.configDirsAbove();
    const key = dirs.join("\n");
    if (this.aboveWatch?.dirs === key) return;
    const previous = this.aboveWatch;
    this.aboveWatch = dirs.length ? { dirs: key, registration: this.registerConfigWatchers(dirs) } : null;
    (await previous?.registration)?.dispose();
    await this.aboveWatch?.registration;
  }

  private registerConfigWatchers(dirs: string[]): Promise<Disposable> {
    const watchers = dirs.map((d) => ({ globPattern: { baseUri: pathToUri(d), pattern: CONFIG_FILE } }));
    return this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((e: Error) => {
      this.ctx.log.log(`llmsafe: could not watch the configuration files above the workspace: ${e.message}`);
      return { dispose() {} };
    });
  }

  /** Shows what is wrong with each folder's .llmsaferc.json, on the file and once as a message. */
  reportConfigErrors(): void {
    const { model, publisher, log } = this.ctx;
    const now = new Set<string>();
    for (const f of model.allFolders()) {
      for (const err of f.configErrors) {
        const uri = pathToUri(err.path);
        if (now.has(uri)) continue;
        now.add(uri);
        const detail = err.problems.map((p) => `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("; ");
        const fallback = err.path === f.configPath ? "Using the default configuration until it is fixed." : "The rest of the configuration applies.";
        log.showOnce("error", `llmsafe: invalid configuration in ${err.path}: ${detail}. ${fallback}`);
        publisher.publish(uri, configProblemDiagnostics(err.problems));
      }
    }
    for (const uri of this.configDiagnostics) if (!now.has(uri)) publisher.clear(uri);
    this.configDiagnostics.clear();
    for (const uri of now) this.configDiagnostics.add(uri);
  }

  isConfigDiagnostic(uri: string): boolean {
    return this.configDiagnostics.has(uri);
  }
}
