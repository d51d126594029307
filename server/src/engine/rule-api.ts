// The rule contract: the one module of the engine a rule (or a rule helper in rules/) imports.
// A rule is metadata plus handlers over the facts one propagation pass records; it reports
// through its context and never reads the engine's abstract values. The contract lives in the
// engine, not in rules/, because the engine is what calls `create(ctx)` and consumes a Report:
// so rules depend on the engine's API and the engine on no rule (test/architecture.test.mjs).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { BrowserClientFact, ClientPromptFact, JsonParseFact, McpLaunchFact, KeyLiteralFact, SafetySettingFact, SinkHit, ToolFact, ToolSetFact } from "./facts";
import type { Fix, Severity } from "./types";

// The vocabulary a rule reads and writes: taint kinds, sink kinds, fixes, the facts.
export { Taint } from "./types";
export type { Fix, FixEdit, Severity, SinkKind, SourceRange, TaintKind } from "./types";
export type { AgentTool, BrowserClientFact, ClientPromptFact, Fact, JsonParseFact, McpLaunchFact, KeyLiteralFact, SafetySettingFact, SinkHit, ToolFact, ToolLeg, ToolSetFact } from "./facts";
export type { Trail } from "./value";
// Helpers over the parsed tree, for fixes that must know what a name means where they edit.
export { forEachChild } from "./ast-children";
export { patternNames } from "./scope";
export { componentImportOffset } from "./components";
// Secrets in messages are masked, never printed whole.
export { maskSecret, providerEnvVar } from "./keys";

export interface RuleMeta {
  /** Starts with a verb: what the rule reports. */
  description: string;
  severity: Severity;
  /** Survey section number (arXiv 2504.15585 v4), e.g. "6.1.1". */
  surveySection: string;
  /** OWASP Top 10 for LLM Applications 2026 ids (rules/owasp.ts types them and derives the 2025 aliases). */
  owaspLlm2026: string[];
  /** OWASP Top 10 for Agentic Applications 2026 ids; empty when none applies. */
  owaspAgentic: string[];
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
  /** Other places the finding is about (the tools of a tool set), each with what it is: the finding's relatedLocations. */
  related?: { file: string; start: number; end: number; description: string }[];
}

export interface RuleContext {
  report(r: Report): void;
  /** Source text of a range. */
  text(file: string, start: number, end: number): string;
  /** The parsed tree of a file (the one the analysis used), or null when it does not parse. */
  ast(file: string): TSESTree.Program | null;
}

/** One handler per fact kind; the engine calls them in the order the facts were recorded. */
export interface RuleHandlers {
  sink?(hit: SinkHit): void;
  tool?(fact: ToolFact): void;
  toolSet?(fact: ToolSetFact): void;
  jsonParse?(fact: JsonParseFact): void;
  browserClient?(fact: BrowserClientFact): void;
  safetySetting?(fact: SafetySettingFact): void;
  keyLiteral?(fact: KeyLiteralFact): void;
  clientPrompt?(fact: ClientPromptFact): void;
  mcpLaunch?(fact: McpLaunchFact): void;
}

/** What `defineRule` (rules/define.ts) takes: the rule as its module writes it. */
export interface RuleDefinition {
  id: string;
  meta: RuleMeta;
  create(ctx: RuleContext): RuleHandlers;
}

/** What the engine runs: the definition with the links derived from its metadata. */
export interface Rule {
  id: string;
  meta: RuleMeta & {
    /** The 2025 ids of the same OWASP entries (derived), and one display line naming both lists. */
    owaspLlm2025: string[];
    owasp: string;
    surveyUrl: string;
    surveyTitle: string;
    docsPath: string;
  };
  create(ctx: RuleContext): RuleHandlers;
}
