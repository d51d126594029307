// sandbox.ts: path helpers for the workspace MCP server.
import { readFile } from "node:fs/promises";
import path from "node:path";

export const WORKSPACE = path.resolve("/srv/agent-workspace");

export function resolveInWorkspace(requested: string): string {
  const full = path.resolve(WORKSPACE, requested);
  if (!full.startsWith(WORKSPACE + path.sep)) {
    throw new Error(`${requested} is outside the workspace`);
  }
  return full;
}

export async function readAny(file: string): Promise<string> {
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(file, "utf8");
}
