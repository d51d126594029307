// Reads the rule catalog (the public contract, ../shared/rule-catalog.md) for the meta-tests.
// LLMSAFE_RULE_CATALOG names the file; otherwise shared/rule-catalog.md is looked for beside the
// repository and beside each folder above it (a git worktree sits one level deeper).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function findRuleCatalog(root) {
  if (process.env.LLMSAFE_RULE_CATALOG) return process.env.LLMSAFE_RULE_CATALOG;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "rule-catalog.md");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

const list = (cell, prefix = "") => (cell.trim() === "-" ? [] : cell.split(/\s*[,+]\s*/).map((s) => prefix + s.trim()));

/**
 * The catalog's rule rows: { shipped: ids of the first table in order, rows: Map id -> row }.
 * A row: { severity, surveySection, owaspLlm2026, owaspLlm2025, owaspAgentic, cwe, atlas }.
 * Rows after the first table (the next waves) are allowed rules, not required ones.
 */
export function parseRuleCatalog(text) {
  const rows = new Map();
  const shipped = [];
  let firstTableDone = false;
  let inTable = false;
  for (const line of text.split("\n")) {
    const m = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line);
    if (!m) {
      if (inTable) firstTableDone = true;
      inTable = false;
      continue;
    }
    inTable = true;
    const cells = m[2].split(" | ").map((c) => c.trim());
    if (cells.length !== 7) throw new Error(`rule-catalog.md: row of ${m[1]} has ${cells.length + 1} cells, not 8`);
    const [severity, , survey, owasp, agentic, cwe, atlas] = cells;
    const o = /^([^(]+?)(?:\s*\((.+)\))?$/.exec(owasp);
    rows.set(m[1], {
      severity: severity.split(" ")[0],
      surveySection: survey.split(" ")[0],
      owaspLlm2026: list(o[1]),
      owaspLlm2025: list(o[2] ?? o[1]),
      owaspAgentic: list(agentic),
      cwe: list(cwe, "CWE-"),
      atlas: list(atlas),
    });
    if (!firstTableDone) shipped.push(m[1]);
  }
  return { shipped, rows };
}

export function readRuleCatalog(root) {
  const file = findRuleCatalog(root);
  return file && existsSync(file) ? { file, ...parseRuleCatalog(readFileSync(file, "utf8")) } : null;
}
