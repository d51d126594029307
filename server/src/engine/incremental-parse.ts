// Re-parsing only what an edit touched. typescript-estree's conversion of the TypeScript AST
// costs several times the TypeScript parse, so on each keystroke in a large file we re-parse
// just the top-level statements the edit overlaps, splice them into the previous tree, and
// shift the ranges of everything after them. Anything unusual falls back to a full parse.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { forEachChild } from "./ast-children";
import { parseSource } from "./parse";

type Node = TSESTree.Node;

/** Every range array in a subtree, collected once per statement: typing shifts the same statements again and again. */
const rangesOf = new WeakMap<Node, [number, number][]>();

function collectRanges(node: Node, out: [number, number][]): void {
  out.push(node.range);
  forEachChild(node, (c) => collectRanges(c, out));
}

/** Adds `delta` to every range in the statement (locations are computed from ranges, never `loc`). */
function shift(stmt: Node, delta: number): void {
  let ranges = rangesOf.get(stmt);
  if (!ranges) {
    const all: [number, number][] = [];
    collectRanges(stmt, all);
    ranges = [...new Set(all)]; // a range array shared by two nodes must move once
    rangesOf.set(stmt, ranges);
  }
  for (let i = 0; i < ranges.length; i++) { ranges[i][0] += delta; ranges[i][1] += delta; }
}

/**
 * A new Program for `newText`, reusing `old` (the tree of `oldText`) outside the edited
 * statements, or null when the edit cannot be handled locally (the caller parses in full).
 * The old tree is modified in place and must not be used afterwards.
 */
export function reparse(file: string, old: TSESTree.Program, oldText: string, newText: string): TSESTree.Program | null {
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const oldEnd = oldText.length - s;
  const delta = newText.length - oldText.length;
  const body = old.body;
  // Statements the edit touches (an edit at a statement's edge may extend it, so edges count).
  let first = -1, last = -1;
  for (let i = 0; i < body.length; i++) {
    const [a, b] = body[i].range;
    if (b >= p && a <= oldEnd) { if (first < 0) first = i; last = i; }
  }
  let regStart: number, regEnd: number;
  if (first < 0) {
    // Between statements: re-parse just the gap, which may now hold new statements.
    let i = 0;
    while (i < body.length && body[i].range[1] < p) i++;
    first = i; last = i - 1;
    regStart = i > 0 ? body[i - 1].range[1] : 0;
    regEnd = i < body.length ? body[i].range[0] : oldText.length;
  } else {
    regStart = Math.min(p, body[first].range[0]);
    regEnd = Math.max(oldEnd, body[last].range[1]);
  }
  // Take one neighbouring statement on each side: an edit between statements (a comment that
  // now runs on, a deleted semicolon) can change how its neighbours parse.
  if (first > 0) first--;
  if (last + 1 < body.length) { last++; regEnd = Math.max(regEnd, body[last].range[1]); }
  // Start right after the statement before the region, so comments in the gap are re-read too.
  regStart = Math.min(regStart, first > 0 ? body[first - 1].range[1] : 0);
  if (regEnd - regStart > oldText.length / 2) return null; // most of the file changed
  const piece = newText.slice(regStart, regEnd + delta);
  // Directives, imports and comments about suppressions are cheap enough to get right by a full parse.
  if (/["']use (server|client|strict)["']/.test(piece) || newText.includes("llmsafe-")) return null;
  // Without a semicolon, a following statement starting with ( [ ` + - / could join this one (ASI).
  const next = last + 1 < body.length ? oldText[body[last + 1].range[0]] : "";
  if (next && /[([`+\-/]/.test(next) && !/[;}]\s*$/.test(piece)) return null;
  const parsed = parseSource(file, piece, true);
  if (!parsed.ok) return null;
  // A line comment that runs to the end of the piece would, in the whole file, also swallow
  // whatever follows on the same line.
  const lastComment = parsed.comments[parsed.comments.length - 1];
  const after = newText.charAt(regEnd + delta);
  if (lastComment && lastComment.range[1] >= piece.length && after !== "" && after !== "\n" && after !== "\r") return null;
  for (const n of parsed.ast.body) shift(n, regStart);
  if (delta !== 0) for (let i = last + 1; i < body.length; i++) shift(body[i], delta);
  old.body.splice(first, last - first + 1, ...parsed.ast.body);
  old.range[1] = newText.length;
  return old;
}
