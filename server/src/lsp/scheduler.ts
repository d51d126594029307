// When an open document is analysed: one pending analysis per document, pushed back by each
// edit (debounce), run at once when a hover or code action needs current offsets (flush), and
// never before the server is ready (the first analysis waits for the client's settings). Pure
// of the protocol: the analysis and the timers are passed in, so tests drive it without a clock.

export const DEFAULT_DEBOUNCE_MS = 150;

/** The timer functions the scheduler uses (setTimeout/clearTimeout by default). */
export interface Timers {
  set(run: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export const nodeTimers: Timers = {
  set: (run, delayMs) => setTimeout(run, delayMs),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Opens once: what waits on `opened` runs after `open()` (settings read at start-up). */
export class ReadyGate {
  readonly opened: Promise<void>;
  private release: () => void = () => {};

  constructor() {
    this.opened = new Promise<void>((r) => (this.release = r));
  }

  open(): void {
    this.release();
  }
}

export class AnalysisScheduler {
  /** Delay after an edit (initializationOptions.debounceMs may change it). */
  debounceMs = DEFAULT_DEBOUNCE_MS;
  private readonly pending = new Map<string, unknown>();

  constructor(
    private readonly analyse: (uri: string) => void,
    private readonly ready: Promise<void>,
    private readonly timers: Timers = nodeTimers,
  ) {}

  /** An edit: analyse once the user pauses for `debounceMs`. */
  afterEdit(uri: string): void {
    this.schedule(uri, this.debounceMs);
  }

  /** Replaces the document's pending analysis with one after `delayMs` (and after ready). */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const handle = this.timers.set(() => {
      this.pending.delete(uri);
      void this.ready.then(() => this.analyse(uri));
    }, delayMs);
    this.pending.set(uri, handle);
  }

  /** Runs a pending analysis now, so hovers and code actions see offsets of the current text. */
  flush(uri: string): void {
    if (this.pending.has(uri)) this.runNow(uri);
  }

  /** Analyses now, dropping whatever was pending. */
  runNow(uri: string): void {
    this.cancel(uri);
    this.analyse(uri);
  }

  cancel(uri: string): void {
    if (!this.pending.has(uri)) return;
    this.timers.clear(this.pending.get(uri));
    this.pending.delete(uri);
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }
}
