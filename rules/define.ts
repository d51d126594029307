// The rule factory: a rule is metadata plus handlers over the engine's facts. Links to the
// survey and to the rule's docs are derived here from the metadata, never written by hand.
import { componentImportOffset, type Rule, type RuleDefinition, type RuleMeta } from "../server/src/engine/rule-api";
import { owaspRefs, type OwaspAgenticId, type OwaspLlmId } from "./owasp";
import survey from "./survey-sections.json";

// The contract itself is the engine's (server/src/engine/rule-api.ts); re-exported so a rule
// module can take the factory and its types from one place.
export type { Report, Rule, RuleContext, RuleDefinition, RuleHandlers, RuleMeta } from "../server/src/engine/rule-api";

const SECTIONS = new Map(survey.sections.map((s) => [s.section, s]));

export function surveySection(section: string): { url: string; title: string } {
  const s = SECTIONS.get(section);
  if (!s) throw new Error(`unknown survey section ${section}`);
  return { url: s.url, title: s.title };
}

/** Rule metadata as a module writes it: OWASP ids typed against the lists in owasp.ts. */
export type TypedRuleMeta = RuleMeta & { owaspLlm2026: OwaspLlmId[]; owaspAgentic: OwaspAgenticId[] };
type TypedRuleDefinition = RuleDefinition & { meta: TypedRuleMeta };

export function defineRule(def: TypedRuleDefinition): Rule {
  const s = surveySection(def.meta.surveySection);
  const owasp = owaspRefs(def.meta.owaspLlm2026, def.meta.owaspAgentic);
  return { id: def.id, meta: { ...def.meta, ...owasp, surveyUrl: s.url, surveyTitle: s.title, docsPath: `docs/rules/${def.id}.md` }, create: def.create };
}

/**
 * Where a fix can add an import: after a shebang and leading directives ("use client"); in a Vue or
 * Svelte component, at the top of the script block holding `at` (else the one its template reads),
 * and null when it has none.
 */
export function importInsertOffset(text: string, file = "", at?: number): number | null {
  const base = componentImportOffset(file, text, at);
  if (base === null) return null;
  // A script block's content starts right after its tag: the import goes on the line after it.
  const from = base === undefined ? 0 : base + (/^[ \t]*\r?\n/.exec(text.slice(base))?.[0].length ?? 0);
  const m = /^(#![^\n]*\n)?(\s*(\/\/[^\n]*\n|\/\*[^]*?\*\/\s*)*\s*(["'])use (client|server|strict)\4;?[^\n]*\n)*/.exec(text.slice(from));
  return from + (m ? m[0].length : 0);
}

/** A readable, short rendering of source text for messages. */
export function snippet(text: string, max = 50): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 3) + "..." : one;
}
