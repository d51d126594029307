// One llmsafe message (the API's ESLint-shaped result) as an ESLint report: its location in
// ESLint's loc (1-based lines, 0-based columns), the taint path in the message data, the safe fix
// as ESLint's `fix` and the behaviour-changing ones as suggestions, as `llmsafe --fix` sorts them.
import { relative, sep } from "node:path";
import type { Rule as EslintRule } from "eslint";
import type { LintMessage } from "../api/index";

/** Message templates, by id; the data of each report fills them. */
export const MESSAGES = {
  /** A finding that is not a flow (a key in source, a tool's reach, a safety setting). */
  finding: "{{message}}",
  /** A flow: the path from the source to the sink follows the message. */
  flow: "{{message}} Path: {{path}}",
  suggestion: "{{title}}",
} as const;

type Step = { file: string; line: number; column: number; description: string };
type Edit = { range: [number, number]; text: string };
type Message = LintMessage & { path?: Step[]; fix?: Edit; suggestions?: { desc: string; fix: Edit }[] };

/** The taint path on one line: "request data `req.body` read here (11:32) → ... (lib/prompts.ts:10:10) → ...". */
export function pathText(steps: readonly Step[], file: string, root: string): string {
  return steps.map((s) => {
    const where = s.file === file ? "" : `${relative(root, s.file).split(sep).join("/")}:`;
    return `${s.description} (${where}${s.line}:${s.column})`;
  }).join(" → ");
}

export interface ReportOptions {
  file: string;
  root: string;
  fixable: boolean;
  hasSuggestions: boolean;
}

export function describe(m: Message, o: ReportOptions): EslintRule.ReportDescriptor {
  const path = m.path?.length ? pathText(m.path, o.file, o.root) : "";
  const replace = (e: Edit) => (fixer: EslintRule.RuleFixer) => fixer.replaceTextRange(e.range, e.text);
  return {
    messageId: path ? "flow" : "finding",
    data: { message: m.message, path },
    // llmsafe's columns are 1-based like ESLint's output; ESLint's loc columns are 0-based.
    loc: { start: { line: m.line, column: m.column - 1 }, end: { line: m.endLine, column: m.endColumn - 1 } },
    ...(o.fixable && m.fix ? { fix: replace(m.fix) } : {}),
    ...(o.hasSuggestions && m.suggestions?.length
      ? { suggest: m.suggestions.map((s) => ({ messageId: "suggestion", data: { title: s.desc }, fix: replace(s.fix) })) }
      : {}),
  };
}
