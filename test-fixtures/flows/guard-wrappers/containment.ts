// flows/guard-wrappers/containment.ts: the notes agent's path checks, written once and called by
// every tool (guard wrappers: a function whose true result means "inside the allowed folders").
import path from "node:path";

/** True when `candidate` (absolute) lies in one of `roots`, or is one of them. */
export function isInsideRoots(candidate: string, roots: string[]): boolean {
  if (!candidate || candidate.includes("\0")) return false;
  let resolved: string;
  try {
    resolved = path.resolve(path.normalize(candidate));
  } catch {
    return false;
  }
  return roots.some((root) => {
    const base = path.resolve(root);
    if (resolved === base) return true;
    if (base === path.sep) return resolved.startsWith(path.sep);
    if (path.sep === "\\" && /^[A-Za-z]:\\?$/.test(base)) return resolved.startsWith(base);
    return resolved.startsWith(base + path.sep);
  });
}

/** isPathInside(child, parent) in the style of the small npm helpers. */
export function isPathInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return !!rel && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** Every one of a fixed list of mounts must hold the path (a literal, non-empty list). */
export function underEveryMount(file: string): boolean {
  const full = path.resolve(file);
  return ["/srv/notes"].every((mount) => full.startsWith(mount + path.sep));
}

/** Wrong: "/srv/notes-evil/x" starts with "/srv/notes". */
export function startsWithRoot(candidate: string, roots: string[]): boolean {
  const resolved = path.resolve(candidate);
  return roots.some((root) => resolved.startsWith(root));
}

/** Wrong: the early `true` for a short name returns before any check. */
export function quickCheck(candidate: string, roots: string[]): boolean {
  if (candidate.length < 3) return true;
  const resolved = path.resolve(candidate);
  return roots.some((root) => resolved.startsWith(root + path.sep));
}

/** Wrong: every() over a list that may be empty is true without a check. */
export function insideAll(candidate: string, roots: string[]): boolean {
  const resolved = path.resolve(candidate);
  return roots.every((root) => resolved.startsWith(root + path.sep));
}

/** Wrong: a home-relative name is swapped for the first root before the comparison, and passes. */
export function isRootOrHome(candidate: string, roots: string[]): boolean {
  if (candidate.startsWith("~")) {
    candidate = roots[0];
    return true;
  }
  return roots.some((root) => candidate === root);
}

/** One of the roots exactly. */
export function isOneOfRoots(candidate: string, roots: string[]): boolean {
  return roots.some((root) => candidate === root);
}
