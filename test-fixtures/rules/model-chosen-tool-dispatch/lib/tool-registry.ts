// lib/tool-registry.ts: the agent's tools, a table keyed by tool name, and the one function the
// loops call to run a tool by name.
import { readFile } from "node:fs/promises";

export type ToolInput = Record<string, unknown>;

export const registry: Record<string, (input: ToolInput) => Promise<string>> = {
  get_time: async () => new Date().toISOString(),
  read_readme: async () => readFile("README.md", "utf8"),
};

/** Runs a tool by name. The name is not checked here: callers must pass a known one. */
export async function runTool(name: string, input: ToolInput): Promise<string> {
  return registry[name](input);
}

/** Null-prototype copy: only the tools themselves are keys. */
export const bareRegistry: Record<string, (input: ToolInput) => Promise<string>> = Object.assign(Object.create(null), registry);
