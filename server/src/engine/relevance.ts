// The prefilter: which files need the full analysis (parse, propagation, rules).
//
// Every finding has an LLM API on its path: an SDK call or client, a provider REST call, a tool,
// a prompt template, a safety setting. A file that names none of them, and imports no file that
// does, gets only the key scan, which needs no parse. What "naming an LLM API" means is derived
// from the models, so a new SDK model widens the prefilter with it:
//   - the packages the rows of an LLM model import from ("openai", "@anthropic-ai/*"), as a
//     module specifier in quotes;
//   - the model-name fields of `shape` rows (an LLM call recognised by its request: `model:`);
//   - the member chains of rows matched by shape whatever the receiver
//     ("?:**.chat.completions.create" -> `completions.create`);
//   - what a model says names it where no import announces it (Model.mentions: provider REST
//     paths and hosts, safety-setting enums), the browser flag of its clients
//     (`dangerouslyAllowBrowser`), the base classes of its tool subclasses (Model.toolClasses) and
//     the interfaces of its handler classes (Model.handlerClasses).
// A mention on a comment line does not count: an SDK's own sources, or an app's docs, name the
// package in every doc comment. A file whose mentions are all in comments is still analysed when
// a relevant file imports it (the engine's import closure), so nothing it exports is lost.
import type { Model, ModelRow } from "./model";
import { IMPORT_SPECIFIER_RE, RELATIVE_IMPORT_RE } from "./module-resolution";
import { NAMED_INSTRUCTION_TOKEN } from "./eval/named-instructions";
import { APP_TOOL_TOKEN } from "./eval/app-tools";

/** Row kinds that only an LLM API produces: a model with one of them is an LLM model. */
const LLM_KINDS = new Set<ModelRow["kind"]>(["llm-call", "client", "message", "tool", "prompt-template"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** "{a,b}.{c,d}" -> a.c, a.d, b.c, b.d (braces do not nest in model patterns). */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern];
  const close = pattern.indexOf("}", open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const rest = expandBraces(pattern.slice(close + 1));
  return pattern.slice(open + 1, close).split(",").flatMap((alt) => rest.map((r) => head + alt + r));
}

/**
 * A package name as the specifier of an import, export-from, require or dynamic import: `from "openai"`,
 * `require('openai/resources')`, `from "npm:openai@4"`, `from "https://esm.sh/openai"`. Null for a
 * project's own module ("./lib/llm"), which is matched by name instead.
 */
function specifierName(module: string): string | null {
  if (module.startsWith(".") || module.startsWith("/") || /^\*+$/.test(module)) return null;
  return module.split("*").map(escape).join(`[^"'\`]*`);
}

// A block comment may come before a dynamic import's specifier (`import(/* webpackIgnore: true */ "ai")`).
/** Where a specifier may say which registry or CDN the package comes from (`npm:`, `https://esm.sh/`). */
const SPECIFIER_SOURCE = String.raw`(?:npm:|jsr:|https?:\/\/[^"'\`]*\/)?`;
const SPECIFIER_BEFORE = String.raw`(?:\bfrom|\bimport|\brequire)\s*\(?\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*["'\`]` + SPECIFIER_SOURCE;
const SPECIFIER_AFTER = String.raw`(?:@[\w.^~-]*)?(?:\/[^"'\`]*)?["'\`]`;

/** Any of these packages (specifierName tokens) as the specifier of an import, require or export-from. */
function packageSpecifier(packages: Iterable<string>): string {
  return `${SPECIFIER_BEFORE}(?:${[...packages].join("|")})${SPECIFIER_AFTER}`;
}

/**
 * An import, export-from, require or dynamic import of one of these modules (packages by
 * specifier, a project's own module by its file name); null when some module gives no token.
 */
export function importPattern(modules: string[]): RegExp | null {
  const packages: string[] = [];
  const locals: string[] = [];
  for (const m of modules) {
    const p = specifierName(m);
    const l = p ? null : localModuleToken(m);
    if (p) packages.push(p);
    else if (l) locals.push(String.raw`["'\`/]${l}(?:\.[cm]?[jt]sx?)?["'\`]`);
    else return null;
  }
  const alternatives = [...locals];
  if (packages.length) alternatives.push(packageSpecifier(packages));
  return alternatives.length ? new RegExp(alternatives.join("|")) : null;
}

/** A configured model of the project's own module ("./lib/llm"): its file name, wherever it appears. */
function localModuleToken(module: string): string | null {
  const base = module.split("/").filter((s) => s && s !== "." && s !== "..").pop()?.replace(/\.[cm]?[jt]sx?$/, "");
  return base && /^[\w$@-]+$/.test(base) ? escape(base) : null;
}

/** A shape's members, calls dropped ("*().chat.create" -> *, chat, create). */
const membersOf = (path: string) => path.split(".").map((s) => s.replace(/\(\)$/, ""));

/** The last two literal members of a shape ("**.chat.completions.create" -> `completions . create`). */
function memberToken(path: string): string | null {
  const segments = membersOf(path);
  const tail: string[] = [];
  for (let i = segments.length - 1; i >= 0 && /^[\w$]+$/.test(segments[i]) && tail.length < 2; i--) tail.unshift(segments[i]);
  if (tail.length === 0 || (tail.length === 1 && tail[0].length < 6)) return null;
  // Not followed by a quote: `'anthropic.messages.create'` is a span name, not a call.
  return tail.map((s) => (/^\w/.test(s) ? `\\b${escape(s)}` : escape(s))).join(String.raw`\s*\??\.\s*`) + String.raw`(?![\w$'"\`])`;
}

/**
 * The object a three-member shape calls its method on, kept in a variable or passed on
 * (`const chat = openai.chat.completions; chat.create(...)`): `chat . completions` not followed by
 * a member access. Null for shorter shapes, whose object alone is too common a word.
 */
function objectToken(path: string): string | null {
  const segments = membersOf(path);
  const n = segments.length;
  if (n < 3 || !segments.slice(n - 3).every((s) => /^[\w$]+$/.test(s))) return null;
  return `\\b${escape(segments[n - 3])}\\s*\\??\\.\\s*\\b${escape(segments[n - 2])}\\b(?!\\s*\\??\\.)`;
}

/** What one callee pattern contributes (member tokens or package names); false when it is too generic to prefilter on. */
function addCallee(callee: string, members: Set<string>, packages: Set<string>): boolean {
  const colon = callee.indexOf(":");
  const module = colon < 0 ? "?" : callee.slice(0, colon);
  const path = colon < 0 ? callee : callee.slice(colon + 1);
  // Matched by shape whatever the receiver (or a global): the members; else the module imported.
  const byShape = module === "?" || module === "global";
  for (const alt of expandBraces(byShape ? path : module)) {
    const local = !byShape && (alt.startsWith(".") || alt.startsWith("/"));
    const t = byShape ? memberToken(alt) : local ? localModuleToken(alt) : specifierName(alt);
    if (!t) return false;
    (byShape || local ? members : packages).add(t);
    const o = byShape ? objectToken(alt) : null;
    if (o) members.add(o);
  }
  return true;
}

/** What no import or call shape announces, from the models (see the header). */
function modelTokens(models: Model[]): string[] {
  const out = new Set<string>();
  for (const m of models) for (const t of m.mentions ?? []) out.add(t);
  // Instruction text known by its variable's name, with no LLM API named (eval/named-instructions.ts).
  out.add(NAMED_INSTRUCTION_TOKEN);
  // Tools the app defines itself, with an input schema and a function to run (eval/app-tools.ts).
  out.add(APP_TOOL_TOKEN);
  for (const m of models) for (const r of m.rows) if (r.kind === "client" && r.browserFlag) out.add(escape(r.browserFlag.split(".").pop()!));
  // The analyser takes a class extending any `...Tool` with a `_call` method for a tool, by name.
  for (const m of models) for (const t of m.toolClasses ?? []) out.add(String.raw`\bextends\s+[\w$.]*${escape(t.baseSuffix)}\b`);
  // ...and a class implementing or extending an SDK interface whose methods the SDK calls (Model.handlerClasses).
  for (const m of models) for (const h of m.handlerClasses ?? []) out.add(String.raw`\b(?:extends|implements)\s+(?:[\w$.]+\s*,\s*)*[\w$.]*${escape(h.baseSuffix)}\b`);
  return [...out];
}

/**
 * A `shape` row (an LLM call recognised by its request, whatever it calls) names no package or
 * call: its tokens are the model-name fields it needs, written as a property (`model: x`,
 * `"model": x`) or a shorthand (`{ model, messages }`). A file that builds its request elsewhere
 * calls into a file that writes it, so the import closure brings it in.
 */
function shapeTokens(row: Extract<ModelRow, { kind: "shape" }>): string[] {
  return row.model.flatMap((f) => [String.raw`\b${escape(f)}["']?\s*:`, String.raw`[{,]\s*${escape(f)}\s*[,}]`]);
}

/**
 * An `output-type` row (eval/declared-output.ts): a type-only import naming one of its types
 * (`import type { ChatCompletion } from "openai/resources"`), which a component typed with the
 * response needs and nothing else announces. Other type-only imports of the package stay out.
 */
function outputTypeTokens(row: Extract<ModelRow, { kind: "output-type" }>, members: Set<string>): void {
  const packages = new Set<string>();
  const names = new Set<string>();
  for (const callee of Array.isArray(row.callee) ? row.callee : [row.callee]) {
    const colon = callee.indexOf(":");
    const module = callee.slice(0, colon);
    if (module === "jsdoc") continue;
    for (const alt of expandBraces(module)) { const t = specifierName(alt); if (t) packages.add(t); }
    for (const alt of expandBraces(callee.slice(colon + 1))) { const last = alt.split(".").pop()!; if (/^[\w$]+$/.test(last)) names.add(escape(last)); }
  }
  if (!packages.size || !names.size) return;
  members.add(String.raw`\bimport\s+type\s*\{[^}]*\b(?:${[...names].join("|")})\b[^}]*\}\s*from\s*["'\`]${SPECIFIER_SOURCE}(?:${[...packages].join("|")})${SPECIFIER_AFTER}`);
}

/**
 * The prefilter's pattern for these models: built-in LLM models and every configured row (a
 * project's own model is relevant by definition). Null when some row is too generic to
 * prefilter on: then every file is analysed.
 */
export function relevancePattern(builtin: Model[], configured: ModelRow[]): RegExp | null {
  const members = new Set(modelTokens(builtin));
  const packages = new Set<string>();
  // A component that renders the model's message by itself (a `sink` row with `renders`) is an LLM API too.
  const renderers = builtin.filter((m) => !m.rows.some((r) => LLM_KINDS.has(r.kind))).flatMap((m) => m.rows).filter((r) => r.kind === "sink" && r.renders);
  const rows = [...builtin.filter((m) => m.rows.some((r) => LLM_KINDS.has(r.kind))).flatMap((m) => m.rows), ...renderers, ...configured];
  for (const row of [...builtin.flatMap((m) => m.rows), ...configured]) {
    if (row.kind !== "shape") continue;
    for (const t of shapeTokens(row)) members.add(t);
    // A row whose callee alone names a model call (`llm.streamText`) is announced by it too.
    if (row.calleeNamesModel) for (const callee of Array.isArray(row.callee) ? row.callee : [row.callee]) if (!addCallee(callee, members, packages)) return null;
  }
  for (const row of rows) {
    if (row.kind === "shape") continue;
    if (row.kind === "output-type") { outputTypeTokens(row, members); continue; }
    for (const callee of Array.isArray(row.callee) ? row.callee : [row.callee]) if (!addCallee(callee, members, packages)) return null;
  }
  const alternatives = [...members];
  if (packages.size) alternatives.push(packageSpecifier(packages));
  return new RegExp(alternatives.join("|"), "g");
}

/**
 * Whether the text before a match on its line makes it a comment: `//`, or `/*` or a doc-comment
 * continuation (` * text`) not closed before the match. Code after a block comment closed on the
 * same line (`/* eslint-disable *\/ import ...`, ` *\/ export const ...`) is code.
 */
function commentBefore(before: string): boolean {
  return /^\s*\/\//.test(before) || (/^\s*(?:\/\*|\*(?:\s|\/|$))/.test(before) && !before.includes("*/"));
}

/**
 * `import type {…} from "openai"`: types only, nothing of the SDK runs here. The bindings right
 * before `from` must be those of an `import type` / `export type`: the last `import` word before
 * it may be in a comment inside a value import's list (`// import type X from ./types`).
 */
const TYPE_ONLY_HEAD_RE = /\b(?:import|export)\s+type\s+(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+)\s*$/;
function typeOnlyFrom(text: string, at: number, match: string): boolean {
  if (!match.startsWith("from")) return false;
  return TYPE_ONLY_HEAD_RE.test(text.slice(Math.max(0, at - 4000), at));
}

/** Whether the text names an LLM API outside comment lines (and outside type-only imports). */
export function mentionsLlmApi(pattern: RegExp, text: string): boolean {
  const re = pattern.global ? pattern : new RegExp(pattern.source, "g");
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    const comment = commentBefore(before);
    if (!comment && !typeOnlyFrom(text, m.index, m[0])) return true;
    // A type-only import: the rest of the line may import values.
    if (!comment) continue;
    const next = text.indexOf("\n", m.index);
    // A block comment that closes on this line: what follows it on the line is code.
    const close = /^\s*\/\//.test(before) ? -1 : text.indexOf("*/", m.index);
    if (close >= 0 && (next < 0 || close < next)) { re.lastIndex = close + 2; continue; }
    if (next < 0) return false;
    re.lastIndex = next + 1;
  }
  return false;
}

/** `import type {…} from "./x"` / `export type {…} from "./x"`: no value, so no taint, crosses it. */
const TYPE_ONLY_IMPORT_RE = /\b(?:import|export)\s+type\s+(?:\*\s+as\s+[\w$]+|\{[^}]*\}|[\w$]+)\s*from\s*["']([^"'\s]+)["']/g;

/**
 * The relative specifiers a file imports values from (type-only imports left out); with `bare`,
 * package-looking ones too, for a caller that resolves the project's tsconfig `paths` aliases.
 */
export function valueImports(text: string, bare = false): string[] {
  const typeOnlyEnds = new Set<number>();
  for (const m of text.matchAll(TYPE_ONLY_IMPORT_RE)) typeOnlyEnds.add(m.index + m[0].length);
  const out: string[] = [];
  for (const m of text.matchAll(bare ? IMPORT_SPECIFIER_RE : RELATIVE_IMPORT_RE)) if (!typeOnlyEnds.has(m.index + m[0].length)) out.push(m[1]);
  return out;
}

/** Package specifiers in import, export-from, dynamic import and require (`npm:` / `jsr:` and a version allowed). */
const PACKAGE_IMPORT_RE = /(?:\bfrom\s*|\b(?:import|require)\s*\(\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*|\bimport\s+)["'](?:npm:|jsr:)?((?:@[\w.-]+\/)?[\w.-][\w.-]*)(?:@[\w.^~-]*)?(?:\/[^"']*)?["']/g;

/**
 * The packages a file imports values from, by name (`@scope/name`, `name`; a subpath or version
 * dropped), with type-only imports and imports on comment lines left out. Node's built-ins count
 * as packages too; callers compare with their own list.
 */
export function packageImports(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PACKAGE_IMPORT_RE)) {
    if (m[1].startsWith(".")) continue;
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    if (commentBefore(text.slice(lineStart, m.index)) || typeOnlyFrom(text, m.index, m[0])) continue;
    out.add(m[1]);
  }
  return [...out];
}
