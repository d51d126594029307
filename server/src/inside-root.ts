// Link-safe containment: no parser imports here, so the CLI's main thread can use it cheaply.
import { realpathSync } from "node:fs";
import { resolve, sep } from "node:path";

function realpathOrNull(p: string): string | null {
  try {
    // One realpath(3) call; the JS version lstat()s every component of every path.
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

/** Roots are asked about thousands of times in a run; a root that moves mid-run is not a case. */
const realRoots = new Map<string, string | null>();
function realRoot(root: string): string | null {
  let r = realRoots.get(root);
  if (r === undefined) {
    r = realpathOrNull(root);
    if (realRoots.size > 64) realRoots.clear();
    if (r) realRoots.set(root, r);
  }
  return r;
}

/**
 * Whether `path`, with every link resolved, is inside `root` (also resolved). A workspace may
 * hold links to anywhere; we read only what really lives under the root.
 */
export function insideRoot(root: string, path: string): boolean {
  const top = realRoot(resolve(root));
  const real = realpathOrNull(path);
  if (!top || !real) return false;
  return real === top || real.startsWith(top + sep);
}

