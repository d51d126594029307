// The ESLint plugin (`import llmsafe from "llmsafe/eslint"`), bundled to dist/eslint.js as CommonJS:
// every llmsafe rule as `llmsafe/<id>`, and two flat configs, `recommended` (the catalog's
// default severities) and `strict` (every rule an error). Usage and caveats: docs/eslint.md.
import type { ESLint, Linter } from "eslint";
import { version } from "../../../package.json";
import { defaultSeverities, eslintRules } from "./rule-modules";

const rules = eslintRules();

const plugin = {
  meta: { name: "llmsafe/eslint", version },
  rules,
  configs: {} as Record<"recommended" | "strict", Linter.Config>,
} satisfies ESLint.Plugin;

const prefixed = <T>(byId: Record<string, T>) => Object.fromEntries(Object.entries(byId).map(([id, v]) => [`llmsafe/${id}`, v]));

plugin.configs.recommended = { name: "llmsafe/recommended", plugins: { llmsafe: plugin }, rules: prefixed(defaultSeverities()) };
plugin.configs.strict = { name: "llmsafe/strict", plugins: { llmsafe: plugin }, rules: prefixed(Object.fromEntries(Object.keys(rules).map((id) => [id, "error" as const]))) };

// module.exports is the plugin itself (scripts/build.mjs unwraps the default export), so both
// `import llmsafe from "llmsafe/eslint"` and `require("llmsafe/eslint")` give it.
export default plugin;
