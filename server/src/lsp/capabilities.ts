// The initialize handshake: what the client told us it can do (it decides the shape of what we
// send), the options it passed, and what the server offers in return.
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type InitializeResult } from "vscode-languageserver";
import { FIX_ALL_KIND } from "./code-actions";
import { COMMANDS } from "./commands";
import { pathToUri } from "./uri";

export interface ClientFeatures {
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

export function clientFeatures(c: ClientCapabilities): ClientFeatures {
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

/** initializationOptions, as far as the server reads them. */
export interface InitOptions {
  /** initializationOptions.debounceMs when it is a usable number. */
  debounceMs?: number;
  /** Editors without a notion of trust (Neovim, Emacs) open only what their user chose to open. */
  trusted: boolean;
}

export function readInitOptions(params: InitializeParams): InitOptions {
  const initOptions = (params.initializationOptions ?? {}) as { debounceMs?: unknown; workspaceTrusted?: unknown };
  const debounceMs = typeof initOptions.debounceMs === "number" && initOptions.debounceMs >= 0 ? initOptions.debounceMs : undefined;
  return { debounceMs, trusted: initOptions.workspaceTrusted !== false };
}

/** The workspace folders, or the root of a client that predates them. */
export function initialFolderUris(params: InitializeParams): string[] {
  return params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToUri(params.rootPath)] : []);
}

export function serverCapabilities(): InitializeResult {
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
}
