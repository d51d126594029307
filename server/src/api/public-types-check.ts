// Holds index.ts to its declared contract (public.d.ts, shipped as dist/api.d.ts): `npm run
// typecheck` fails here when they drift. Functions are assigned source -> declared, so the
// declared parameters must be accepted by the source and what the source returns must fit the
// declared results. Never bundled (nothing imports it).
import type * as Declared from "./public";
import * as Source from "./index";

export const lintMatches: typeof Declared.lint = Source.lint;
export const linterMatches: typeof Declared.Linter = Source.Linter;
export const configErrorMatches: typeof Declared.ConfigError = Source.ConfigError;
export const rulesMatch: typeof Declared.rules = Source.rules;
// Options are inputs: what a user writes against the declared type must be what the source takes.
export const lintOptionsMatch = (o: Declared.LintOptions): Source.LintOptions => o;
export const linterOptionsMatch = (o: Declared.LinterOptions): Source.LinterOptions => o;
// Results are outputs: what the source returns must fit the declared shape, and the declared
// result must keep everything the source produces (no field silently undeclared).
export const lintResultMatches = (r: Source.LintResult): Declared.LintResult => r;
export const lintMessageMatches = (m: Source.LintMessage): Declared.LintMessage => m;
export const ruleInfoMatches = (r: Source.RuleInfo): Declared.RuleInfo => r;
export const ruleInfoBack = (r: Declared.RuleInfo): Source.RuleInfo => r;
// Optional fields slip through assignability, so the field names are compared too: the declared
// types name no option the source ignores and no result field the source never produces.
type Keys<T> = T extends unknown ? keyof T : never;
type SameKeys<D, S> = [Exclude<Keys<D>, Keys<S>>, Exclude<Keys<S>, Keys<D>>] extends [never, never] ? true : { declaredOnly: Exclude<Keys<D>, Keys<S>>; sourceOnly: Exclude<Keys<S>, Keys<D>> };
export const lintOptionKeys: SameKeys<Declared.LintOptions, Source.LintOptions> = true;
export const lintResultKeys: SameKeys<Declared.LintResult, Source.LintResult> = true;
export const lintMessageKeys: SameKeys<Declared.LintMessage, Source.LintMessage> = true;
export const ruleInfoKeys: SameKeys<Declared.RuleInfo, Source.RuleInfo> = true;
