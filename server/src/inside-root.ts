// Link-safe containment: no parser imports here, so the CLI's main thread can use it cheaply.
import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";

function realpathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * Whether `path`, with every link resolved, is inside `root` (also resolved). A workspace may
 * hold links to anywhere; we read only what really lives under the root.
 */
export function insideRoot(root: string, path: string): boolean {
  const realRoot = realpathOrNull(resolve(root));
  const real = realpathOrNull(path);
  if (!realRoot || !real) return false;
  return real === realRoot || real.startsWith(realRoot + sep);
}

