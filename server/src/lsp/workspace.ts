// Which Project a document belongs to. One Project per workspace folder (multi-root), one per
// directory for files opened outside any folder, and a single-file Project per untitled
// document. All of them read open documents from one shared overlay, so an unsaved edit in a
// helper is what its importers see.
import { dirname, resolve, sep } from "node:path";
import { rules } from "../../../rules/index";
import { type ConfigError, defaultConfig, findConfigFile, findGitRoot, type ResolvedConfig } from "../engine/config";
import type { Project, ProjectHost } from "../engine/project";
import { createProject } from "../defaults";
import { collectFiles, fsHost, isSourceFile } from "../node-host";
import { IgnoreRules } from "../ignore-files";
import { loadFolderConfig } from "../project-config";
import { defaultSettings, mergeConfig, type LlmsafeSettings } from "./settings";
import { isUntitled, untitledPath, uriToPath } from "./uri";
import { isWithin } from "../engine/within";

export const RULE_IDS = rules.map((r) => r.id);
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULE_IDS);

/** A folder's analysis context. `kind: "loose"` is a directory outside every workspace folder. */
export interface FolderState {
  kind: "folder" | "loose";
  /** Workspace folder URI (what `workspace/configuration` is scoped by); null for loose dirs. */
  uri: string | null;
  root: string;
  project: Project;
  /** .gitignore / .llmsafeignore of the folder, as the CLI reads them. */
  ignoreFiles: IgnoreRules;
  settings: LlmsafeSettings;
  /** The config file in force (null: defaults), and what was wrong with it or with nested ones. */
  configPath: string | null;
  configErrors: ConfigError[];
}

export type DocumentTarget =
  | { kind: "lint"; path: string; project: Project; folder: FolderState | null }
  | { kind: "skip"; reason: string; path: string | null };


export class WorkspaceModel {
  readonly overlay = new Map<string, string>();
  /**
   * False in a workspace the user has not trusted: its .llmsaferc.json `models` (extra sources,
   * sinks and sanitizers: code-like configuration) are not loaded; severities and ignores still apply.
   */
  trusted = true;
  private folders: FolderState[] = [];
  private readonly loose = new Map<string, FolderState>();
  private readonly untitled = new Map<string, { path: string; project: Project }>();

  allFolders(): FolderState[] {
    return [...this.folders, ...this.loose.values()];
  }

  workspaceFolders(): FolderState[] {
    return this.folders;
  }

  /**
   * Folders above the workspace folders whose .llmsaferc.json applies to them (up to the
   * repository root, or to the project's file when it lies above): an editor's `**` watchers
   * do not reach them.
   */
  configDirsAbove(): string[] {
    const out = new Set<string>();
    for (const f of this.folders) {
      const gitRoot = findGitRoot(f.root);
      const stop = gitRoot ?? (f.configPath ? dirname(f.configPath) : f.root);
      for (let d = dirname(f.root); d !== f.root && isWithin(stop, d); d = dirname(d)) {
        out.add(d);
        if (d === stop || dirname(d) === d) break;
      }
      if (f.configPath && !isWithin(f.root, f.configPath)) out.add(dirname(f.configPath));
    }
    return [...out].sort();
  }

  private folderConfig(root: string, kind: FolderState["kind"], ignoreFiles: IgnoreRules) {
    // A loose folder (a file opened outside the workspace) is never walked downwards: it may be ~.
    const loaded = loadFolderConfig(root, { below: kind === "folder", ignore: ignoreFiles });
    if (!this.trusted && loaded.config.models?.length) loaded.config = { ...loaded.config, models: [] };
    return loaded;
  }

  private createState(kind: FolderState["kind"], uri: string | null, root: string, settings: LlmsafeSettings): FolderState {
    const ignoreFiles = new IgnoreRules(root);
    const { config, path, errors } = this.folderConfig(root, kind, ignoreFiles);
    const project = createProject({ root, host: fsHost(root, this.overlay), config: mergeConfig(config, settings) });
    return { kind, uri, root, project, ignoreFiles, settings, configPath: path, configErrors: errors };
  }

  addFolder(uri: string, settings = defaultSettings()): FolderState | null {
    const root = uriToPath(uri);
    if (!root) return null;
    const existing = this.folders.find((f) => f.uri === uri);
    if (existing) return existing;
    const state = this.createState("folder", uri, resolve(root), settings);
    this.folders.push(state);
    // Longest root first, so a nested folder wins over its parent.
    this.folders.sort((a, b) => b.root.length - a.root.length);
    // Loose directories now covered by a folder are dropped.
    for (const [dir] of this.loose) if (isWithin(state.root, dir)) this.loose.delete(dir);
    return state;
  }

  removeFolder(uri: string): FolderState | null {
    const i = this.folders.findIndex((f) => f.uri === uri);
    if (i < 0) return null;
    return this.folders.splice(i, 1)[0];
  }

  /** Re-reads the config file and applies settings; the Project starts afresh (its caches depend on config). */
  reconfigure(state: FolderState, settings: LlmsafeSettings): void {
    state.ignoreFiles.clear();
    const { config, path, errors } = this.folderConfig(state.root, state.kind, state.ignoreFiles);
    state.settings = settings;
    state.configPath = path;
    state.configErrors = errors;
    state.project.setConfig(mergeConfig(config, settings));
  }

  folderOf(path: string): FolderState | null {
    return this.folders.find((f) => isWithin(f.root, path)) ?? null;
  }

  /** The folder for a file outside every workspace folder: its config file's directory, or its own. */
  private looseFolderOf(path: string): FolderState {
    const configPath = findConfigFile(dirname(path));
    const root = configPath ? dirname(configPath) : dirname(path);
    let state = this.loose.get(root);
    if (!state) {
      state = this.createState("loose", null, root, this.folders[0]?.settings ?? defaultSettings());
      this.loose.set(root, state);
    }
    return state;
  }

  /** Where a document is analysed, or why it is not. */
  targetFor(uri: string, languageId: string): DocumentTarget {
    if (isUntitled(uri)) {
      const path = untitledPath(uri, languageId);
      if (!path) return { kind: "skip", reason: `language ${languageId} is not analysed`, path: null };
      let u = this.untitled.get(uri);
      if (!u || u.path !== path) {
        u = { path, project: createProject({ root: dirname(path), host: singleFileHost(path, this.overlay), config: mergeConfig(defaultConfig(), this.folders[0]?.settings ?? defaultSettings()) }) };
        this.untitled.set(uri, u);
      }
      return { kind: "lint", path, project: u.project, folder: null };
    }
    const path = uriToPath(uri);
    if (!path) return { kind: "skip", reason: "only file: and untitled: documents are analysed", path: null };
    if (!isSourceFile(path)) return { kind: "skip", reason: "not a JavaScript or TypeScript source file", path };
    const folder = this.folderOf(path) ?? this.looseFolderOf(path);
    const skip = this.skipReason(folder, path);
    if (skip) return { kind: "skip", reason: skip, path };
    return { kind: "lint", path, project: folder.project, folder };
  }

  skipReason(folder: FolderState, path: string): string | null {
    if (!folder.settings.enable) return "llmsafe.enable is false for this folder";
    if (path.split(sep).includes("node_modules")) return "files under node_modules are not analysed";
    if (folder.ignoreFiles.ignores(path)) return "the file is ignored by .gitignore or .llmsafeignore";
    if (folder.project.isIgnored(path)) return "the file matches `ignore` in .llmsaferc.json";
    return null;
  }

  forgetUntitled(uri: string): void {
    this.untitled.delete(uri);
  }

  untitledProjects(): Project[] {
    return [...this.untitled.values()].map((u) => u.project);
  }

  /** The files a workspace scan analyses: source files, minus ignored ones. */
  scanList(folder: FolderState): string[] {
    if (!folder.settings.enable) return [];
    return collectFiles([folder.root]).filter((f) => !this.skipReason(folder, f));
  }
}

/** The one place the language server makes a Project (a folder's, a loose directory's or an untitled document's). */

/** An untitled document has no neighbours: it can only read itself. */
function singleFileHost(path: string, overlay: Map<string, string>): ProjectHost {
  return {
    readFile: (p) => (p === path ? overlay.get(p) : undefined),
    fileExists: (p) => p === path && overlay.has(p),
  };
}
