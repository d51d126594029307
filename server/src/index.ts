// The engine's public entry point, for tests, benchmarks and embedders.
export { Project } from "./engine/project";
export type { ProjectHost, ProjectOptions } from "./engine/project";
export { createProject, type DefaultProjectOptions } from "./defaults";
export { parseSource, parserOptions, SOURCE_EXTENSIONS } from "./engine/parse";
export { ConfigError, configJsonSchema, defaultConfig, effectiveConfig, findConfigFile, loadConfigFile, loadScopedConfigs, parseConfig, withRuleOverrides } from "./engine/config";
export { collectFiles, fsHost } from "./node-host";
export { rules, rulesById } from "../../rules/index";
export { builtinModels } from "./models/index";
export { ModelIndex, patternMatches } from "./engine/model";
export { mentionsLlmApi, relevancePattern, valueImports } from "./engine/relevance";
export { run as runCli } from "./cli/main";
export { toEslintJson } from "./cli/format";
export * from "./engine/types";
export { lint, Linter, type LintOptions, type LinterOptions, type LintResult, type LintMessage } from "./api/lint";
