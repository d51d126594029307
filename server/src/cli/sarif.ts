// SARIF 2.1.0 for GitHub code scanning: rules with the survey link as helpUri and CWE / OWASP
// tags, one result per finding with its taint path as a codeFlow, partialFingerprints from the
// baseline fingerprint (robust to line shifts), in-source suppressions kept as suppressions.
// The rule list is read from the rules themselves (their metadata is the one source; the CLI
// runs them anyway, so it cannot be stale), like everything scripts/generate.mjs derives.
import { pathToFileURL } from "node:url";
import { rules, type Rule } from "../../../rules/index";
import { OWASP_AGENTIC_2026, OWASP_LLM_2025, OWASP_LLM_2026 } from "../../../rules/owasp";
import type { FileNotice, FileResult, Finding, Location, Severity } from "../engine/types";
import { summariseUnderstanding, understoodLine } from "../engine/understood";
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

/** The OWASP lists as SARIF taxonomies; a rule relates to its entries (rule-catalog.md's ids). */
const TAXONOMIES = [
  { name: "OWASP Top 10 for LLM Applications 2026", version: "2026", titles: Object.fromEntries(Object.entries(OWASP_LLM_2026).map(([id, e]) => [id, e.title])), ids: (r: Rule) => r.meta.owaspLlm2026 },
  { name: "OWASP Top 10 for LLM Applications 2025", version: "2025", titles: OWASP_LLM_2025 as Record<string, string>, ids: (r: Rule) => r.meta.owaspLlm2025 },
  { name: "OWASP Top 10 for Agentic Applications 2026", version: "2026", titles: OWASP_AGENTIC_2026 as Record<string, string>, ids: (r: Rule) => r.meta.owaspAgentic },
];

/** Tags as the catalog writes them: OWASP-LLM10:2026, OWASP-LLM05:2025, OWASP-ASI05:2026. */
function owaspTags(r: Rule): string[] {
  return TAXONOMIES.flatMap((t) => t.ids(r).map((id) => `OWASP-${id}:${t.version}`));
}

function owaspRelationships(r: Rule) {
  return TAXONOMIES.flatMap((t, ti) => t.ids(r).map((id) => ({
    target: { id, index: Object.keys(t.titles).indexOf(id), toolComponent: { name: t.name, index: ti } },
    kinds: ["superset"],
  })));
}

const taxonomies = TAXONOMIES.map((t) => ({
  name: t.name,
  version: t.version,
  organization: "OWASP",
  isComprehensive: true,
  taxa: Object.entries(t.titles).map(([id, title]) => ({ id, name: title, shortDescription: { text: `${id}:${t.version} ${title}` } })),
}));

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
    relationships: owaspRelationships(r),
    properties: {
      tags: ["security", ...r.meta.cwe.map((c) => `external/cwe/${c.toLowerCase()}`), ...owaspTags(r), `survey/${r.meta.surveySection}`],
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
      } : {}),
      // The source of the flow, then every other call of a grouped finding (one root cause, one result).
      ...(f.path.length || f.relatedLocations?.length ? {
        relatedLocations: [...f.path.slice(0, 1), ...(f.relatedLocations ?? [])].map((p, i) => ({ id: i + 1, physicalLocation: physical(p, ctx.root), message: { text: p.description } })),
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
  const understood = summariseUnderstanding(results);
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
      taxonomies,
      originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(ctx.root + "/").href } },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      results: sarifResults,
      columnKind: "utf16CodeUnits",
      // What llmsafe recognised in the run (LLM calls by SDK, tools, handlers, unmodelled SDKs): docs/cli.md.
      properties: { llmsafe: { understood, summary: understoodLine(understood) } },
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
