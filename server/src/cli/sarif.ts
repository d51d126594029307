// SARIF 2.1.0 for GitHub code scanning: rules with the survey link as helpUri and CWE / OWASP
// tags, one result per finding with its taint path as a codeFlow, partialFingerprints from the
// baseline fingerprint (robust to line shifts), in-source suppressions kept as suppressions.
import { pathToFileURL } from "node:url";
import { rules } from "../../../rules/index";
import type { FileNotice, FileResult, Finding, Location, Severity } from "../engine/types";
import { activeFindings, noticeRuleId, type FormatContext } from "./format";
import { relPath } from "./fingerprint";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
/** GitHub ranks security alerts by this (0-10): error rules as high, warnings as medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: "8.0", warning: "5.5", info: "3.0" };

function physical(loc: Location, root: string) {
  return {
    artifactLocation: { uri: encodeURI(relPath(root, loc.file)), uriBaseId: "%SRCROOT%" },
    region: { startLine: loc.start.line, startColumn: loc.start.column, endLine: loc.end.line, endColumn: loc.end.column },
  };
}

function owaspTag(owasp: string): string[] {
  const m = /^(LLM\d+):(\d{4})/.exec(owasp);
  return m ? [`external/owasp/${m[1].toLowerCase()}-${m[2]}`] : [];
}

export function formatSarif(results: FileResult[], ctx: FormatContext & { version: string }): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const driverRules = rules.map((r) => ({
    id: r.id,
    name: r.id.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.why },
    helpUri: r.meta.surveyUrl,
    help: {
      text: `${r.meta.why}\n\nSurvey §${r.meta.surveySection} ${r.meta.surveyTitle}: ${r.meta.surveyUrl}\n${r.meta.owasp}; ${r.meta.cwe.join(", ")}`,
      markdown: `${r.meta.why}\n\nSurvey [§${r.meta.surveySection} ${r.meta.surveyTitle}](${r.meta.surveyUrl}) · ${r.meta.owasp} · ${r.meta.cwe.map((c) => `[${c}](https://cwe.mitre.org/data/definitions/${c.replace(/^CWE-/, "")}.html)`).join(", ")}`,
    },
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: {
      tags: ["security", ...r.meta.cwe.map((c) => `external/cwe/${c.toLowerCase()}`), ...owaspTag(r.meta.owasp), `survey/${r.meta.surveySection}`],
      precision: "high",
      "problem.severity": r.meta.severity === "info" ? "recommendation" : r.meta.severity,
      "security-severity": SECURITY_SEVERITY[r.meta.severity],
      surveySection: r.meta.surveySection,
      surveyTitle: r.meta.surveyTitle,
      owasp: r.meta.owasp,
    },
  }));
  // Notices (parse errors, unused suppressions...) are tool notifications, not code problems.
  const notifications: object[] = [];
  const sarifResults: object[] = [];
  const addFinding = (f: Finding) => {
    const fp = ctx.fingerprints?.get(f);
    const baselined = ctx.baselined?.has(f);
    sarifResults.push({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physical(f, ctx.root) }],
      ...(f.path.length ? {
        codeFlows: [{
          message: { text: `${f.path[0].description} → ${f.path[f.path.length - 1].description}` },
          threadFlows: [{
            locations: f.path.map((p, i) => ({
              location: { physicalLocation: physical(p, ctx.root), message: { text: p.description } },
              kinds: [i === 0 ? "source" : i === f.path.length - 1 ? "sink" : "taint"],
              nestingLevel: 0,
              executionOrder: i + 1,
            })),
          }],
        }],
        relatedLocations: f.path.slice(0, 1).map((p, i) => ({ id: i + 1, physicalLocation: physical(p, ctx.root), message: { text: p.description } })),
      } : {}),
      ...(fp ? { partialFingerprints: { "llmsafeFindingHash/v1": fp } } : {}),
      ...(f.suppressed || baselined ? {
        suppressions: [f.suppressed ? { kind: "inSource", justification: f.suppressed.reason || "llmsafe-disable comment" } : { kind: "external", justification: "in the llmsafe baseline" }],
      } : {}),
      properties: { confidence: f.confidence, surveySection: f.surveySection, surveyUrl: f.surveyUrl },
    });
  };
  const addNotice = (n: FileNotice) => {
    notifications.push({
      level: LEVEL[n.severity],
      message: { text: n.message },
      locations: [{ physicalLocation: physical(n, ctx.root) }],
      descriptor: { id: noticeRuleId(n) ?? `llmsafe/${n.kind}` },
    });
  };
  for (const r of results) {
    for (const n of r.notices) addNotice(n);
    const active = new Set(activeFindings(r, ctx));
    for (const f of r.findings) if (active.has(f) || f.suppressed || ctx.baselined?.has(f)) addFinding(f);
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "llmsafe",
          semanticVersion: ctx.version,
          version: ctx.version,
          informationUri: "https://arxiv.org/abs/2504.15585v4",
          rules: driverRules,
        },
      },
      originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(ctx.root + "/").href } },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      results: sarifResults,
      columnKind: "utf16CodeUnits",
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
