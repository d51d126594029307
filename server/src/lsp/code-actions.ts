// Code actions for findings: the engine's own fixes (safe ones as preferred quick fixes,
// behaviour-changing ones as rewrites), suppression comments, and links to the survey and the
// rule's docs. Pure: takes the document text and its findings, returns protocol objects.
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { rulesById } from "../../../rules/index";
import type { Finding, Fix, FixEdit } from "../engine/types";
import { findingToDiagnostic } from "./diagnostics";
import { inJsxChildren } from "./jsx-context";
import { inComponentMarkup, isComponentFile } from "../engine/components";

export const FIX_ALL_KIND = "source.fixAll.llmsafe";
export const COMMAND_OPEN_SURVEY = "llmsafe.openSurveySection";
export const COMMAND_SHOW_RULE_DOCS = "llmsafe.showRuleDocumentation";
export const SUPPRESSION_REASON = "TODO: explain why this is safe";

export interface ActionContext {
  doc: TextDocument;
  /** The engine's path for the document (decides whether JSX is possible). */
  file: string;
  findings: readonly Finding[];
  /** Requested kinds (CodeActionContext.only); undefined means all. */
  only?: readonly string[];
  /** Client applies versioned `documentChanges` (safer: refused if the text moved on). */
  documentChanges: boolean;
}

/** `only: ["source"]` asks for source.fixAll.llmsafe too: kinds are hierarchical. */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

function workspaceEdit(ctx: ActionContext, edits: TextEdit[]): WorkspaceEdit {
  const { uri, version } = ctx.doc;
  return ctx.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}

function toTextEdits(doc: TextDocument, edits: readonly FixEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) }, newText: e.text }));
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
}

function eol(doc: TextDocument): string {
  return doc.getText().includes("\r\n") ? "\r\n" : "\n";
}

const NEXT_LINE_RE = /^(\s*)(\{\/\*|\/\/|<!--)(\s*llmsafe-disable-next-line\s+)([^\s-][^-]*?)(\s+--.*?)?(\s*\*\/\}|\s*-->)?\s*$/;

/** `// llmsafe-disable-next-line <rule> -- reason` above the finding's line, or the rule added to one already there. */
export function disableLineEdit(ctx: ActionContext, f: Finding): TextEdit {
  const { doc } = ctx;
  const line = f.start.line - 1;
  const text = lineText(doc, line);
  if (line > 0) {
    const prev = lineText(doc, line - 1);
    const m = NEXT_LINE_RE.exec(prev);
    if (m) {
      const ids = m[4].trim();
      const start = m[1].length + m[2].length + m[3].length;
      return { range: { start: { line: line - 1, character: start }, end: { line: line - 1, character: start + ids.length } }, newText: `${ids}, ${f.ruleId}` };
    }
  }
  const indent = /^\s*/.exec(text)![0];
  const body = `llmsafe-disable-next-line ${f.ruleId} -- ${SUPPRESSION_REASON}`;
  const at = doc.offsetAt({ line, character: indent.length });
  // The markup of a Vue or Svelte component takes HTML comments; its script blocks, `//`.
  const comment = inComponentMarkup(ctx.file, doc.getText(), at) ? `<!-- ${body} -->` : inJsxChildren(ctx.file, doc.getText(), at) ? `{/* ${body} */}` : `// ${body}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol(doc)}` };
}

const FILE_DIRECTIVE_RE = /^(?:\/\*|<!--)\s*llmsafe-disable\s+([^*]+?)\s*(?:\*\/|-->)\s*$/;

/** `/* llmsafe-disable <rule> *\/` on the first line (after a shebang), or the rule added to one already there. */
export function disableFileEdit(ctx: ActionContext, f: Finding): TextEdit {
  const { doc } = ctx;
  const line = lineText(doc, 0).startsWith("#!") ? 1 : 0;
  const existing = FILE_DIRECTIVE_RE.exec(lineText(doc, line));
  if (existing) {
    const start = lineText(doc, line).indexOf(existing[1]);
    return { range: { start: { line, character: start }, end: { line, character: start + existing[1].length } }, newText: `${existing[1]}, ${f.ruleId}` };
  }
  // A component's first line is markup (its script blocks start after their tags): an HTML comment there.
  const directive = isComponentFile(ctx.file) ? `<!-- llmsafe-disable ${f.ruleId} -->` : `/* llmsafe-disable ${f.ruleId} */`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${directive}${eol(doc)}` };
}

function fixAction(ctx: ActionContext, f: Finding, fix: Fix): CodeAction {
  return {
    title: fix.title,
    kind: fix.suggestion ? CodeActionKind.RefactorRewrite : CodeActionKind.QuickFix,
    ...(fix.suggestion ? {} : { isPreferred: true }),
    diagnostics: [findingToDiagnostic(f)],
    edit: workspaceEdit(ctx, toTextEdits(ctx.doc, fix.edits)),
  };
}

/** Every action offered for one finding, in the order a user wants them. */
export function actionsForFinding(ctx: ActionContext, f: Finding): CodeAction[] {
  const diagnostic = findingToDiagnostic(f);
  const rule = rulesById.get(f.ruleId);
  const safe = f.fixes.filter((x) => !x.suggestion).map((x) => fixAction(ctx, f, x));
  const suggestions = f.fixes.filter((x) => x.suggestion).map((x) => fixAction(ctx, f, x));
  const quick = (title: string, rest: Partial<CodeAction>): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...rest });
  const actions = [
    ...safe,
    ...suggestions,
    quick(`Disable ${f.ruleId} for this line`, { edit: workspaceEdit(ctx, [disableLineEdit(ctx, f)]) }),
    quick(`Disable ${f.ruleId} for this file`, { edit: workspaceEdit(ctx, [disableFileEdit(ctx, f)]) }),
    quick(`Open survey section: §${f.surveySection} ${rule?.meta.surveyTitle ?? ""}`.trim(), {
      command: { title: "Open survey section", command: COMMAND_OPEN_SURVEY, arguments: [f.surveyUrl] },
    }),
    quick(`Show rule documentation: ${f.ruleId}`, {
      command: { title: "Show rule documentation", command: COMMAND_SHOW_RULE_DOCS, arguments: [f.ruleId] },
    }),
  ];
  return actions.filter((a) => kindRequested(a.kind!, ctx.only));
}

function overlaps(a: FixEdit, b: FixEdit): boolean {
  if (a.range.start === a.range.end && b.range.start === b.range.end) return false; // two inserts can share a spot
  return a.range.start < b.range.end && b.range.start < a.range.end
    || (a.range.start === a.range.end && a.range.start > b.range.start && a.range.start < b.range.end)
    || (b.range.start === b.range.end && b.range.start > a.range.start && b.range.start < a.range.end);
}

/**
 * The safe fixes of all findings as one edit set: identical edits (two fixes adding the same
 * import) are kept once, and a fix that collides with one already taken is left for a later run.
 * Suggestions are never included: fix-on-save must not change what a program does.
 */
export function fixAllEdits(findings: readonly Finding[]): FixEdit[] {
  const taken: FixEdit[] = [];
  const keyOf = (e: FixEdit) => `${e.range.start}:${e.range.end}:${e.text}`;
  const keys = new Set<string>();
  for (const f of findings) {
    if (f.suppressed) continue;
    for (const fix of f.fixes) {
      if (fix.suggestion) continue;
      const fresh = fix.edits.filter((e) => !keys.has(keyOf(e)));
      if (fresh.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      for (const e of fresh) {
        keys.add(keyOf(e));
        taken.push(e);
      }
    }
  }
  return taken.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

export function fixAllAction(ctx: ActionContext): CodeAction | null {
  const edits = fixAllEdits(ctx.findings);
  if (!edits.length) return null;
  return { title: "Fix all safe llmsafe problems", kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, toTextEdits(ctx.doc, edits)) };
}

function intersects(f: Finding, start: number, end: number): boolean {
  return f.range.start <= end && start <= f.range.end;
}

/** The code actions for a request range: per-finding actions, then fix-all when asked for. */
export function codeActions(ctx: ActionContext, range: Range, diagnosticKeys: readonly { ruleId: string; start: number }[]): CodeAction[] {
  const start = ctx.doc.offsetAt(range.start);
  const end = ctx.doc.offsetAt(range.end);
  const out: CodeAction[] = [];
  for (const f of ctx.findings) {
    if (f.suppressed) continue;
    const named = diagnosticKeys.some((k) => k.ruleId === f.ruleId && k.start === f.range.start);
    if (named || intersects(f, start, end)) out.push(...actionsForFinding(ctx, f));
  }
  // Fix-all is a source action: offered only when asked for by kind (on save, or the Source Action menu).
  if (ctx.only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + "."))) {
    const all = fixAllAction(ctx);
    if (all) out.push(all);
  }
  return out;
}
