// --cache: results per file, keyed by a hash of everything they depend on: the tool build
// (engine and rules), the resolved configuration, and the text of every file the file reaches
// through imports (so a change in a dependency's exports re-analyses its importers).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ResolvedConfig } from "../engine/config";
import type { FileResult } from "../engine/types";

interface CacheEntry {
  key: string;
  result: FileResult;
}

interface CacheData {
  version: 1;
  entries: Record<string, CacheEntry>;
}

export function defaultCacheLocation(root: string): string {
  return join(root, "node_modules", ".cache", "llmsafe", "results.json");
}

/** What every key shares: the engine and rules build, the config, the root. */
export function runKey(toolBuild: string, config: ResolvedConfig, root: string): string {
  const { path: _path, ...rest } = config;
  return createHash("sha1").update(toolBuild).update("\0").update(JSON.stringify(rest)).update("\0").update(root).digest("base64");
}

export function fileKey(runKeyHash: string, file: string, closureHash: string): string {
  return createHash("sha1").update(runKeyHash).update("\0").update(file).update("\0").update(closureHash).digest("base64");
}

export class ResultCache {
  private data: CacheData = { version: 1, entries: {} };
  hits = 0;
  misses = 0;

  constructor(readonly location: string) {
    try {
      if (existsSync(location)) {
        const d = JSON.parse(readFileSync(location, "utf8")) as CacheData;
        if (d && d.version === 1 && d.entries && typeof d.entries === "object") this.data = d;
      }
    } catch {
      // A corrupt cache is an empty cache.
    }
  }

  get(file: string, key: string): FileResult | undefined {
    const e = this.data.entries[file];
    if (e && e.key === key) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, key: string, result: FileResult): void {
    this.data.entries[file] = { key, result };
  }

  save(): void {
    mkdirSync(dirname(this.location), { recursive: true });
    const tmp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.location);
  }
}
