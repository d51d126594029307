// --baseline / --update-baseline: today's findings recorded by fingerprint, so an existing
// codebase can adopt llmsafe and fail only on findings that are new.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { FileResult, Finding } from "../engine/types";
import { relPath } from "./fingerprint";
import { UsageError } from "./files";

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  /** Informational only: matching never uses the line. */
  line: number;
  message: string;
}

export interface BaselineFile {
  version: 1;
  tool: "llmsafe";
  findings: BaselineEntry[];
}

export function readBaseline(path: string): Set<string> {
  if (!existsSync(path)) throw new UsageError(`baseline file not found: ${path} (create it with --update-baseline)`);
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`baseline file ${path} is not valid JSON (${(e as Error).message})`);
  }
  if (!data || data.version !== 1 || !Array.isArray(data.findings) || data.findings.some((f) => typeof f?.fingerprint !== "string")) {
    throw new UsageError(`baseline file ${path} is not an llmsafe baseline (expected { "version": 1, "findings": [{ "fingerprint": ... }] })`);
  }
  return new Set(data.findings.map((f) => f.fingerprint));
}

export function writeBaseline(path: string, results: FileResult[], fingerprints: Map<Finding, string>, root: string): number {
  const findings: BaselineEntry[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (f.suppressed) continue;
      findings.push({ fingerprint: fingerprints.get(f)!, ruleId: f.ruleId, file: relPath(root, r.file), line: f.start.line, message: f.message });
    }
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.fingerprint.localeCompare(b.fingerprint)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ version: 1, tool: "llmsafe", findings } satisfies BaselineFile, null, 2) + "\n");
  return findings.length;
}
