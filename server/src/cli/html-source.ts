// Source text for the HTML report: the lines around a finding and the one line of each path step,
// as HTML. Every line is masked (a key-shaped string never appears whole) before it is escaped,
// and cut to a window around the column so a minified line cannot swell the report.
import { maskSecrets } from "../engine/keys";
import type { Location } from "../engine/types";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (code, messages, paths: anything from the linted project) as HTML text or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/** Longest line shown; longer ones are cut around the reported column. */
const MAX_LINE = 200;
/** Lines of context shown above and below a finding. */
const CONTEXT = 2;
/** A finding spanning more lines shows its first and last ones only. */
const MAX_SPAN = 10;

/** One line of an excerpt, as HTML, with its number and whether the finding covers it. */
export interface ExcerptLine {
  line: number;
  html: string;
  marked: boolean;
}

/**
 * `text` with the part from `from` to `to` (0-based code units) wrapped in <mark>, all escaped,
 * masked and cut to MAX_LINE characters around that part. A line holding a key is masked as a
 * whole first; its highlight then covers the whole line, since the columns no longer match.
 */
export function lineHtml(text: string, from = -1, to = -1): string {
  const masked = maskSecrets(text);
  if (masked !== text || from < 0) {
    const { start, end } = window(masked.length, 0);
    return escapeHtml((start > 0 ? "…" : "") + masked.slice(start, end) + (end < masked.length ? "…" : ""));
  }
  const a = Math.max(0, Math.min(from, text.length));
  const b = Math.max(a, Math.min(to, text.length));
  const { start, end } = window(text.length, a);
  const before = (start > 0 ? "…" : "") + text.slice(start, a);
  const inside = text.slice(a, Math.min(b, end));
  const after = text.slice(Math.min(b, end), end) + (end < text.length ? "…" : "");
  return `${escapeHtml(before)}${inside ? `<mark>${escapeHtml(inside)}</mark>` : ""}${escapeHtml(after)}`;
}

/** The start and end (exclusive) of at most MAX_LINE characters, from a little before `a`. */
function window(length: number, a: number): { start: number; end: number } {
  if (length <= MAX_LINE) return { start: 0, end: length };
  const start = Math.max(0, Math.min(a - 40, length - MAX_LINE));
  return { start, end: start + MAX_LINE };
}

/** The lines of a file's text (without line terminators). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}

/** The column range a location covers on `line` (0-based, end exclusive), or -1s for the whole line. */
function columnsOn(loc: Location, line: number, length: number): [number, number] {
  if (line < loc.start.line || line > loc.end.line) return [-1, -1];
  const from = line === loc.start.line ? loc.start.column - 1 : 0;
  const to = line === loc.end.line ? loc.end.column - 1 : length;
  return to > from ? [from, to] : [from, from + 1];
}

/**
 * The lines around a location: CONTEXT lines before and after, the covered lines marked (and
 * the covered columns highlighted). A location over more than MAX_SPAN lines keeps its first and
 * last lines; a `null` entry stands for the lines left out. Empty when the text is unknown.
 */
export function excerpt(text: string | undefined, loc: Location): (ExcerptLine | null)[] {
  if (text === undefined) return [];
  const lines = splitLines(text);
  const first = Math.max(1, loc.start.line - CONTEXT);
  const last = Math.min(lines.length, loc.end.line + CONTEXT);
  const out: (ExcerptLine | null)[] = [];
  for (let n = first; n <= last; n++) {
    const span = loc.end.line - loc.start.line + 1;
    if (span > MAX_SPAN && n === loc.start.line + MAX_SPAN - 3) out.push(null);
    if (span > MAX_SPAN && n >= loc.start.line + MAX_SPAN - 3 && n <= loc.end.line - 3) continue;
    const marked = n >= loc.start.line && n <= loc.end.line;
    const [from, to] = marked ? columnsOn(loc, n, lines[n - 1].length) : [-1, -1];
    out.push({ line: n, html: lineHtml(lines[n - 1], from, to), marked });
  }
  return out;
}

/** The first line of a location, its columns highlighted; null when the text is unknown. */
export function locationLine(text: string | undefined, loc: Location): string | null {
  if (text === undefined) return null;
  const whole = splitLines(text)[loc.start.line - 1];
  if (whole === undefined) return null;
  // Without its indentation: steps from different depths line up.
  const indent = whole.length - whole.trimStart().length;
  const [from, to] = columnsOn(loc, loc.start.line, whole.length);
  return lineHtml(whole.slice(indent), Math.max(0, from - indent), Math.max(0, to - indent));
}
