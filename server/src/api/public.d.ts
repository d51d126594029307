// The public types of the package's main entry (`import { lint } from "llmsafe"`), shipped as
// dist/api.d.ts. Written by hand so that the contract is readable and the engine's internal types
// stay private; server/src/api/public-types-check.ts fails `npm run typecheck` when index.ts and
// this file disagree. Keep it free of Node's types: a consumer needs no @types/node to use it.

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

export interface LinterOptions {
  /** The project root: imports are followed inside it, relative paths resolve from it. Default: process.cwd(). */
  cwd?: string;
  /** A .llmsaferc.json to use; default: the project's own (found from `cwd` upwards, nested ones merged); false: none. */
  config?: string | false;
  /** Per-rule severities on top of the configuration (`{ "undelimited-prompt-input": "off" }`). */
  rules?: Record<string, SeveritySetting>;
}

export interface LintOptions extends LinterOptions {
  /** Files or folders on disk (folders are walked; build output and node_modules are skipped). */
  paths?: string[];
  /** In-memory files; each shadows the file on disk at that path, so imports between them are followed. */
  files?: { path: string; text: string }[];
}

/** One step of a taint path, or another call reaching the same sink. Lines and columns are 1-based. */
export interface FlowLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  description: string;
}

/** A message in ESLint's shape, with llmsafe's own fields on findings (absent on notices such as parse errors). */
export interface LintMessage {
  /** The rule id; `llmsafe/<kind>` for llmsafe's own notices; null for parse errors and skipped files. */
  ruleId: string | null;
  /** 2 error, 1 warning or info. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  confidence?: "high" | "medium" | "low";
  surveyUrl?: string;
  surveySection?: string;
  surveyTitle?: string;
  owasp?: string;
  cwe?: string[];
  fingerprint?: string;
  /** Source to sink, in order (empty for findings that are not flows). */
  path?: FlowLocation[];
  /** The other calls reaching the same sink inside a helper: one root cause, one finding. */
  relatedLocations?: FlowLocation[];
}

/** What llmsafe recognised in a file, so that no finding means something. */
export interface UnderstoodItem {
  kind: string;
  api: string;
  line: number;
  column: number;
}

export interface FileUnderstanding {
  llmCalls: UnderstoodItem[];
  tools: UnderstoodItem[];
  handlers: UnderstoodItem[];
  /** No LLM API here nor in what the file imports: only the key scan ran. */
  prefilterSkipped: boolean;
  /** LLM SDK packages the file imports that no model describes. */
  unmodelled: string[];
}

/** One linted file: ESLint's `LintResult` shape (the same objects as `llmsafe --format json`). */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: (Pick<LintMessage, "ruleId" | "severity" | "message" | "line" | "column" | "endLine" | "endColumn" | "fingerprint"> & {
    suppressions: { kind: "directive" | "external"; justification: string }[];
  })[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  llmsafe?: { understood: FileUnderstanding };
}

/** Lints `paths` and `files` once: results sorted by file path, in-memory files included. */
export declare function lint(opts: LintOptions): Promise<LintResult[]>;

/**
 * One llmsafe project: files analysed once are reused across calls, and a file's text can be
 * given in memory (an editor buffer, code an agent is about to write). Not thread-safe.
 */
export declare class Linter {
  /** Throws ConfigError (with the key's path) for an invalid configuration. */
  constructor(opts?: LinterOptions);
  readonly root: string;
  /** Sets (or with undefined, clears) a file's in-memory text; returns the files whose results may change. */
  setText(path: string, text: string | undefined): string[];
  /** Lints one file with the given text (kept in memory for later calls and for files that import it). */
  lintText(path: string, text: string): LintResult;
  /** Lints files and folders on disk (and the in-memory files at those paths). */
  lintFiles(paths: string[]): LintResult[];
}

/** An invalid .llmsaferc.json: `path` is the file, each problem names the key. */
export declare class ConfigError extends Error {
  constructor(path: string, problems: { keyPath: string; message: string }[]);
  readonly path: string;
  readonly problems: { keyPath: string; message: string }[];
}

/** What a user needs to know about a rule: its id (the public contract), what it flags, its references. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  why: string;
  surveySection: string;
  surveyTitle: string;
  surveyUrl: string;
  owasp: string;
  owaspLlm2026: string[];
  owaspAgentic: string[];
  cwe: string[];
  fixable: boolean;
  hasSuggestions: boolean;
  /** The rule's documentation page, relative to the package root (docs/rules/<id>.md). */
  docsPath: string;
}

/** Every rule, in the catalog's order. */
export declare const rules: readonly RuleInfo[];
