// Link-safe containment: no parser imports here, so the CLI's main thread can use it cheaply.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { isWithin } from "./engine/within";

function realpathOrNull(p: string): string | null {
  try {
    // One realpath(3) call; the JS version lstat()s every component of every path.
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

/**
 * Roots are asked about thousands of times in a run: their resolved path is kept for a couple of
 * seconds (a root that is a link and gets pointed elsewhere is seen again after that).
 */
const realRoots = new Map<string, { real: string; at: number }>();
const ROOT_TTL_MS = 2000;
function realRoot(root: string): string | null {
  const now = Date.now();
  const hit = realRoots.get(root);
  if (hit && now - hit.at < ROOT_TTL_MS) return hit.real;
  const real = realpathOrNull(root);
  if (realRoots.size > 64) realRoots.clear();
  if (real) realRoots.set(root, { real, at: now });
  else realRoots.delete(root);
  return real;
}

/**
 * Whether `path`, with every link resolved, is inside `root` (also resolved). A workspace may
 * hold links to anywhere; we read only what really lives under the root.
 */
export function insideRoot(root: string, path: string): boolean {
  const top = realRoot(resolve(root));
  const real = realpathOrNull(path);
  if (!top || !real) return false;
  return isWithin(top, real);
}

