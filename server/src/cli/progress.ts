// A one-line progress indicator on stderr, only when stderr is a terminal and only once a scan
// has run for a second: pipes, CI logs and quick runs get nothing extra.
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private lastPaint = 0;

  constructor(private readonly write: ((s: string) => void) | null, private readonly delayMs = 1000) {}

  update(done: number, total: number, what = "analysing"): void {
    if (!this.write) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastPaint < 100) return;
    this.lastPaint = now;
    this.shown = true;
    this.write(`\r\u001b[Kllmsafe: ${what} ${done}/${total} files (${((now - this.started) / 1000).toFixed(0)} s)`);
  }

  finish(): void {
    if (this.write && this.shown) this.write("\r\u001b[K");
    this.shown = false;
  }
}
