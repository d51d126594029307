// The import graph of a run, read with the engine's own import pattern, and what it is for:
// a canonical analysis order (dependencies first, each import cycle entered at its first file
// by path) so a file's findings depend only on the files it reaches, never on which other files
// share a worker; self-contained work units for the worker pool; and content hashes of each
// file's import closure for the cache.
import { createHash } from "node:crypto";
import { dirname, extname, join, resolve, sep } from "node:path";
import { IMPORT_SPECIFIER_RE, resolveImport } from "../engine/module-resolution";
import { PathAliases } from "../engine/path-aliases";
import { fetchedPaths, fetchMatches, routeOfFile, servedPaths } from "../engine/eval/own-routes";
import type { RouteFileConvention } from "../engine/model";

/** Same resolution as the engine (server/src/engine/project.ts): relative imports, requires and tsconfig `paths` aliases. */
export interface SourceReader {
  /** Text of a file as the analysis will see it (staged content, fixed content, disk), or undefined. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
}

export { resolveImport };

export interface ImportGraph {
  /** Every file reached from the linted files, sorted. */
  nodes: string[];
  edges: Map<string, string[]>;
  /** Content hash per node ("" when unreadable). */
  contentHash: Map<string, string>;
  /** Strongly connected components, dependencies before dependents; members sorted. */
  sccs: string[][];
  sccOf: Map<string, number>;
}

export function buildGraph(root: string, linted: string[], reader: SourceReader, routeFiles: readonly RouteFileConvention[] = []): ImportGraph {
  const edges = new Map<string, string[]>();
  const contentHash = new Map<string, string>();
  const queue = [...linted];
  const aliases = new PathAliases(root, (p) => reader.read(p));
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (edges.has(file)) continue;
    const text = reader.read(file);
    contentHash.set(file, text === undefined ? "" : createHash("sha1").update(text).digest("base64"));
    const deps = new Set<string>();
    if (text !== undefined && text.length <= 4_000_000) {
      for (const m of text.matchAll(IMPORT_SPECIFIER_RE)) {
        const target = resolveImport(root, file, m[1], (p) => reader.exists(p), aliases);
        if (target && target !== file) deps.add(target);
      }
    }
    const sorted = [...deps].sort();
    edges.set(file, sorted);
    for (const d of sorted) if (!edges.has(d)) queue.push(d);
  }
  if (routeFiles.length) linkRouteReaders(edges, reader, routeFiles);
  const nodes = [...edges.keys()].sort();
  const { sccs, sccOf } = tarjan(nodes, edges);
  return { nodes, edges, contentHash, sccs, sccOf };
}

/**
 * A page that fetches the app's own route reads what the route sends (engine/eval/own-routes.ts):
 * the route is one of its dependencies, analysed first and in the same project.
 */
function linkRouteReaders(edges: Map<string, string[]>, reader: SourceReader, routeFiles: readonly RouteFileConvention[]): void {
  // A route found by file conventions serves the pages of its own app folder only (engine: servesReader):
  // a run over several apps must not join one app's page to another's route in one project.
  const served: { file: string; paths: string[]; app: string | null }[] = [];
  const fetching: { file: string; wanted: { path: string; open: boolean }[] }[] = [];
  for (const file of edges.keys()) {
    const text = reader.read(file);
    if (text === undefined || text.length > 4_000_000) continue;
    const paths = servedPaths(routeFiles, file, text);
    if (paths.length) served.push({ file, paths, app: routeOfFile(routeFiles, file)?.root ?? null });
    const wanted = fetchedPaths(text);
    if (wanted.length) fetching.push({ file, wanted });
  }
  for (const page of fetching) {
    const deps = new Set(edges.get(page.file));
    const posix = page.file.replace(/\\/g, "/");
    for (const r of served) {
      if (r.file === page.file || (r.app !== null && !posix.startsWith(r.app))) continue;
      if (r.paths.some((p) => page.wanted.some((w) => fetchMatches(p, w)))) deps.add(r.file);
    }
    edges.set(page.file, [...deps].sort());
  }
}

/** Tarjan's algorithm, iterative; emits components dependencies-first in a deterministic order. */
function tarjan(nodes: string[], edges: Map<string, string[]>): { sccs: string[][]; sccOf: Map<string, number> } {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const sccs: string[][] = [];
  const sccOf = new Map<string, number>();
  let next = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, next); low.set(start, next); next++;
    stack.push(start); onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const out = edges.get(top.node) ?? [];
      if (top.i < out.length) {
        const w = out[top.i++];
        if (!index.has(w)) {
          index.set(w, next); low.set(w, next); next++;
          stack.push(w); onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        const members: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.push(w);
        } while (w !== top.node);
        members.sort();
        for (const m of members) sccOf.set(m, sccs.length);
        sccs.push(members);
      }
    }
  }
  return { sccs, sccOf };
}

/** A worker costs ~0.4 s to start (it loads the parser): one per ~1 MB of source at most. */
export function workersWorthIt(totalChars: number): number {
  return Math.floor(totalChars / 1_000_000);
}

/** A piece of work: analyse `order` (dependencies first), report `report`. */
export interface AnalysisUnit {
  /** Import-connected group it belongs to: a worker keeps one Project per group. */
  group: number;
  order: string[];
  report: string[];
  cost: number;
}

/** Component ids reachable from the given files (their import closure), in canonical order. */
function closureSccs(g: ImportGraph, files: string[]): number[] {
  const seen = new Set<number>();
  const stack = files.map((f) => g.sccOf.get(f)!).filter((s) => s !== undefined);
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const m of g.sccs[s]) for (const d of g.edges.get(m) ?? []) stack.push(g.sccOf.get(d)!);
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * Spreads the files to analyse over `jobs` workers. Analysis in canonical order makes each
 * file's result a function of the files it reaches, so any split gives the same results; the
 * split only decides the wall time. Import-connected groups stay whole where they can (shared
 * dependencies are analysed once); a group bigger than a worker's share is cut in canonical
 * order, each piece re-analysing the dependencies it needs.
 */
export function planWork(g: ImportGraph, toAnalyse: string[], cost: (f: string) => number, jobs: number): AnalysisUnit[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    while (parent.get(x)! !== r) { const n = parent.get(x)!; parent.set(x, r); x = n; }
    return r;
  };
  const all = closureSccs(g, toAnalyse);
  for (const s of all) parent.set(s, s);
  for (const s of all) {
    for (const m of g.sccs[s]) for (const d of g.edges.get(m) ?? []) {
      const a = find(s), b = find(g.sccOf.get(d)!);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  const wanted = new Set(toAnalyse);
  const groups = new Map<number, string[]>();
  for (const s of all) {
    const key = find(s);
    const list = groups.get(key) ?? [];
    for (const m of g.sccs[s]) if (wanted.has(m)) list.push(m);
    groups.set(key, list);
  }
  const unitOf = (group: number, report: string[]): AnalysisUnit => {
    const order = closureSccs(g, report).flatMap((s) => g.sccs[s]);
    return { group, order, report, cost: order.reduce((n, f) => n + cost(f), 0) };
  };
  const units: AnalysisUnit[] = [];
  const whole = [...groups].filter(([, r]) => r.length).map(([id, report]) => unitOf(id, report));
  const total = whole.reduce((n, u) => n + u.cost, 0);
  jobs = Math.max(1, Math.min(jobs, workersWorthIt(total)));
  const share = total / Math.max(1, jobs);
  for (const u of whole) {
    if (jobs <= 1 || u.cost <= share * 0.6 || u.report.length < 2) {
      units.push(u);
      continue;
    }
    // Cut into pieces of about a quarter share, so the pieces balance between workers.
    const target = Math.max(1, share / 4);
    let piece: string[] = [];
    let acc = 0;
    for (const f of u.report) {
      piece.push(f);
      acc += cost(f);
      if (acc >= target) {
        units.push(unitOf(u.group, piece));
        piece = [];
        acc = 0;
      }
    }
    if (piece.length) units.push(unitOf(u.group, piece));
  }
  // Longest processing time first onto the least loaded worker; a worker runs a group's pieces together.
  units.sort((a, b) => b.cost - a.cost || (a.report[0] < b.report[0] ? -1 : 1));
  const bins: { load: number; units: AnalysisUnit[] }[] = Array.from({ length: Math.max(1, jobs) }, () => ({ load: 0, units: [] }));
  for (const u of units) {
    const same = bins.find((b) => b.units.some((x) => x.group === u.group));
    const least = bins.reduce((a, b) => (b.load < a.load ? b : a));
    const bin = same && same.load <= least.load + u.cost * 0.5 ? same : least;
    bin.units.push(u);
    bin.load += u.cost;
  }
  for (const b of bins) b.units.sort((x, y) => x.group - y.group);
  return bins.map((b) => b.units).filter((b) => b.length);
}

/**
 * Per file, a hash of everything its findings can depend on: its own text and, through the
 * import graph, the text and location of every file it reaches (Merkle-style per component).
 */
export function closureHashes(g: ImportGraph, root: string): Map<string, string> {
  const sccHash: string[] = [];
  for (let i = 0; i < g.sccs.length; i++) {
    const h = createHash("sha1");
    const deps = new Set<number>();
    for (const m of g.sccs[i]) {
      h.update(m.slice(root.length)).update("\0").update(g.contentHash.get(m) ?? "").update("\0");
      for (const d of g.edges.get(m) ?? []) {
        const s = g.sccOf.get(d)!;
        if (s !== i) deps.add(s);
      }
    }
    // Tarjan emits dependencies first, so their hashes are ready.
    for (const d of [...deps].sort((a, b) => a - b)) h.update(sccHash[d]).update("\0");
    sccHash.push(h.digest("base64"));
  }
  const out = new Map<string, string>();
  for (const n of g.nodes) out.set(n, sccHash[g.sccOf.get(n)!]);
  return out;
}
