// Work-done progress for the workspace scan, as editors show it (VS Code: a spinner in the status
// bar with "llmsafe: scanning 120/4,277 files"). Only for clients that support server-initiated
// progress, and only once a scan has run for a while: a quick scan shows nothing.
import type { Connection, WorkDoneProgressServerReporter } from "vscode-languageserver";

export class ScanProgress {
  private readonly started = Date.now();
  private reporter: WorkDoneProgressServerReporter | null = null;
  private creating = false;
  private finished = false;
  private lastReport = 0;
  private latest = { done: 0, total: 0 };

  constructor(private readonly connection: Connection, private readonly enabled: boolean, private readonly delayMs: number) {}

  update(done: number, total: number): void {
    if (!this.enabled || this.finished) return;
    this.latest = { done, total };
    const now = Date.now();
    if (!this.reporter) {
      if (this.creating || now - this.started < this.delayMs) return;
      this.creating = true;
      // The client creates the token; until it answers, updates only record the latest count.
      this.connection.window.createWorkDoneProgress().then((reporter) => {
        if (this.finished) return reporter.done();
        this.reporter = reporter;
        reporter.begin("llmsafe", percent(this.latest), message(this.latest));
        this.lastReport = Date.now();
      }, () => { /* the client refused a progress token: carry on without one */ });
      return;
    }
    if (now - this.lastReport < 200) return;
    this.lastReport = now;
    this.reporter.report(percent(this.latest), message(this.latest));
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.reporter?.done();
  }
}

const percent = ({ done, total }: { done: number; total: number }) => (total ? Math.floor((done / total) * 100) : 0);
const message = ({ done, total }: { done: number; total: number }) => `scanning ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} files`;
