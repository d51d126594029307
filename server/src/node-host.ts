// File-system access for the CLI and the language server (the engine itself does no I/O).
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { ProjectHost } from "./engine/project";
export { insideRoot } from "./inside-root";
import { LINTED_EXTENSIONS } from "./engine/module-resolution";
import { isMcpConfigFile } from "./engine/mcp-config-names";

import { SKIP_DIRS, walkFiles } from "./folder-walk";
import { isWithin } from "./engine/within";
export { SKIP_DIRS };

/** Reads files as UTF-8 (a BOM is stripped by the parser), refusing paths that escape the root through links. */
export function fsHost(root: string, overlay?: Map<string, string>): ProjectHost {
  const realRoot = safeRealpath(resolve(root));
  return {
    readFile(path) {
      const o = overlay?.get(path);
      if (o !== undefined) return o;
      try {
        const real = safeRealpath(path);
        if (realRoot && real && !isWithin(realRoot, real)) return undefined;
        const st = statSync(path);
        if (!st.isFile()) return undefined;
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
    fileExists(path) {
      if (overlay?.has(path)) return true;
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
  };
}

function safeRealpath(p: string): string | null {
  try {
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

export function isSourceFile(path: string, exts: readonly string[] = LINTED_EXTENSIONS): boolean {
  const e = extname(path).toLowerCase();
  return (exts.includes(e) && !/\.min\.[cm]?js$/.test(path) && !path.endsWith(".d.ts")) || isMcpConfigFile(path);
}

/**
 * Source files under the given paths: directories walked (no symlinked dirs), build output
 * skipped, and the folders `skipDir` names (ignored ones) not entered.
 */
export function collectFiles(paths: string[], exts: readonly string[] = LINTED_EXTENSIONS, skipDir?: (path: string) => boolean): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => walkFiles(dir, (full) => {
    if (isSourceFile(full, exts)) out.add(full);
  }, skipDir);
  for (const p of paths) {
    const abs = resolve(p);
    if (!existsSync(abs)) continue;
    const st = lstatSync(abs);
    if (st.isDirectory()) walk(abs);
    else if (st.isFile()) out.add(abs);
  }
  return [...out].sort();
}
