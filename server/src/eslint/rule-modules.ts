// Every llmsafe rule as an ESLint rule, derived from the rules' own metadata (rules/index.ts): no
// list is written here. A rule's create() reads the file's cached analysis (session.ts) and
// reports its own messages; it walks no ESLint AST (see docs/eslint.md, "Parsers").
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule as EslintRule } from "eslint";
import { rules, type RuleInfo as Rule } from "../api/index";
import { describe, MESSAGES } from "./report";
import { sessionFor, type PluginSettings } from "./session";

/** The rule's page as the editor's hover links it: docs/rules/<id>.md of this package, as a file URL. */
export function docsUrl(rule: Rule): string {
  // The bundle is dist/eslint.js: the package root is one folder up.
  return pathToFileURL(join(__dirname, "..", rule.docsPath)).href;
}

/** The project root: settings.llmsafe.root, else typescript-eslint's tsconfigRootDir, else ESLint's cwd. */
function rootOf(context: EslintRule.RuleContext, settings: PluginSettings): string {
  const cwd = context.cwd;
  if (settings.root) return isAbsolute(settings.root) ? resolve(settings.root) : resolve(cwd, settings.root);
  const tsRoot = (context.languageOptions?.parserOptions as { tsconfigRootDir?: unknown } | undefined)?.tsconfigRootDir;
  return resolve(typeof tsRoot === "string" ? tsRoot : cwd);
}

function eslintRule(rule: Rule): EslintRule.RuleModule {
  const fixable = rule.fixable;
  const hasSuggestions = rule.hasSuggestions;
  return {
    meta: {
      type: "problem",
      docs: { description: rule.description, recommended: true, url: docsUrl(rule) },
      messages: { ...MESSAGES },
      schema: [],
      ...(fixable ? { fixable: "code" as const } : {}),
      ...(hasSuggestions ? { hasSuggestions } : {}),
    },
    create(context) {
      const settings: PluginSettings = (context.settings?.llmsafe as PluginSettings | undefined) ?? {};
      const session = sessionFor(rootOf(context, settings), settings.config);
      const file = context.filename;
      return {
        Program() {
          const source = context.sourceCode;
          for (const m of session.messages(file, source.text, source, rule.id)) {
            context.report(describe(m, { file, root: session.root, fixable, hasSuggestions }));
          }
        },
      };
    },
  };
}

/** `llmsafe/<id>` without the prefix, as a plugin's `rules` object holds them, in catalog order. */
export function eslintRules(): Record<string, EslintRule.RuleModule> {
  return Object.fromEntries(rules.map((r) => [r.id, eslintRule(r)]));
}

/** The catalog's default severity per rule, in ESLint's words (llmsafe's info is a warning there). */
export function defaultSeverities(): Record<string, "error" | "warn"> {
  return Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity === "error" ? "error" : "warn"]));
}
