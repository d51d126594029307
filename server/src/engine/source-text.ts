// Offsets to 1-based line/column positions, computed once per file text.
import type { Location, Position, SourceRange } from "./types";

export class SourceText {
  private lineStarts: number[] | null = null;
  constructor(readonly file: string, readonly text: string) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  position(offset: number): Position {
    // Notices at the top of a file need no line table (most files never need one).
    if (offset <= 0) return { line: 1, column: 1 };
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  offsetAt(line: number, column: number): number {
    const starts = this.starts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(this.text.length, starts[l - 1] + Math.max(0, column - 1));
  }

  lineCount(): number {
    if (this.lineStarts) return this.lineStarts.length;
    // Counted without building the table: "\r\n", "\n" and a lone "\r" each end a line.
    const t = this.text;
    let n = 1;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) n++;
    if (t.includes("\r")) for (let i = t.indexOf("\r"); i !== -1; i = t.indexOf("\r", i + 1)) if (t.charCodeAt(i + 1) !== 10) n++;
    return n;
  }

  location(range: SourceRange): Location {
    return { file: this.file, range, start: this.position(range.start), end: this.position(range.end) };
  }

  slice(range: SourceRange): string {
    return this.text.slice(range.start, range.end);
  }
}
