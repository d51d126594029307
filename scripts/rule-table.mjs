// The rule table of README.md and docs/rules/README.md, made from the generated rule catalog
// (client/src/rule-catalog.json's entries) by scripts/generate.mjs. Pure: entries in, Markdown out.

/** "Report untrusted input that ..." -> "Untrusted input that ...": the table's column says what is flagged. */
function flags(description) {
  return description.replace(/^Report /, "").replace(/^./, (c) => c.toUpperCase());
}

/** The catalog's notation: 2026 ids, with the 2025 ids in brackets where they differ. */
export function owaspLlmCell(e) {
  const now = e.owaspLlm2026.join(" + ");
  const was = e.owaspLlm2025.join(" + ");
  return now === was ? now : `${now} (${was})`;
}

/** `linkBase`: where the docs pages are from the table's file ("docs/rules/" in README.md, "" beside them). */
export function ruleTable(entries, linkBase = "docs/rules/") {
  const rows = entries.map((e) => `| [\`${e.id}\`](${linkBase}${e.id}.md) | ${e.severity} | ${flags(e.description)} | [§${e.surveySection} ${e.surveyTitle}](${e.surveyUrl}) | ${owaspLlmCell(e)} | ${e.owaspAgentic.join(", ") || "-"} | ${e.cwe.join(", ")} |`);
  return ["| rule | default | flags | survey section | OWASP LLM 2026 (2025) | OWASP Agentic | CWE |", "|---|---|---|---|---|---|---|", ...rows].join("\n");
}

export const TABLE_START = "<!-- rule-table:start -->";
export const TABLE_END = "<!-- rule-table:end -->";

/** `text` with the table between the markers replaced; `file` names it in the error. */
export function withRuleTable(text, table, file) {
  const a = text.indexOf(TABLE_START), b = text.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`${file} has no ${TABLE_START} ... ${TABLE_END} markers`);
  return text.slice(0, a + TABLE_START.length) + "\n" + table + "\n" + text.slice(b);
}
