// The engine's public vocabulary: what a finding is, where it points, and what a rule declares.
// Everything here is plain data so the CLI, the language server and tests share it unchanged.

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** Kinds of taint, as defined in the rule catalog. Bit flags so one value can carry several. */
export const Taint = {
  Untrusted: 1, // what a user of the app controls
  UntrustedLow: 2, // CLI arguments and stdin: the operator's own input
  External: 4, // what a third party may have written
  Model: 8, // what a model produced
  Secret: 16, // credentials
  PublicEnv: 32, // read from a browser-exposed env var (NEXT_PUBLIC_*, VITE_*, ...)
  // A credential the server holds itself (a secret env var, a key written in the code), always with
  // Secret: a key the request brought (`body.apiKey`) is Secret by its name, never this.
  ServerSecret: 64,
} as const;
export type TaintKind = keyof typeof Taint;

/** Where a value is consumed in a way that matters to a rule. */
export type SinkKind =
  | "instruction" // system / developer message, instructions, preamble
  | "prompt" // any other prompt content (user message, prompt string)
  | "prompt-template" // text used as a prompt template
  | "code" // eval and friends
  | "shell"
  | "sql"
  | "html"
  | "url"
  | "path"
  | "api-key" // the key an LLM client is built with
  | "response" // the body of an HTTP response, sent to whoever called
  | "endpoint" // the host an LLM client or a request carrying the server's credential goes to (eval/model-endpoints.ts)
  | "json" // JSON.parse inside a helper whose result is used unvalidated (eval/json-parse.ts)
  | "markdown" // rendered by a renderer that loads the images (remote URLs) the text names (eval/markdown-images.ts)
  | "store" // kept for a later request: a session field, a database table's column (eval/stored-data.ts)
  | "dispatch"; // the key that picks which function of a table is called (eval/tool-dispatch.ts)

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units like ESLint
}

export interface SourceRange {
  start: number; // offsets into the file text
  end: number;
}

export interface Location {
  file: string; // absolute path
  range: SourceRange;
  start: Position;
  end: Position;
}

/** One step of a taint path, as a user reads it: "`req.body.persona` read here". */
export interface FlowStep extends Location {
  description: string;
}

export interface FixEdit {
  range: SourceRange;
  text: string;
}

/** Data a quick fix needs; the edits are applied by the caller (CLI --fix, code actions). */
export interface Fix {
  title: string;
  /** true: changes behaviour and must never be applied by fix-all. */
  suggestion: boolean;
  edits: FixEdit[];
}

export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  /** source -> ... -> sink, in order; empty for findings that are not flows. */
  path: FlowStep[];
  confidence: "high" | "medium" | "low";
  surveyUrl: string;
  surveySection: string;
  owasp: string;
  cwe: string[];
  fixes: Fix[];
  /**
   * The other calls in this file that reach the same sink inside a helper: one root cause, one
   * finding, reported at the first call; each of these is where one more call passes data in.
   */
  relatedLocations?: FlowStep[];
  /**
   * For a flow reported at a helper's call site: the rule and the sink it reaches (file and
   * offsets), the same for every call reaching that sink. Findings are grouped by it (root-cause.ts).
   */
  rootCause?: string;
  /** Set when a suppression comment silences this finding (kept for audits). */
  suppressed?: { kind: "line" | "next-line" | "file"; reason: string };
  /**
   * Set on a finding that another file's analysis located in this one (a browser-exposed key read
   * in a shared module, found through the client component that imports it): that file. Such a
   * finding is in this file's result only once that file has been analysed.
   */
  foundBy?: string;
}

/** Problems with the file or with llmsafe's own directives, not with the user's code. */
export interface FileNotice extends Location {
  kind: "parse-error" | "skipped" | "unknown-rule" | "unused-suppression" | "config-error" | "time-budget";
  message: string;
  severity: Severity;
}

export interface FileResult {
  file: string;
  findings: Finding[];
  notices: FileNotice[];
  /** true when the file was fully analysed (false for parse errors and skipped files). */
  analysed: boolean;
  /** What llmsafe recognised in the file, so that no finding means something (understood.ts sums it up). */
  understood?: FileUnderstanding;
}

/** One thing llmsafe recognised: an LLM call, a tool, a request handler. */
export interface UnderstoodItem {
  /** The SDK (provider) of an LLM call; the API of a tool or handler registration. */
  kind: string;
  api: string;
  line: number;
  column: number;
}

export interface FileUnderstanding {
  llmCalls: UnderstoodItem[];
  tools: UnderstoodItem[];
  /** Where requests enter: handler registrations, route exports, server actions. */
  handlers: UnderstoodItem[];
  /** The prefilter found no LLM API here, nor in what the file imports: only the key scan ran. */
  prefilterSkipped: boolean;
  /** LLM SDK packages the file imports that no model describes (their calls are not understood). */
  unmodelled: string[];
}
