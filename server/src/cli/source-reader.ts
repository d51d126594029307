// Sources as a run sees them: the overlay first (staged content, fixed text), hidden files
// absent (deleted in the index), each file read once, never through a link out of the project.
import { readFileSync, statSync } from "node:fs";
import { insideRoot } from "../inside-root";
import type { SourceReader } from "./graph";

/** A SourceReader that also keeps the texts it read from disk. */
export type RunReader = SourceReader & { texts: Map<string, string | undefined> };

export function makeReader(overlay: Map<string, string>, hidden: Set<string>, root: string): RunReader {
  const texts = new Map<string, string | undefined>();
  const exists = new Map<string, boolean>();
  return {
    texts,
    read(path) {
      if (overlay.has(path)) return overlay.get(path);
      if (hidden.has(path)) return undefined;
      if (texts.has(path)) return texts.get(path);
      let t: string | undefined;
      try {
        // Never read through a link that leads out of the project.
        t = insideRoot(root, path) ? readFileSync(path, "utf8") : undefined;
      } catch {
        t = undefined;
      }
      texts.set(path, t);
      return t;
    },
    exists(path) {
      if (overlay.has(path)) return true;
      if (hidden.has(path)) return false;
      let e = exists.get(path);
      if (e === undefined) {
        try {
          e = statSync(path).isFile() && insideRoot(root, path);
        } catch {
          e = false;
        }
        exists.set(path, e);
      }
      return e;
    },
  };
}
