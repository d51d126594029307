// Request parameters arrive untyped from any client (and from fuzzers): the checks that turn a
// malformed request into an InvalidParams error instead of an internal one.
import { ErrorCodes, ResponseError } from "vscode-languageserver";

export function invalidParams(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `llmsafe: invalid params: ${what}`);
}

export function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | null;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

export function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const q = r as { start?: unknown; end?: unknown } | null;
  return !!q && isPosition(q.start) && isPosition(q.end);
}
