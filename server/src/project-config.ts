// Which .llmsaferc.json files apply to a folder: the one place the language server and the API
// discover them (the CLI adds its own policy on top: --config, --no-config, and stopping on a
// broken file that applies to a linted folder).
import { dirname } from "node:path";
import { rules } from "../../rules/index";
import { ConfigError, configFilesUpTo, defaultConfig, findProjectConfigFile, loadConfigFile, loadScopedConfigs, nestedConfigFiles, type ResolvedConfig } from "./engine/config";
import type { IgnoreRules } from "./ignore-files";

const RULE_IDS = rules.map((r) => r.id);

export interface FolderConfig {
  config: ResolvedConfig;
  /** The project's own file (the outermost in the git repository, else the nearest above), if any. */
  path: string | null;
  /** Files that did not validate; each was left out (the project's own: the defaults stand in). */
  errors: ConfigError[];
}

/**
 * Reads the project's `.llmsaferc.json` for a root, and the nested ones that apply inside it:
 * those between the root and the project's file, and (with `below`, for a folder that is
 * walked) those in its folders that the ignore files do not exclude. A bad file yields the
 * defaults (a bad nested one is left out) plus the error, never a throw.
 */
export function loadFolderConfig(root: string, opts: { below?: boolean; ignore?: IgnoreRules } = {}): FolderConfig {
  const path = findProjectConfigFile(root);
  let top = defaultConfig();
  let topError: ConfigError | null = null;
  if (path) {
    try {
      top = loadConfigFile(path, RULE_IDS);
    } catch (e) {
      topError = e instanceof ConfigError ? e : new ConfigError(path, [{ keyPath: "", message: String((e as Error).message ?? e) }]);
    }
  }
  const files = new Set(configFilesUpTo([root], path ? dirname(path) : root));
  if (opts.below) for (const f of nestedConfigFiles(root, (d) => !!opts.ignore?.ignores(d, true))) if (!opts.ignore?.ignores(f)) files.add(f);
  // With the top file broken, its folder's nested files still apply on top of the defaults.
  const nested = loadScopedConfigs({ ...top, path }, [...files], RULE_IDS);
  const config = topError ? { ...nested.config, path: null } : nested.config;
  return { config, path, errors: [...(topError ? [topError] : []), ...nested.errors] };
}
