// The findings of a run, read back from the SARIF file llmsafe wrote (the one format that keeps
// info apart from warning and carries the taint path, the grouped calls and what was understood),
// and which of them a change touches. Plain Node, no dependencies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { touchesChange } from "./changed-lines.mjs";

const SEVERITY = { error: "error", warning: "warning", note: "info", none: "info" };
/** fail-on thresholds, lowest first; `never` fails on nothing. */
export const FAIL_ON = ["info", "warning", "error", "never"];
const RANK = { info: 0, warning: 1, error: 2, never: 3 };

function location(physical, root) {
  const region = physical?.region ?? {};
  const uri = physical?.artifactLocation?.uri ?? "";
  // The CLI writes encodeURI(relative path); decode it rather than resolve it as a URL ("#" and "?" stay literal there).
  const file = join(root, decodeURI(uri));
  const line = region.startLine ?? 1;
  return { file, line, column: region.startColumn ?? 1, endLine: region.endLine ?? line, endColumn: region.endColumn };
}

/**
 * Findings (results without a suppression: in-source or baseline suppressed ones are for audits)
 * and notices (tool notifications: parse errors, unused suppressions) of a SARIF log, with
 * absolute paths, and the run's one-line summary of what was understood.
 */
export function readSarif(sarifPath) {
  const log = JSON.parse(readFileSync(sarifPath, "utf8"));
  const run = log.runs?.[0];
  if (!run) throw new Error(`${sarifPath} holds no SARIF run`);
  const base = run.originalUriBaseIds?.["%SRCROOT%"]?.uri;
  const root = base ? fileURLToPath(base) : process.cwd();
  const findings = [];
  for (const r of run.results ?? []) {
    if (r.suppressions?.length) continue;
    const at = location(r.locations?.[0]?.physicalLocation, root);
    const path = (r.codeFlows?.[0]?.threadFlows?.[0]?.locations ?? []).map((l) => ({ ...location(l.location?.physicalLocation, root), description: l.location?.message?.text ?? "" }));
    // relatedLocations are the flow's source (when there is a path), then the other calls of a grouped finding.
    const related = (r.relatedLocations ?? []).slice(path.length ? 1 : 0).map((l) => ({ ...location(l.physicalLocation, root), description: l.message?.text ?? "" }));
    findings.push({
      kind: "finding", ruleId: r.ruleId, severity: SEVERITY[r.level ?? "warning"] ?? "warning", message: r.message?.text ?? "", ...at,
      path, related, surveySection: r.properties?.surveySection, surveyUrl: r.properties?.surveyUrl,
    });
  }
  const notices = (run.invocations?.[0]?.toolExecutionNotifications ?? []).map((n) => ({
    kind: "notice", ruleId: n.descriptor?.id ?? "llmsafe", severity: SEVERITY[n.level ?? "warning"] ?? "warning", message: n.message?.text ?? "",
    ...location(n.locations?.[0]?.physicalLocation, root), path: [], related: [],
  }));
  return { findings, notices, understood: run.properties?.llmsafe?.summary ?? "" };
}

/**
 * Does the change touch this finding? Its own range, a step of its taint path or another call of
 * the group on a changed line: a pull request that removes a helper's guard makes a finding at an
 * unchanged call site, and one that adds a call to a known sink joins an existing group.
 */
export function touchedByChange(item, byFile) {
  return [item, ...item.path, ...item.related].some((l) => touchesChange(byFile, l.file, l.line, l.endLine));
}

/** Items at or above the fail-on threshold. */
export function failing(items, failOn) {
  return items.filter((i) => RANK[i.severity] >= RANK[failOn]);
}
