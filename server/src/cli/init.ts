// Commands that describe rather than lint: --list-rules, --print-config, `llmsafe init`.
import { existsSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { rules } from "../../../rules/index";
import { effectiveConfig, type ResolvedConfig } from "../engine/config";
import { UsageError } from "./files";

export function listRules(config: ResolvedConfig, json: boolean): string {
  const rows = rules.map((r) => ({
    id: r.id,
    severity: config.rules[r.id] ?? r.meta.severity,
    defaultSeverity: r.meta.severity,
    description: r.meta.description,
    surveySection: r.meta.surveySection,
    surveyTitle: r.meta.surveyTitle,
    surveyUrl: r.meta.surveyUrl,
    owasp: r.meta.owasp,
    cwe: r.meta.cwe,
    fixable: !!r.meta.fixable,
  }));
  if (json) return JSON.stringify(rows, null, 2) + "\n";
  const w = Math.max(...rows.map((r) => r.id.length));
  let out = `${"rule".padEnd(w)}  ${"severity".padEnd(8)}  survey section\n`;
  for (const r of rows) {
    out += `${r.id.padEnd(w)}  ${r.severity.padEnd(8)}  §${r.surveySection} ${r.surveyTitle}  ${r.surveyUrl}\n`;
  }
  return out;
}

/** The configuration that applies to `file`: every rule's effective severity, ignores, models, limits. */
export function printConfig(config: ResolvedConfig, file: string, ignored: boolean, isDir = false): string {
  // The effective configuration is per folder: for a folder, that of a file directly inside it.
  const effective = effectiveConfig(config, isDir ? join(file, "_") : file);
  const scoped = config.scoped.filter((s) => effective.files.includes(s.path));
  return JSON.stringify({
    file,
    configFile: config.path,
    /** Every configuration file that applies, the project's first, then nested ones on the way down. */
    configFiles: effective.files,
    ignored,
    rules: Object.fromEntries(rules.map((r) => [r.id, effective.rules[r.id] ?? r.meta.severity])),
    ignore: config.ignore,
    /** `ignore` globs of the nested files that apply, each relative to its own folder. */
    nestedIgnore: scoped.filter((s) => s.ignore.length).map((s) => ({ dir: s.dir, ignore: s.ignore })),
    models: config.models ?? [],
    maxFileSize: effective.maxFileSize,
    timeBudgetMs: effective.timeBudgetMs,
  }, null, 2) + "\n";
}

export const HOOK_SNIPPETS = `pre-commit framework (.pre-commit-config.yaml):
  - repo: <this repository's URL>
    rev: <tag>
    hooks:
      - id: llmsafe

husky + lint-staged (package.json):
  "lint-staged": { "*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}": "llmsafe" }
  and in .husky/pre-commit:  npx lint-staged

plain git hook (.git/hooks/pre-commit, chmod +x):
  #!/bin/sh
  exec npx --no-install llmsafe --staged

GitHub Actions (code scanning): see docs/examples/github-code-scanning.yml
`;

/** Writes a starter .llmsaferc.json in `dir` and returns what to print. */
export function init(dir: string, schemaFile: string, force: boolean): string {
  const target = join(dir, ".llmsaferc.json");
  if (existsSync(target) && !force) throw new UsageError(`${target} already exists (use --force to overwrite it)`);
  let schema = relative(dir, schemaFile).split(sep).join("/");
  if (!schema.startsWith(".")) schema = `./${schema}`;
  const starter = {
    $schema: schema,
    rules: Object.fromEntries(rules.map((r) => [r.id, r.meta.severity])),
    ignore: ["**/*.test.*", "**/__fixtures__/**"],
    models: [],
  };
  writeFileSync(target, JSON.stringify(starter, null, 2) + "\n");
  return `Wrote ${target}

What is in it (JSON has no comments, so here):
  $schema  lets editors complete and check the file.
  rules    every rule at its default severity; set one to "off", "info", "warning" or "error".
           \`llmsafe --list-rules\` shows what each rule is about and its survey section.
  ignore   globs (relative to this file) of files not to analyse, on top of .gitignore and
           .llmsafeignore; test files are a common choice.
  models   your own sources, sinks and sanitizers (for wrappers around an LLM SDK).
Also available: maxFileSize (bytes) and timeBudgetMs (per file).

Run it:
  npx llmsafe                      lint the project
  npx llmsafe --baseline .llmsafe-baseline.json --update-baseline
                                   record today's findings; later runs with --baseline fail only on new ones

Hooks:
${HOOK_SNIPPETS.replace(/^/gm, "  ")}`;
}
