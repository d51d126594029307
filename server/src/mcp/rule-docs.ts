// What the MCP tools list_rules and explain_rule say about a rule: the rule's metadata (id,
// severity, survey/OWASP/CWE) plus the sections of its documentation page, docs/rules/<id>.md,
// shipped beside the bundles. A page that cannot be read leaves the metadata's own text (the
// description and `why`), so explain_rule still answers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rules, type RuleInfo } from "../api/index";
import { OWASP_LLM_2026 } from "../../../rules/owasp";
import { ToolInputError } from "./roots";

export const rulesById = new Map(rules.map((r) => [r.id, r]));

type LlmId = keyof typeof OWASP_LLM_2026;

/** The OWASP Top 10 for LLM Applications 2026 entry a rule falls under first: its category. */
function category(r: RuleInfo): string {
  const id = r.owaspLlm2026[0] as LlmId | undefined;
  return id ? OWASP_LLM_2026[id].title : "Other";
}

/** "Report untrusted input that ..." -> "Untrusted input that ...": what the rule flags, as a title. */
const title = (r: RuleInfo) => r.description.replace(/^Reports? (\w)/, (_, c: string) => c.toUpperCase());

const cweUrl = (cwe: string) => `https://cwe.mitre.org/data/definitions/${cwe.replace(/^CWE-/, "")}.html`;

export function links(r: RuleInfo) {
  return {
    docs: r.docsPath,
    survey: { section: r.surveySection, title: r.surveyTitle, url: r.surveyUrl },
    owasp: { llm2026: [...r.owaspLlm2026], llm2025: r.owaspLlm2026.map((id) => OWASP_LLM_2026[id as LlmId]?.was ?? id), agentic: [...r.owaspAgentic], text: r.owasp },
    cwe: r.cwe.map((id) => ({ id, url: cweUrl(id) })),
  };
}

export function ruleSummaries() {
  return rules.map((r) => ({
    id: r.id,
    title: title(r),
    severity: r.defaultSeverity,
    category: category(r),
    fixable: r.fixable,
    hasSuggestions: r.hasSuggestions,
    surveySection: r.surveySection,
    owasp: r.owasp,
    cwe: [...r.cwe],
  }));
}

export function ruleListText(): string {
  const rows = ruleSummaries();
  const w = Math.max(...rows.map((r) => r.id.length));
  return `${rows.length} rules (explain_rule gives one's documentation):\n` +
    rows.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.category}: ${r.title}`).join("\n") + "\n";
}

/** `## Heading` -> its body, and `### Sub` inside "Examples" -> its body. */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  let name = "intro";
  let lines: string[] = [];
  let inFence = false;
  const flush = () => out.set(name, lines.join("\n").trim());
  for (const line of md.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const m = !inFence && /^(##|###) (.+)$/.exec(line);
    if (m) {
      flush();
      name = m[2].trim().toLowerCase();
      lines = [];
    } else lines.push(line);
  }
  flush();
  return out;
}

function readDoc(docsDir: string, id: string): string | null {
  try {
    return readFileSync(join(docsDir, `${id}.md`), "utf8");
  } catch {
    return null;
  }
}

/** The closest rule ids to a mistyped one, for the error message. */
function nearIds(id: string): string[] {
  const words = new Set(id.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  return rules.map((r) => r.id).filter((rid) => rid.split("-").some((w) => words.has(w)));
}

export function explainRule(docsDir: string, id: string) {
  const r = rulesById.get(id);
  if (!r) {
    const near = nearIds(id);
    throw new ToolInputError(`llmsafe: no rule "${id}".${near.length ? ` Did you mean ${near.join(", ")}?` : ""} list_rules gives every id: ${rules.map((x) => x.id).join(", ")}.`);
  }
  const md = readDoc(docsDir, id);
  const s = md ? sections(md) : new Map<string, string>();
  const structured = {
    id: r.id,
    title: title(r),
    severity: r.defaultSeverity,
    category: category(r),
    whatItFlags: s.get("what it flags") || r.description,
    why: s.get("why it matters") || r.why,
    howToFix: [s.get("fixed"), s.get("quick fixes")].filter(Boolean).join("\n\n") || "See the documentation page.",
    examples: { flagged: s.get("flagged") ?? "", notFlagged: s.get("not flagged") ?? "", fixed: s.get("fixed") ?? "" },
    suppressing: s.get("suppressing") ?? "",
    limitations: s.get("known limitations") ?? "",
    fixable: r.fixable,
    hasSuggestions: r.hasSuggestions,
    links: links(r),
    documentation: md ? "docs/rules page" : `metadata only (${join(docsDir, `${id}.md`)} could not be read)`,
  };
  const text = md ?? `# ${r.id}\n\n${r.description}\n\n## Why it matters\n\n${r.why}\n\nSurvey: ${r.surveyUrl}\nOWASP: ${r.owasp}\nCWE: ${r.cwe.join(", ")}\n`;
  return { text, structured };
}
