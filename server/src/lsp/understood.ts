// What llmsafe understood of the files the editor shows results for (LLM calls by SDK, tools,
// handlers, unmodelled SDKs), sent to the client as a `llmsafe/understood` notification for the
// status item's tooltip. Counted from what is published, so it covers the open files and, after a
// workspace scan, the workspace. Sent only when the summary line changes, at most every 200 ms
// (a scan publishes thousands of files).
import type { FileUnderstanding } from "../engine/types";
import { UnderstoodTally, understoodLine, type UnderstoodSummary } from "../engine/understood";

export const UNDERSTOOD_NOTIFICATION = "llmsafe/understood";

export interface UnderstoodParams {
  /** The line the CLI prints: `understood: 14 LLM calls (openai 9, anthropic 5), 6 tools, ...`. */
  summary: string;
  understood: UnderstoodSummary;
}

const SEND_EVERY_MS = 200;

export class UnderstoodTracker {
  private readonly byUri = new Map<string, FileUnderstanding | undefined>();
  private readonly tally = new UnderstoodTally();
  private lastSent = "";
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly send: (params: UnderstoodParams) => void) {}

  /** A file's results were published (understood: what it recognised) or taken away (null). */
  record(uri: string, understood: FileUnderstanding | undefined | null): void {
    if (this.byUri.has(uri)) this.tally.add(this.byUri.get(uri), -1);
    if (understood === null) this.byUri.delete(uri);
    else {
      this.byUri.set(uri, understood);
      this.tally.add(understood);
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), SEND_EVERY_MS);
      this.timer.unref(); // never what keeps the server process alive
    }
  }

  /** Sends the summary now if it changed since the last one sent. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const understood = this.tally.summary();
    const summary = understoodLine(understood);
    if (summary === this.lastSent) return;
    this.lastSent = summary;
    this.send({ summary, understood });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
