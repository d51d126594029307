// Second-order flows: data one request keeps (a session field, a database table's column) and a
// later request reads back. The ledger is project-wide: every file's analysis records the tainted
// writes it saw (its `store` sink hits, keyed by a stable name: `session.levelState.defences`,
// `table.document.content`), and a read asks the ledger what was written at that key, under it or
// above it. Writes may be found after a read was judged, so the project re-analyses the readers
// whose answers changed (Project.settleStores) until nothing changes: a two-phase fixpoint.
import type { Fact } from "./facts";
import type { Model } from "./model";
import { expandBraces, importPattern } from "./relevance";
import { trailSteps, type Trail } from "./value";

export interface StoredWrite {
  /** `<store>.<path>`: `session.user.name`, `table.document.content`, `table.document` (a whole row). */
  key: string;
  /** Taint kinds written there. */
  t: number;
  /** How the value got there, newest link first (ends where it was stored). */
  trail: Trail | null;
}

/** Whether a write at `key` concerns a read of `path`: the same key, a field under it, or a whole parent. */
export function keyConcerns(key: string, path: string): boolean {
  return key === path || key.startsWith(path + ".") || path.startsWith(key + ".");
}

export class StoreLedger {
  private readonly writes = new Map<string, StoredWrite[]>();
  /**
   * reader file -> path asked -> what the answer was: the taint kinds and where each write was kept
   * (a write that moved, its file edited, gives the reader's findings a stale location).
   */
  private readonly reads = new Map<string, Map<string, string>>();

  /** A file's analysis is done: its store writes replace the ones its last analysis recorded. */
  recordFacts(file: string, facts: readonly Fact[]): void {
    const out: StoredWrite[] = [];
    for (const f of facts) {
      if (f.type !== "sink" || f.sink !== "store" || !f.t || !f.detail.channel) continue;
      const key = f.detail.channel;
      const trail = { file: f.file, start: f.start, end: f.end, description: `kept as \`${key}\` here`, prev: f.trail };
      // Of two writes of the same kinds at one key, the more direct flow is the one readers' findings show.
      const same = out.findIndex((w) => w.key === key && (w.t | f.t) === w.t);
      if (same >= 0) {
        if (f.t === out[same].t && trailSteps(trail).length < trailSteps(out[same].trail).length) out[same] = { key, t: f.t, trail };
        continue;
      }
      out.push({ key, t: f.t, trail });
    }
    if (out.length) this.writes.set(file, out);
    else this.writes.delete(file);
  }

  /** A file's text changed or is gone: what its last analysis wrote and read no longer holds. */
  forgetFile(file: string): void {
    this.writes.delete(file);
    this.reads.delete(file);
  }

  /** A file is about to be analysed again: what it read is asked afresh. */
  forgetReads(file: string): void {
    this.reads.delete(file);
  }

  /** The writes a read of `path` sees, recorded as seen by `reader`. */
  query(path: string, reader: string): StoredWrite[] {
    const out = this.writesAt(path);
    let seen = this.reads.get(reader);
    if (!seen) this.reads.set(reader, (seen = new Map()));
    // The first answer since the reader's own analysis began is the one its findings were judged
    // with: another module's analysis that runs the reader's code later (a router registering its
    // handlers) may see newer writes, but must not make the reader look settled.
    if (!seen.has(path)) seen.set(path, answerSig(out));
    return out;
  }

  /** Whether this file's analysis read a store. */
  readsFrom(file: string): boolean {
    return this.reads.has(file);
  }

  /** Whether some file wrote tainted data under `prefix` (`route`: an app route sends model output). */
  hasWritesUnder(prefix: string): boolean {
    for (const ws of this.writes.values()) if (ws.some((w) => keyConcerns(w.key, prefix))) return true;
    return false;
  }

  /** Every write a read of `path` concerns. */
  private writesAt(path: string): StoredWrite[] {
    const out: StoredWrite[] = [];
    for (const ws of this.writes.values()) for (const w of ws) if (keyConcerns(w.key, path)) out.push(w);
    return out;
  }

  /** Whether any analysis read a store (if none did, no write can matter). */
  get anyReads(): boolean {
    return this.reads.size > 0;
  }

  /** Readers whose reads would now see other taint than when they were analysed. */
  staleReaders(): string[] {
    const out: string[] = [];
    for (const [file, seen] of this.reads) {
      for (const [path, answer] of seen) {
        if (answerSig(this.writesAt(path)) !== answer) { out.push(file); break; }
      }
    }
    return out;
  }
}

/** A write as a reader sees it: where it is kept, what taint, and where it was written. */
function writeSig(w: StoredWrite): string {
  return `${w.key}:${w.t}:${w.trail?.file ?? ""}:${w.trail?.start ?? ""}`;
}

function answerSig(ws: readonly StoredWrite[]): string {
  return ws.map(writeSig).sort().join("|");
}

/**
 * A file the prefilter left to the key scan may still write what a relevant file reads back:
 * one that assigns a store root's field (`req.session.x = ...`), or calls a store-write method
 * (`.values(`, `.create(`) while it imports a store's package or a file that does (the project
 * checks that import closure: `.create(` and `.set(` alone are in most files). Derived from the
 * models' store rows; `packages` is null when some write row names no package (a configured
 * local module), and then the method alone decides.
 */
export interface StoreWriteHints {
  roots: RegExp | null;
  methods: RegExp | null;
  packages: RegExp | null;
}

export function storeWriteHints(models: Model[]): StoreWriteHints {
  const methods = new Set<string>();
  const roots = new Set<string>();
  const modules = new Set<string>();
  let unnamed = false;
  for (const m of models) for (const row of m.rows) {
    const callees = Array.isArray(row.callee) ? row.callee : [row.callee];
    for (const c of callees) {
      const last = /([\w$]+)(?:\(\))?$/.exec(c)?.[1];
      if (row.kind === "store-write") {
        for (const alt of c.match(/\{([\w$,]+)\}$/)?.[1].split(",") ?? (last ? [last] : [])) methods.add(alt);
        const colon = c.indexOf(":");
        if (colon > 0) for (const mod of expandBraces(c.slice(0, colon))) modules.add(mod);
        else unnamed = true;
      }
      if (row.kind === "store-root" && last && /^(request|context):/.test(c)) roots.add(last);
    }
  }
  const packages = unnamed ? null : importPattern([...modules]);
  return {
    roots: roots.size ? new RegExp(String.raw`\b(?:${[...roots].join("|")})\s*(?:\.\s*[\w$]+|\[[^\]]*\])+\s*=[^=]`) : null,
    methods: methods.size ? new RegExp(String.raw`\.\s*(?:${[...methods].join("|")})\s*\(`) : null,
    packages,
  };
}
