// The ESLint plugin as a user loads it (the built dist/eslint.js), and ESLint 9's own ESLint class.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";

const require = createRequire(import.meta.url);
export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const llmsafe = require(join(REPO, "dist", "eslint.js"));
export const engine = require(join(REPO, "dist", "engine.js"));

export const TS_FILES = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
export const JS_FILES = ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"];

/**
 * A flat config as a user writes it: typescript-eslint's parser for TypeScript, ESLint's default
 * (espree, JSX on) for JavaScript, and llmsafe's config on both.
 */
export function flatConfig(preset = "recommended", extra = {}) {
  return [
    { files: TS_FILES, languageOptions: { parser: tseslint.parser } },
    { files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: [...TS_FILES, ...JS_FILES], ...llmsafe.configs[preset], ...extra },
  ];
}

export function eslintFor(cwd, config = flatConfig(), options = {}) {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, ...options });
}

/** A throwaway project: { relativePath: text }. Returns its absolute root. */
export function project(files) {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-eslint-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** "ruleId line:column" of each llmsafe message, ESLint's own messages left out. */
export const found = (result) => result.messages.filter((m) => m.ruleId?.startsWith("llmsafe/")).map((m) => `${m.ruleId.slice(8)} ${m.line}:${m.column}`);
