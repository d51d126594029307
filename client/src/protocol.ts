// What the client and the server agree on: the settings (typed once, in the server's settings
// module; only its types are imported here, so no server code is bundled into the client), the
// diagnostic source, the initialization options and the ids of commands the client implements itself.
export type { LlmsafeSettings, RunMode, TraceLevel } from "../../server/src/lsp/settings";

/** Same value as the server's SETTINGS_SECTION (not imported: that module pulls in the engine's config and zod). */
export const SETTINGS_SECTION = "llmsafe";

/** Same value as the server's DIAGNOSTIC_SOURCE (not imported: that module pulls in vscode-languageserver). */
export const DIAGNOSTIC_SOURCE = "llmsafe";

/** Same value as the server's UNDERSTOOD_NOTIFICATION: what the server recognised, for the status tooltip. */
export const UNDERSTOOD_NOTIFICATION = "llmsafe/understood";

/** Its parameters, as far as the client reads them. */
export interface UnderstoodParams {
  /** `understood: 14 LLM calls (openai 9, anthropic 5), 6 tools, 4 request handlers; not modelled: cohere-ai (3 files)` */
  summary: string;
}

/** The JS/TS languages the extension activates on and the server analyses. */
export const LANGUAGES = ["javascript", "javascriptreact", "typescript", "typescriptreact"] as const;

/** Vue and Svelte single-file components: the server analyses their script blocks and template HTML sinks,
 *  whichever extension (if any) gives the editor their language. */
export const COMPONENT_LANGUAGES = ["vue", "svelte"] as const;
export const COMPONENT_PATTERN = "**/*.{vue,svelte}";

/** MCP configuration files the server also checks (unpinned-mcp-server), whatever language the editor gives them. */
export const MCP_CONFIG_PATTERN = "**/{.mcp.json,mcp.json,claude_desktop_config.json}";

/** Sent in `initialize`. In an untrusted workspace the server must not load the workspace's own
 *  `.llmsaferc.json` `models` (extra sources/sinks are code-like configuration); severities and
 *  ignores still apply. */
export interface InitializationOptions {
  workspaceTrusted: boolean;
}

/** Commands contributed in package.json and handled in the client. */
export const ClientCommand = {
  scanWorkspace: "llmsafe.scanWorkspace",
  showOutput: "llmsafe.showOutput",
  restartServer: "llmsafe.restartServer",
  openRuleCatalog: "llmsafe.openRuleCatalog",
  /** args: [url]: opens the survey section in the browser. */
  openSurveySection: "llmsafe.openSurveySection",
  /** args: [ruleId]: opens docs/rules/<id>.md shipped with the extension. */
  showRuleDocumentation: "llmsafe.showRuleDocumentation",
  /** For tests and other extensions: the status bar's current count. */
  findingCount: "llmsafe.findingCount",
} as const;
