// Folders never linted or searched for configuration (dependencies, VCS data, build output),
// and the walk that skips them. Shared by the CLI's file walk, the language server's scan and
// the nested-config search; no parser imports, so the CLI's main thread can use it cheaply.
import { readdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { isMcpConfigFile, MCP_CONFIG_DOT_DIRS } from "./engine/mcp-config-names";

export const SKIP_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".cache", ".vscode-test", ".output"]);

/**
 * Dot-folders that hold source, not tooling: Remix / React Router keep server-only and client-only
 * modules in `.server` and `.client` folders (`app/lib/.server/llm/`), often the whole LLM layer.
 */
export const SOURCE_DOT_DIRS: ReadonlySet<string> = new Set([".server", ".client"]);

/** A folder the walks never enter: dependencies, build output, and dot-folders other than the source ones. */
export function isSkippedDir(name: string): boolean {
  return SKIP_DIRS.has(name) || (name.startsWith(".") && !SOURCE_DOT_DIRS.has(name));
}

/**
 * Calls `onFile` for every regular file under `dir`, skipping SKIP_DIRS, dot-folders (but for the
 * MCP configuration in a tool's dot-folder), links to folders and the folders `skipDir` refuses
 * (gitignored ones: not entered at all).
 */
export function walkFiles(dir: string, onFile: (path: string, name: string) => void, skipDir?: (path: string) => boolean, mcpConfigOnly = false): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!isSkippedDir(e.name) && !skipDir?.(full)) walkFiles(full, onFile, skipDir, mcpConfigOnly);
      // A tool's dot-folder (`.cursor`, `.vscode`): entered for its MCP configuration only.
      else if (MCP_CONFIG_DOT_DIRS.has(e.name) && !skipDir?.(full)) walkFiles(full, onFile, skipDir, true);
    } else if (e.isFile() && (!mcpConfigOnly || isMcpConfigFile(e.name))) onFile(full, e.name);
  }
}
