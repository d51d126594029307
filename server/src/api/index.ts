// The package's public entry point (`import { lint, Linter, rules } from "llmsafe"`), bundled to
// dist/api.js. Its types are declared by hand in public.d.ts (shipped as dist/api.d.ts), a
// contract that public-types-check.ts holds this module to. Kept small on purpose: the engine's
// internals (Project, models, facts) stay free to change.
import { rules as ruleModules } from "../../../rules/index";
import type { Severity } from "../engine/types";

export { lint, Linter, ConfigError, type LintOptions, type LinterOptions, type LintResult, type LintMessage } from "./lint";

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
  /** The rule's documentation page, inside the installed package. */
  docsPath: string;
}

/** Every rule, in the catalog's order, as plain data. */
export const rules: readonly RuleInfo[] = Object.freeze(
  ruleModules.map(({ id, meta }) =>
    Object.freeze({
      id,
      description: meta.description,
      defaultSeverity: meta.severity,
      why: meta.why,
      surveySection: meta.surveySection,
      surveyTitle: meta.surveyTitle,
      surveyUrl: meta.surveyUrl,
      owasp: meta.owasp,
      owaspLlm2026: [...meta.owaspLlm2026],
      owaspAgentic: [...meta.owaspAgentic],
      cwe: [...meta.cwe],
      fixable: meta.fixable ?? false,
      hasSuggestions: meta.hasSuggestions ?? false,
      docsPath: meta.docsPath,
    }),
  ),
);
