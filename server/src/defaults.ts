// The composition root: the built-in rules (rules/) and SDK models (server/src/models/) wired
// into the engine, which imports neither. The CLI, the language server, the benchmarks and the
// tests create their projects here; an embedder with its own rules or models calls `new Project`.
import { rules as builtinRules } from "../../rules/index";
import { Project, type ProjectOptions } from "./engine/project";
import { builtinModels } from "./models/index";
import { knownLlmPackages } from "./models/llm-packages";

export { builtinModels, builtinRules };

/** Project options where rules and models default to the built-in ones. */
export type DefaultProjectOptions = Omit<ProjectOptions, "rules" | "models"> & Partial<Pick<ProjectOptions, "rules" | "models">>;

/** A project running the built-in rules over the built-in models (plus the config's own). */
export function createProject(opts: DefaultProjectOptions): Project {
  return new Project({ llmPackages: knownLlmPackages, ...opts, rules: opts.rules ?? builtinRules, models: opts.models ?? builtinModels });
}
