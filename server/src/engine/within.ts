// Path containment by text (no file system): whether a path is a folder or inside it.
import { sep } from "node:path";

/**
 * Whether `path` is `dir` or below it. The filesystem root ("/", "C:\\") already ends with the
 * separator, and holds every path: a run over files of two top-level trees has it as its root.
 */
export function isWithin(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
