// The rule factory: a rule is metadata plus handlers over the engine's facts. Links to the
// survey and to the rule's docs are derived here from the metadata, never written by hand.
import type { BrowserClientFact, JsonParseFact, KeyLiteralFact, SafetySettingFact, SinkHit, ToolFact } from "../server/src/engine/facts";
import type { Fix, Severity } from "../server/src/engine/types";
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { owaspRefs, type OwaspAgenticId, type OwaspLlmId, type OwaspRefs } from "./owasp";
import survey from "./survey-sections.json";

export interface RuleMeta {
  /** Starts with a verb: what the rule reports. */
  description: string;
  severity: Severity;
  /** Survey section number (arXiv 2504.15585 v4), e.g. "6.1.1". */
  surveySection: string;
  /** OWASP Top 10 for LLM Applications 2026 ids (the 2025 aliases are derived, see owasp.ts). */
  owaspLlm2026: OwaspLlmId[];
  /** OWASP Top 10 for Agentic Applications 2026 ids. */
  owaspAgentic: OwaspAgenticId[];
  cwe: string[];
  atlas: string[];
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** One paragraph on why it matters, shown in hovers and docs. */
  why: string;
}

export interface Report {
  file: string;
  start: number;
  end: number;
  message: string;
  /** Taint trail, newest link first (from the fact). */
  trail?: SinkHit["trail"];
  /** The sink, appended as the last step of the path. */
  sinkStep?: { file: string; start: number; end: number; description: string };
  confidence?: "high" | "medium" | "low";
  severity?: Severity;
  fixes?: Fix[];
}

export interface RuleContext {
  report(r: Report): void;
  /** Source text of a range. */
  text(file: string, start: number, end: number): string;
  /** The parsed tree of a file (the one the analysis used), or null when it does not parse. */
  ast(file: string): TSESTree.Program | null;
}

export interface RuleHandlers {
  sink?(hit: SinkHit): void;
  tool?(fact: ToolFact): void;
  jsonParse?(fact: JsonParseFact): void;
  browserClient?(fact: BrowserClientFact): void;
  safetySetting?(fact: SafetySettingFact): void;
  keyLiteral?(fact: KeyLiteralFact): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta & OwaspRefs & { surveyUrl: string; surveyTitle: string; docsPath: string };
  create(ctx: RuleContext): RuleHandlers;
}

const SECTIONS = new Map(survey.sections.map((s) => [s.section, s]));

export function surveySection(section: string): { url: string; title: string } {
  const s = SECTIONS.get(section);
  if (!s) throw new Error(`unknown survey section ${section}`);
  return { url: s.url, title: s.title };
}

export function defineRule(def: { id: string; meta: RuleMeta; create(ctx: RuleContext): RuleHandlers }): Rule {
  const s = surveySection(def.meta.surveySection);
  const owasp = owaspRefs(def.meta.owaspLlm2026, def.meta.owaspAgentic);
  return { id: def.id, meta: { ...def.meta, ...owasp, surveyUrl: s.url, surveyTitle: s.title, docsPath: `docs/rules/${def.id}.md` }, create: def.create };
}

/** Where a fix can add an import: after a shebang and leading directives ("use client"). */
export function importInsertOffset(text: string): number {
  const m = /^(#![^\n]*\n)?(\s*(\/\/[^\n]*\n|\/\*[^]*?\*\/\s*)*\s*(["'])use (client|server|strict)\4;?[^\n]*\n)*/.exec(text);
  return m ? m[0].length : 0;
}

/** A readable, short rendering of source text for messages. */
export function snippet(text: string, max = 50): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 3) + "..." : one;
}
