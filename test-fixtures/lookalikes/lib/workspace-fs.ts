// lookalikes/lib/workspace-fs.ts: file helpers for the look-alike agents.
import { readFile } from "node:fs/promises";
import path from "node:path";

export const WORKSPACE = path.resolve(process.env.WORKSPACE_DIR ?? "./workspace");

export function readFromWorkspace(file: string) {
  // The finding belongs at each caller's argument, not here.
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(WORKSPACE, file), "utf8");
}

export function readContained(file: string) {
  const full = path.resolve(WORKSPACE, file);
  if (!full.startsWith(WORKSPACE + path.sep)) throw new Error("outside the workspace");
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(full, "utf8");
}
