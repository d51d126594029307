// A project: the files under one root, analysed lazily and once per version. Cross-file
// flows go through module exports (function summaries), so a file is analysed when it, or
// a file importing it, is asked for; an edit re-analyses the file and, only when its
// exports' summaries changed, the files that imported them.
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { ModuleAnalyzer, type ModuleExports } from "./analyzer";
import { configIgnoreMatcher, defaultConfig, testCodeMatcher, effectiveConfig, type EffectiveConfig, type ResolvedConfig } from "./config";
import { sinkInHelper, type Fact } from "./facts";
import { findKeys, maskSecrets } from "./keys";
import { modelIndexFor, type Model, type ModelIndex } from "./model";
import { reparse } from "./incremental-parse";
import { resolveImport } from "./module-resolution";
import { PathAliases } from "./path-aliases";
import { parseSource } from "./parse";
import { isMcpConfigFile, mcpConfigFacts } from "./mcp-config";
import { isComponentFile } from "./components";
import { mentionsLlmApi, packageImports, relevancePattern, valueImports } from "./relevance";
import type { Report, Rule } from "./rule-api";
import { SourceText } from "./source-text";
import { StoreLedger, storeWriteHints, type StoreWriteHints } from "./stored-data";
import { applySuppressions, parseDirectives } from "./suppressions";
import type { FileNotice, FileResult, FileUnderstanding, Finding, FlowStep, Severity, UnderstoodItem } from "./types";
import { unmodelledPackages } from "./understood";
import { groupByRootCause } from "./root-cause";
import { trailSteps, type Trail } from "./value";
import { routeOfFile } from "./eval/own-routes";

export interface ProjectHost {
  /** File text, or undefined if it cannot be read. Editors overlay open documents here. */
  readFile(path: string): string | undefined;
  fileExists(path: string): boolean;
}

interface ModuleState {
  text: string;
  src: SourceText;
  analyzer: ModuleAnalyzer | null;
  facts: Fact[];
  notices: FileNotice[];
  analysed: boolean;
  inProgress: boolean;
  fingerprint: string;
  result: FileResult | null;
  /** The prefilter left it to the key scan (no LLM API in it or in what it imports). */
  prefiltered?: boolean;
  /** A tree for this text already built by an incremental re-parse. */
  preParsed?: import("@typescript-eslint/typescript-estree").TSESTree.Program;
}

const BINARY_RE = /\u0000/;

export interface ProjectOptions {
  root: string;
  host: ProjectHost;
  config?: ResolvedConfig;
  /** The rules to run (server/src/defaults.ts has the built-in ones); their ids are the ones suppressions may name. */
  rules: Rule[];
  /** What library calls do (server/src/models/); `models` in the config adds to these. */
  models: Model[];
  /** Known LLM SDK packages (server/src/models/llm-packages.ts): those imported that no model names are reported as not modelled. */
  llmPackages?: readonly string[];
  /** Analyse every file fully, without the relevance prefilter (for tests and benchmarks). */
  noPrefilter?: boolean;
  now?: () => number;
}

export class Project {
  readonly root: string;
  private readonly host: ProjectHost;
  private config: ResolvedConfig;
  private models: ModelIndex;
  /** The models the project was given; the config's own `models` rows add to them. */
  private readonly baseModels: Model[];
  private readonly rules: Rule[];
  private readonly knownRuleIds: Set<string>;
  private readonly modules = new Map<string, ModuleState>();
  /** file -> files whose analysis read its exports */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly relevance = new Map<string, boolean>();
  /** Findings another file's analysis located in this file (an env var read in a shared module). */
  private readonly foreign = new Map<string, Map<string, Finding>>();
  /** The prefilter (relevance.ts); null: every file gets the full analysis. */
  private relevantRe: RegExp | null;
  private ignoreMatcher: (path: string) => boolean;
  private readonly llmPackages: readonly string[];
  /** A file's package imports -> the LLM SDKs among them that no model describes. */
  private unmodelled: (imports: string[]) => string[];
  /** Effective configuration per folder (nested .llmsaferc.json files merged in). */
  private readonly effective = new Map<string, EffectiveConfig>();
  private readonly now: () => number;
  private readonly noPrefilter: boolean;
  /** Per analysis in progress (innermost last): time spent analysing the modules it imports. */
  private readonly pausedMs: number[] = [];
  /** tsconfig/jsconfig `paths` aliases per folder (path-aliases.ts). */
  private aliases: PathAliases;
  /** Tainted data the files keep for later requests (sessions, tables) and who read it back (stored-data.ts). */
  private stores = new StoreLedger();
  private storeWrites: StoreWriteHints;
  /** Per file: whether it or a file it imports values from names a store's package (see mayWriteStore). */
  private readonly storeReach = new Map<string, boolean>();
  /** Import specifiers resolved per importing file (resolveModule). */
  private readonly resolved = new Map<string, string | null>();
  /**
   * The order in which files were first entered (an analysis started): re-analyses replay it, so
   * an import cycle is entered where the first pass entered it (a module still in progress gives
   * its importers no exports, so the entry decides what each member of the cycle sees).
   */
  private readonly firstEntered = new Map<string, number>();

  constructor(opts: ProjectOptions) {
    this.root = resolve(opts.root);
    this.host = opts.host;
    this.aliases = new PathAliases(this.root, (p) => this.host.readFile(p));
    // Plain-JS callers get a clear error rather than a crash in the first analysis.
    if (!Array.isArray(opts.rules) || !Array.isArray(opts.models)) throw new TypeError("Project needs its rules and models: createProject() in server/src/defaults.ts wires the built-in ones");
    this.rules = opts.rules;
    this.baseModels = opts.models;
    this.knownRuleIds = new Set(opts.rules.map((r) => r.id));
    this.now = opts.now ?? (() => performance.now());
    this.noPrefilter = !!opts.noPrefilter;
    this.config = opts.config ?? defaultConfig();
    this.llmPackages = opts.llmPackages ?? [];
    this.models = this.buildModels();
    this.unmodelled = unmodelledPackages(this.llmPackages, this.baseModels, this.config.models ?? []);
    this.relevantRe = this.buildRelevance();
    this.ignoreMatcher = this.buildIgnore();
    this.storeWrites = storeWriteHints([...this.baseModels, { name: "configuration", rows: this.config.models ?? [] }]);
  }

  setConfig(config: ResolvedConfig): void {
    this.config = config;
    this.models = this.buildModels();
    this.unmodelled = unmodelledPackages(this.llmPackages, this.baseModels, this.config.models ?? []);
    this.relevantRe = this.buildRelevance();
    this.ignoreMatcher = this.buildIgnore();
    this.storeWrites = storeWriteHints([...this.baseModels, { name: "configuration", rows: this.config.models ?? [] }]);
    this.effective.clear();
    this.modules.clear();
    this.firstEntered.clear();
    this.relevance.clear();
    this.storeReach.clear();
    this.resolved.clear();
    this.dependents.clear();
    this.stores = new StoreLedger();
  }

  private buildModels(): ModelIndex {
    return modelIndexFor(this.baseModels, this.config.models ?? []);
  }

  private buildRelevance(): RegExp | null {
    return relevancePattern(this.baseModels, this.config.models ?? []);
  }

  private buildIgnore(): (p: string) => boolean {
    return configIgnoreMatcher(this.config, this.root);
  }

  private onSomewhere(ruleId: string): boolean {
    return this.config.rules[ruleId] !== "off" || this.config.scoped.some((s) => s.rules[ruleId] !== undefined && s.rules[ruleId] !== "off");
  }

  /** The configuration for a file: the project's with the nested ones above it merged in. */
  configFor(file: string): EffectiveConfig {
    const dir = dirname(file);
    let e = this.effective.get(dir);
    if (!e) this.effective.set(dir, (e = effectiveConfig(this.config, file)));
    return e;
  }

  private testMatch: { config: ResolvedConfig; match: (file: string) => boolean } | null = null;

  /** Whether a file is test code by the configuration's `testCode.files` globs. */
  isTestCode(file: string): boolean {
    if (this.testMatch?.config !== this.config) this.testMatch = { config: this.config, match: testCodeMatcher(this.config, this.root) };
    return this.testMatch.match(file);
  }

  isIgnored(file: string): boolean {
    return this.ignoreMatcher(resolve(file));
  }

  // ------------------------------------------------------------ module resolution

  resolveModule(fromFile: string, spec: string): string | null {
    // Asked for every read of an imported name: kept until the set of files can change (update, setConfig).
    const key = `${fromFile}\0${spec}`;
    let hit = this.resolved.get(key);
    if (hit === undefined) this.resolved.set(key, (hit = resolveImport(this.root, fromFile, spec, (c) => this.modules.has(c) || this.host.fileExists(c), this.aliases)));
    return hit;
  }

  private isRelevant(file: string, text: string): boolean {
    if (this.noPrefilter || !this.relevantRe) return true;
    const re = this.relevantRe;
    return this.closureMentions(file, text, (t) => mentionsLlmApi(re, t), this.relevance);
  }

  /**
   * A file the prefilter skipped may write to a store: it assigns a session field, or calls a
   * store-write method while it (or what it imports values from) imports a store's package.
   */
  private mayWriteStore(file: string, text: string): boolean {
    const { roots, methods, packages } = this.storeWrites;
    if (roots?.test(text)) return true;
    if (!methods?.test(text)) return false;
    return !packages || this.closureMentions(file, text, (t) => packages.test(t), this.storeReach);
  }

  /**
   * Whether `test` holds for a file or for one it imports values from, transitively; answers
   * are kept in `cache`. A "no" is settled for every file the search visited, unless it leaned
   * on a file still being searched (an import cycle).
   */
  private closureMentions(file: string, text: string, test: (text: string) => boolean, cache: Map<string, boolean>): boolean {
    const seen = new Set<string>();
    const rel = this.closureFrom(file, text, test, cache, seen).rel;
    if (!rel) for (const f of seen) cache.set(f, false);
    return rel;
  }

  private closureFrom(file: string, text: string, test: (text: string) => boolean, cache: Map<string, boolean>, seen: Set<string>): { rel: boolean; cut: boolean } {
    const cached = cache.get(file);
    if (cached !== undefined) return { rel: cached, cut: false };
    if (seen.has(file)) return { rel: false, cut: true };
    seen.add(file);
    if (test(text)) {
      cache.set(file, true);
      return { rel: true, cut: false };
    }
    let cut = false;
    for (const spec of valueImports(text, true)) {
      const target = this.resolveModule(file, spec);
      if (!target) continue;
      const t = this.modules.get(target)?.text ?? this.host.readFile(target);
      if (t === undefined || t.length > this.configFor(target).maxFileSize) continue;
      const r = this.closureFrom(target, t, test, cache, seen);
      if (r.rel) {
        cache.set(file, true);
        return { rel: true, cut: false };
      }
      cut ||= r.cut;
    }
    if (!cut) cache.set(file, false);
    return { rel: false, cut };
  }

  // ------------------------------------------------------------ analysis

  private state(file: string): ModuleState | null {
    let st = this.modules.get(file);
    if (st) return st;
    const text = this.host.readFile(file);
    if (text === undefined) return null;
    st = { text, src: new SourceText(file, text), analyzer: null, facts: [], notices: [], analysed: false, inProgress: false, fingerprint: "", result: null };
    this.modules.set(file, st);
    return st;
  }

  private analyse(file: string, st: ModuleState, imported = false): void {
    if (st.analysed || st.inProgress) return;
    st.inProgress = true;
    if (!this.firstEntered.has(file)) this.firstEntered.set(file, this.firstEntered.size);
    // What its last analysis read is asked afresh; what this one writes is recorded when it ends (whatever
    // the outcome: a text that does not parse, or is skipped, neither reads nor writes a store).
    this.stores.forgetReads(file);
    try {
      this.analyseInner(file, st, imported);
    } catch (err) {
      // The engine never throws out: a bug becomes a notice on the file, and the run goes on.
      // Out of stack is not a bug but depth (a long chain of modules each needing the next).
      const at0 = { file, range: { start: 0, end: 0 }, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      if (err instanceof RangeError) {
        if (!st.notices.some((n) => n.kind === "time-budget")) st.notices.push({ ...at0, kind: "time-budget", severity: "warning", message: "Analysis stopped: the code, or the chain of modules it imports, nests too deeply to analyse. Findings for it may be incomplete." });
      } else st.notices.push({ ...at0, kind: "skipped", severity: "warning", message: `llmsafe could not analyse this file (internal error: ${(err as Error).message}). Please report it.` });
    } finally {
      st.inProgress = false;
      st.analysed = true;
      this.stores.recordFacts(file, st.facts);
    }
  }

  private analyseInner(file: string, st: ModuleState, imported: boolean): void {
    const text = st.text;
    const at0 = st.src.location({ start: 0, end: 0 });
    const { maxFileSize, timeBudgetMs } = this.configFor(file);
    if (text.length > maxFileSize) {
      st.notices.push({ ...at0, kind: "skipped", severity: "info", message: `Skipped: ${text.length} bytes is over the ${maxFileSize}-byte limit (maxFileSize in .llmsaferc.json).` });
      return;
    }
    if (BINARY_RE.test(text.slice(0, 8192))) {
      st.notices.push({ ...at0, kind: "skipped", severity: "info", message: "Skipped: this looks like a binary file, not source code." });
      return;
    }
    // An MCP configuration is data: its servers are checked, nothing else applies (mcp-config.ts).
    if (isMcpConfigFile(file)) {
      const read = mcpConfigFacts(file, text);
      if ("error" in read) st.notices.push({ ...st.src.location({ start: read.offset, end: read.offset }), kind: "parse-error", severity: "warning", message: `Parse error: ${read.error}` });
      else st.facts.push(...read.facts);
      return;
    }
    // A module another analysis imports is always analysed: its summaries are needed.
    if (!imported && !this.isRelevant(file, text)) {
      // No LLM use here or in what it imports: only the key scan applies, and it needs no parse.
      st.prefiltered = true;
      for (const k of findKeys(text)) st.facts.push({ type: "key-literal", file, start: k.start, end: k.end, provider: k.provider, key: k.key });
      return;
    }
    // Parsing cannot be interrupted, so a file whose parse alone would overrun the budget is
    // skipped up front (20 lines per ms of budget is well under typescript-estree's speed here).
    const maxLines = timeBudgetMs * 20;
    const lines = text.length < maxLines ? 0 : st.src.lineCount();
    if (!st.preParsed && lines > maxLines) {
      st.notices.push({ ...at0, kind: "skipped", severity: "info", message: `Skipped: ${lines} lines would take longer to parse than the per-file time budget (timeBudgetMs = ${timeBudgetMs}); raise timeBudgetMs in .llmsaferc.json to analyse it.` });
      return;
    }
    const parsed = st.preParsed ? { ok: true as const, ast: st.preParsed, comments: [] } : parseSource(file, text, text.includes("llmsafe-"));
    st.preParsed = undefined;
    if (!parsed.ok) {
      const loc = st.src.location({ start: parsed.offset, end: parsed.offset });
      if (parsed.tooDeep) st.notices.push({ ...at0, kind: "skipped", severity: "warning", message: "Skipped: the code nests too deeply for the parser to follow (it ran out of stack). The file may be valid; llmsafe cannot analyse it." });
      else st.notices.push({ ...loc, kind: "parse-error", severity: "error", message: `Parse error: ${parsed.message}` });
      for (const k of findKeys(text)) st.facts.push({ type: "key-literal", file, start: k.start, end: k.end, provider: k.provider, key: k.key });
      return;
    }
    (st as ModuleState & { comments?: unknown }).comments = parsed.comments;
    const started = this.now();
    const budget = timeBudgetMs;
    // The budget is this file's own: time spent analysing its imports is not charged to it, so
    // a result does not depend on which file of an import cycle happened to be asked for first.
    const slot = this.pausedMs.length;
    this.pausedMs.push(0);
    const analyzer = new ModuleAnalyzer(file, text, parsed.ast, {
      models: this.models,
      resolveModule: (from, spec) => this.resolveModule(from, spec),
      moduleExports: (target, requester) => this.moduleExports(target, requester),
      overBudget: () => this.now() - started - this.pausedMs[slot] > budget,
      storedData: (path, reader) => this.stores.query(path, reader),
    });
    st.analyzer = analyzer;
    if (parsed.ok && "component" in parsed && parsed.component) analyzer.templateSinks = parsed.component.templateSinks;
    try {
      analyzer.run();
    } catch (err) {
      this.pausedMs.length = slot;
      if (err instanceof RangeError) {
        st.notices.push({ ...at0, kind: "time-budget", severity: "warning", message: "Analysis stopped: the file nests too deeply to analyse. Findings for it may be incomplete." });
      } else throw err;
    }
    this.pausedMs.length = slot;
    if (analyzer.depthLimited && !analyzer.aborted) {
      st.notices.push({ ...at0, kind: "time-budget", severity: "info", message: "A chain of helper calls here is deeper than llmsafe follows; flows through the deepest helpers may be missed." });
    }
    if (analyzer.aborted) {
      st.notices.push({ ...at0, kind: "time-budget", severity: "warning", message: `Analysis stopped after ${budget} ms (timeBudgetMs): findings for this file may be incomplete.` });
    }
    st.facts = analyzer.facts;
    st.fingerprint = exportFingerprint(analyzer.exports);
  }

  private moduleExports(file: string, requester: string): ModuleExports | null {
    let deps = this.dependents.get(file);
    if (!deps) this.dependents.set(file, (deps = new Set()));
    deps.add(requester);
    const st = this.state(file);
    if (!st) return null;
    if (st.inProgress) return st.analyzer?.exportsSoFar() ?? null;
    if (st.analysed && !st.analyzer && !st.notices.length) {
      // Analysed earlier as not relevant (keys only): now a relevant file needs its summaries.
      st.analysed = false;
      st.facts = [];
      st.result = null;
      st.prefiltered = false;
    }
    const t0 = this.now();
    this.analyse(file, st, true);
    if (this.pausedMs.length) this.pausedMs[this.pausedMs.length - 1] += this.now() - t0;
    return st.analyzer?.exports ?? null;
  }

  /**
   * Results for many files. Analysing one file can add findings to another (a shared module
   * where a browser-exposed key is read), so every file is analysed before results are built.
   */
  analyzeAll(files: string[]): FileResult[] {
    const abs = files.map((f) => resolve(f));
    for (const f of abs) this.analyzeFile(f);
    this.settleStores();
    return abs.map((f) => this.analyzeFile(f));
  }

  /**
   * For fronts that analyse file by file (the ESLint plugin): once something read a store, the
   * files of `candidates` not analysed yet that write to a store, or call a helper that does, are
   * analysed now, then readers are settled. Returns the files whose results may have changed.
   */
  primeStores(candidates: string[]): string[] {
    if (!this.stores.anyReads) return [];
    this.wakeStoreWriters((writers) => {
      let woke = false;
      for (const file of candidates) {
        if (this.modules.has(file) || this.isIgnored(file)) continue;
        const text = this.host.readFile(file);
        if (text === undefined || text.length > this.configFor(file).maxFileSize || !this.mayFeedStore(file, text, writers)) continue;
        this.analyse(file, this.state(file)!, true);
        woke = true;
      }
      return woke;
    });
    return this.settleStores();
  }

  /**
   * For fronts that analyse file by file (the ESLint plugin): a page the prefilter left to the key
   * scan that fetches the app's own routes is judged after the route files among `candidates` (by
   * the models' file conventions) are analysed, whichever order the front lints them in. Returns
   * the files whose results may have changed (the page, analysed in full when a route sends model output).
   */
  primeRoutes(file: string, candidates: () => string[]): string[] {
    const st = this.modules.get(resolve(file));
    if (!st?.prefiltered || !OWN_ROUTE_FETCH.test(st.text)) return [];
    if (!this.routesPrimed) {
      this.routesPrimed = true;
      for (const f of candidates()) {
        if (this.modules.has(f) || this.isIgnored(f) || !routeOfFile(this.models.routeFiles, f)) continue;
        // Read once by state(); an oversized or binary route gets the notice its own lint would give.
        const route = this.state(f);
        if (route) this.analyse(f, route);
      }
    }
    const redone = new Set<string>();
    this.wakeRouteReaders(redone);
    return [...redone];
  }
  private routesPrimed = false;

  /** Whether an analysis read a store kept across requests. */
  get readsStores(): boolean {
    return this.stores.anyReads;
  }

  /**
   * Second-order flows (stored-data.ts): a read of a store was judged with the writes known then.
   * Files the prefilter skipped that write to a store are analysed once something reads one;
   * then the readers whose reads would now see other taint are analysed again, with the files
   * that imported them, until nothing changes (a few rounds at most). Returns the files redone.
   */
  settleStores(): string[] {
    const redone = new Set<string>();
    this.wakeRouteReaders(redone);
    if (!this.stores.anyReads) return [];
    this.wakeStoreWriters((writers) => {
      let woke = false;
      for (const [file, st] of [...this.modules]) {
        if (!st.prefiltered || !this.mayFeedStore(file, st.text, writers)) continue;
        this.analysePrefiltered(file, st, redone);
        woke = true;
      }
      return woke;
    });
    for (const f of this.resettleStores()) redone.add(f);
    return [...redone];
  }

  /**
   * Rounds of waking files that may write to a store (a few at most): each round gets the files
   * whose analysis writes to one, and says whether it analysed another file.
   */
  private wakeStoreWriters(round: (writers: Set<string>) => boolean): void {
    for (let i = 0; i < 4; i++) {
      const writers = new Set<string>();
      for (const [file, st] of this.modules) if (st.analyzer && writesToStore(st.analyzer)) writers.add(file);
      if (!round(writers)) return;
    }
  }

  /** A file not analysed in full may write to a store itself, or pass data to a helper in a writer it imports (`saveDocument(body)`). */
  private mayFeedStore(file: string, text: string, writers: Set<string>): boolean {
    return this.mayWriteStore(file, text) || valueImports(text, true).some((spec) => writers.has(this.resolveModule(file, spec) ?? ""));
  }

  /** Readers whose reads would now see other taint, analysed again with their importers (a few rounds at most). */
  private resettleStores(): string[] {
    const redone = new Set<string>();
    for (let round = 0; round < 4; round++) {
      const stale = this.stores.staleReaders();
      if (!stale.length) break;
      const queue = [...stale];
      const todo = new Set<string>();
      while (queue.length) {
        const f = queue.shift()!;
        if (todo.has(f)) continue;
        todo.add(f);
        queue.push(...(this.dependents.get(f) ?? []));
      }
      // Again from the text the project holds (an editor's buffer given to update()), not the disk's.
      const texts = new Map<string, string>();
      for (const f of todo) {
        this.stores.forgetReads(f);
        const old = this.modules.get(f);
        if (!old) continue;
        texts.set(f, old.text);
        this.modules.delete(f);
        redone.add(f);
      }
      // In the order of the first pass, not the order staleness spread in: entered at another file, an
      // import cycle gives its members other exports, and a finding would come and go with the files
      // that happen to share the project (a second app's write making a reader stale).
      const unseen = Number.MAX_SAFE_INTEGER;
      const replay = [...texts].sort(([a], [b]) => (this.firstEntered.get(a) ?? unseen) - (this.firstEntered.get(b) ?? unseen) || (a < b ? -1 : a > b ? 1 : 0));
      for (const [f, text] of replay) {
        const st: ModuleState = { text, src: new SourceText(f, text), analyzer: null, facts: [], notices: [], analysed: false, inProgress: false, fingerprint: "", result: null };
        if (!this.modules.has(f)) this.modules.set(f, st);
        this.analyse(f, this.modules.get(f)!, true);
      }
    }
    return [...redone];
  }

  /**
   * Pages that fetch the app's own route name no LLM API, so the prefilter left them to the key
   * scan: once some route sends model output (eval/own-routes.ts), those that fetch a same-origin
   * path are analysed in full.
   */
  private wakeRouteReaders(redone: Set<string>): void {
    if (!this.stores.hasWritesUnder("route")) return;
    for (const [file, st] of [...this.modules]) {
      if (!st.prefiltered || !OWN_ROUTE_FETCH.test(st.text)) continue;
      this.analysePrefiltered(file, st, redone);
    }
  }

  /** A file the prefilter left to the key scan turns out to matter: analysed in full, its old facts dropped. */
  private analysePrefiltered(file: string, st: ModuleState, redone: Set<string>): void {
    st.analysed = false;
    st.facts = [];
    st.result = null;
    st.prefiltered = false;
    this.analyse(file, st, true);
    redone.add(file);
  }

  /** Findings and notices for one file. */
  analyzeFile(file: string): FileResult {
    file = resolve(file);
    const st = this.state(file);
    if (!st) {
      return { file, findings: [], analysed: false, notices: [{ file, range: { start: 0, end: 0 }, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, kind: "skipped", severity: "warning", message: "Skipped: the file cannot be read." }] };
    }
    if (st.result) return st.result;
    this.analyse(file, st);
    // A file that writes what it reads back itself (a POST handler and a reader in one module).
    const now = this.stores.readsFrom(file) && this.resettleStores().includes(file) ? this.modules.get(file) ?? st : st;
    now.result = this.buildResult(file, now);
    return now.result;
  }

  /**
   * A file's text changed (or the file was deleted: text undefined). Returns the files whose
   * results may change: the file itself and, if its exports changed, what imported it.
   */
  update(file: string, text: string | undefined): string[] {
    file = resolve(file);
    const old = this.modules.get(file);
    // Same text as analysed (an editor re-sending a saved file): nothing changes.
    if (old && old.analysed && old.text === text) return [file];
    this.modules.delete(file);
    this.relevance.clear();
    this.storeReach.clear();
    this.resolved.clear();
    if (!old) this.routesPrimed = false;
    this.stores.forgetFile(file);
    const affected = new Set<string>([file]);
    if (!old) return [...affected];
    if (text !== undefined) {
      const st: ModuleState = { text, src: new SourceText(file, text), analyzer: null, facts: [], notices: [], analysed: false, inProgress: false, fingerprint: "", result: null };
      // Re-parse only the statements the edit touched, when the old tree allows it.
      if (old.analyzer && !old.analyzer.aborted && !isComponentFile(file)) st.preParsed = reparse(file, old.analyzer.ast, old.text, text) ?? undefined;
      this.modules.set(file, st);
      this.analyse(file, st);
      if (st.fingerprint === old.fingerprint && old.analysed) {
        for (const f of this.settleStores()) affected.add(f);
        return [...affected];
      }
    }
    // Exports changed: invalidate importers, transitively as long as they re-export the change.
    const queue = [...(this.dependents.get(file) ?? [])];
    while (queue.length) {
      const dep = queue.shift()!;
      if (affected.has(dep)) continue;
      affected.add(dep);
      const st = this.modules.get(dep);
      if (!st) continue;
      const before = st.fingerprint;
      this.modules.delete(dep);
      const fresh = this.state(dep);
      if (fresh) {
        this.analyse(dep, fresh);
        if (fresh.fingerprint !== before) queue.push(...(this.dependents.get(dep) ?? []));
      }
    }
    // What it keeps for later requests may have changed what other files read back.
    for (const f of this.settleStores()) affected.add(f);
    return [...affected];
  }

  /** Files that imported this file's exports in their last analysis. */
  dependentsOf(file: string): string[] {
    return [...(this.dependents.get(resolve(file)) ?? [])];
  }

  private buildResult(file: string, st: ModuleState): FileResult {
    const ruleConfig = this.configFor(file).rules;
    const findings: Finding[] = [];
    const seen = new Set<string>();
    let fact: Fact | null = null;
    const srcOf = (f: string) => (f === file ? st.src : this.modules.get(f)?.src ?? new SourceText(f, this.host.readFile(f) ?? ""));
    const ctx = {
      text: (f: string, s: number, e: number) => srcOf(f).text.slice(Math.max(0, s), Math.max(0, e)),
      ast: (f: string) => {
        const m = f === file ? st : this.modules.get(f);
        if (m?.analyzer && m.analyzer.text === srcOf(f).text) return m.analyzer.ast;
        const p = parseSource(f, srcOf(f).text, false);
        return p.ok ? p.ast : null;
      },
      report: (r: Report) => {
        const rule = current!;
        // Severity as configured where the finding is reported (a nested config may differ).
        const configured = (r.file === file ? ruleConfig : this.configFor(r.file).rules)[rule.id];
        if (configured === "off") return;
        let severity: Severity = configured ?? rule.meta.severity;
        if (!configured && r.severity) severity = r.severity;
        if (r.confidence === "low" && severity === "error") severity = "warning";
        // Test code exercises the app with made-up inputs: its flows are not the app's (a real key is leaked all the same).
        if (rule.id !== "hardcoded-api-key" && this.config.testCode.severity !== "same" && this.isTestCode(r.file)) {
          const cap = this.config.testCode.severity;
          if (cap === "off") return;
          if (severity === "error" || cap === "info") severity = cap;
        }
        // A flow through a helper is reported where the tainted argument is passed in (the first such call in this file).
        let anchor: Trail | null = null;
        for (let t = r.trail ?? null; t; t = t.prev) if (t.anchor && t.file === file) anchor = t;
        let group: string | undefined;
        if (anchor && r.sinkStep) {
          const sinkStep = r.sinkStep;
          r = { ...r, start: anchor.start, end: anchor.end };
          // The root cause is the sink (inside the helper, or here when the helper returns the value):
          // a call reaching two sinks gives two findings, and calls reaching one sink are grouped.
          const sink = (fact?.type === "sink" ? sinkInHelper(fact) : null) ?? sinkStep;
          group = `${rule.id}|${sink.file}:${sink.start}:${sink.end}`;
        }
        const key = `${rule.id}:${r.start}:${r.end}${group ? `|${group}` : ""}`;
        if (r.file !== file) {
          // Reported where it must be fixed, in another file: hand it to that file's results.
          let m = this.foreign.get(r.file);
          if (!m) this.foreign.set(r.file, (m = new Map()));
          if (!m.has(key)) {
            const target = srcOf(r.file);
            m.set(key, {
              ...target.location({ start: r.start, end: r.end }), ruleId: rule.id, severity, message: maskText(r.message),
              path: trailSteps(r.trail ?? null).map((t) => ({ ...srcOf(t.file).location({ start: t.start, end: t.end }), description: maskText(t.description) })),
              confidence: r.confidence ?? "high", surveyUrl: rule.meta.surveyUrl, surveySection: rule.meta.surveySection, owasp: rule.meta.owasp, cwe: rule.meta.cwe, fixes: r.fixes ?? [],
              foundBy: file,
            });
            const other = this.modules.get(r.file);
            if (other) other.result = null;
          }
          return;
        }
        if (seen.has(key)) return;
        seen.add(key);
        const path: FlowStep[] = trailSteps(r.trail ?? null).map((t) => ({ ...srcOf(t.file).location({ start: t.start, end: t.end }), description: maskText(t.description) }));
        if (r.sinkStep) {
          const last = path[path.length - 1];
          if (!last || last.file !== r.sinkStep.file || last.range.start !== r.sinkStep.start || last.description !== r.sinkStep.description) {
            path.push({ ...srcOf(r.sinkStep.file).location({ start: r.sinkStep.start, end: r.sinkStep.end }), description: maskText(r.sinkStep.description) });
          }
        }
        const finding: Finding = {
          ...st.src.location({ start: r.start, end: r.end }),
          ruleId: rule.id, severity, message: maskText(r.message), path, confidence: r.confidence ?? "high",
          surveyUrl: rule.meta.surveyUrl, surveySection: rule.meta.surveySection, owasp: rule.meta.owasp, cwe: rule.meta.cwe,
          fixes: r.fixes ?? [],
        };
        if (group) finding.rootCause = group;
        if (r.related?.length) finding.relatedLocations = r.related.map((l) => ({ ...srcOf(l.file).location({ start: l.start, end: l.end }), description: maskText(l.description) }));
        findings.push(finding);
      },
    };
    let current: Rule | null = null;
    for (const rule of this.rules) {
      // Off here: it may still report into another file where it is on (a nested config).
      if (ruleConfig[rule.id] === "off" && !this.onSomewhere(rule.id)) continue;
      current = rule;
      const h = rule.create(ctx);
      for (const f of st.facts) {
        fact = f;
        switch (f.type) {
          case "sink": h.sink?.(f); break;
          case "tool": h.tool?.(f); break;
          case "tool-set": h.toolSet?.(f); break;
          case "json-parse": h.jsonParse?.(f); break;
          case "browser-client": h.browserClient?.(f); break;
          case "safety-setting": h.safetySetting?.(f); break;
          case "key-literal": h.keyLiteral?.(f); break;
          case "client-prompt": h.clientPrompt?.(f); break;
          case "mcp-launch": h.mcpLaunch?.(f); break;
        }
      }
    }
    for (const [key, f] of this.foreign.get(file) ?? []) if (!seen.has(key)) { seen.add(key); findings.push({ ...f, fixes: [...f.fixes] }); }
    findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
    let notices = [...st.notices];
    if (st.text.includes("llmsafe-disable")) {
      let comments = (st as ModuleState & { comments?: import("@typescript-eslint/typescript-estree").TSESTree.Comment[] }).comments;
      if (!comments) {
        const p = parseSource(file, st.text, true);
        comments = p.ok ? p.comments : [];
      }
      notices = notices.concat(applySuppressions(findings, parseDirectives(comments, st.src), st.src, this.knownRuleIds));
    }
    return {
      file, findings: groupByRootCause([{ file, findings }])[0].findings, notices,
      analysed: st.analysed && !notices.some((n) => n.kind === "parse-error" || n.kind === "skipped"),
      understood: this.understanding(file, st),
    };
  }

  /** What was recognised in the file: LLM calls, tools, handlers (each once, however often its code was evaluated). */
  private understanding(file: string, st: ModuleState): FileUnderstanding {
    const u: FileUnderstanding = { llmCalls: [], tools: [], handlers: [], prefilterSkipped: !!st.prefiltered, unmodelled: this.unmodelled(packageImports(st.text)) };
    const seen = new Set<string>();
    for (const f of st.facts) {
      if ((f.type !== "llm-call" && f.type !== "tool" && f.type !== "handler") || f.file !== file || seen.has(`${f.type}:${f.start}`)) continue;
      seen.add(`${f.type}:${f.start}`);
      const at = st.src.position(f.start);
      const item = { kind: f.type === "llm-call" ? f.provider : f.api, api: f.api, line: at.line, column: at.column };
      (f.type === "llm-call" ? u.llmCalls : f.type === "tool" ? u.tools : u.handlers).push(item);
    }
    const byPlace = (a: UnderstoodItem, b: UnderstoodItem) => a.line - b.line || a.column - b.column;
    u.llmCalls.sort(byPlace);
    u.tools.sort(byPlace);
    u.handlers.sort(byPlace);
    return u;
  }
}

const maskText = maskSecrets;
/** A fetch of a same-origin path: `fetch("/api/answer")`, `` fetch(`/api/chat/${id}`) ``. */
const OWN_ROUTE_FETCH = /\bfetch\s*\(\s*["'`]\/(?!\/)/;

/** Whether a module's analysis wrote to a store, or has a function that writes a parameter to one. */
function writesToStore(a: ModuleAnalyzer): boolean {
  if (a.facts.some((f) => f.type === "sink" && f.sink === "store")) return true;
  for (const s of a.summaries.values()) if (s.sinks.some((k) => k.sink === "store")) return true;
  return false;
}

/** What importers can observe of a module: enough to tell whether they must be re-analysed. */
function exportFingerprint(ex: ModuleExports): string {
  const parts: string[] = [];
  for (const [k, v] of ex.names) {
    parts.push(`${k}:${v.t}:${v.p}:${v.ref ?? ""}:${v.fn ? v.fn.node.range.join("-") : ""}:${v.fields ? [...v.fields.keys()].join(",") : ""}`);
  }
  return parts.sort().join("|");
}
