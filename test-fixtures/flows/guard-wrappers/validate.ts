// flows/guard-wrappers/validate.ts: validators that return the checked path or throw.
import fs from "node:fs/promises";
import path from "node:path";
import { isInsideRoots } from "./containment";

let allowed: string[] = [];

export function setAllowed(dirs: string[]): void {
  allowed = dirs.map((d) => path.resolve(d));
}

/** Trims quotes and doubled slashes: the same path, written the canonical way. */
export function normalizeFilePath(p: string): string {
  const trimmed = p.trim().replace(/^["']|["']$/g, "");
  return path.normalize(trimmed.replace(/\/+/g, "/"));
}

function resolveAgainstAllowed(relative: string): string {
  for (const dir of allowed) {
    const candidate = path.resolve(dir, relative);
    if (isInsideRoots(normalizeFilePath(candidate), allowed)) return candidate;
  }
  return path.resolve(allowed[0] ?? process.cwd(), relative);
}

/** The full validator: absolute, checked, its real path checked again, or its parent for a new file. */
export async function checkedPath(requested: string): Promise<string> {
  const absolute = path.isAbsolute(requested) ? path.resolve(requested) : resolveAgainstAllowed(requested);
  const normalised = normalizeFilePath(absolute);
  const ok = isInsideRoots(normalised, allowed);
  if (!ok) {
    throw new Error(`Access denied: ${absolute} is outside the allowed folders`);
  }
  try {
    const real = await fs.realpath(absolute);
    if (!isInsideRoots(normalizeFilePath(real), allowed)) {
      throw new Error(`Access denied: link target ${real} is outside the allowed folders`);
    }
    return real;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      const parent = await fs.realpath(path.dirname(absolute));
      if (!isInsideRoots(normalizeFilePath(parent), allowed)) throw new Error("Access denied: parent outside");
      return absolute;
    }
    throw err;
  }
}

/** Wrong: logs and carries on. */
export async function loggedPath(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  if (!isInsideRoots(absolute, allowed)) {
    console.warn(`path outside the allowed folders: ${absolute}`);
  }
  return absolute;
}

/** Wrong: checks its real path but returns the unresolved one... of a raw, relative name. */
export async function checkedRaw(requested: string): Promise<string> {
  if (!isInsideRoots(normalizeFilePath(requested), allowed)) throw new Error("Access denied");
  return requested;
}
