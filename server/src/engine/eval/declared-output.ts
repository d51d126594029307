// Values declared with an SDK's response type (`output-type` model rows): a parameter or variable
// annotated `ChatCompletion`, `Promise<GenerateContentResult>`, `() => Promise<Anthropic.Message>` or
// `AsyncIterable<ChatCompletionChunk>` holds model output even where no call in sight produced it
// (a helper the page calls from HTML, a callback the app hands around). In JS files JSDoc says the
// same (`@param {() => Promise<GoogleGenerativeAI.GenerateContentResponse>} getResult`). Medium
// confidence: the declaration says so, nothing here shows it. The name must resolve to the package:
// through the file's imports, `import("pkg")` in a type, or (JSDoc only, where JS files have no
// type imports) an SDK namespace; a bare `Message` or `Response` with neither is never the SDK's.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator } from "./evaluator";
import { type Node, paramDeclaration } from "./syntax";
import type { ModelRow } from "../model";
import { readJsDocType } from "./jsdoc-types";
import { Taint } from "../types";
import { CLEAN, isTainted, join, type Val } from "../value";

type OutputRow = Extract<ModelRow, { kind: "output-type" }>;
/** What a declared type says of its value: model output of a row, or some of its fields are. */
type Declared = { row: OutputRow; name: string; from: string } | { fields: Map<string, Declared> };

/** Generic types whose type arguments are what the value yields, holds or resolves to. */
const WRAPPERS = new Set([
  "Promise", "PromiseLike", "Awaited", "AsyncIterable", "AsyncIterableIterator", "AsyncIterator", "AsyncGenerator",
  "Iterable", "IterableIterator", "Array", "ReadonlyArray", "ReadableStream", "Stream", "Readonly", "NonNullable", "Partial", "Required",
]);

interface JsDocBlock { end: number; params: Map<string, TSESTree.TypeNode>; type?: TSESTree.TypeNode }
interface ModuleTypes {
  /** Local import name -> where it comes from (package imports only). */
  imports: Map<string, { mod: string; imported: string }>;
  /** JSDoc blocks with a type that may name an SDK type, by position. */
  jsdoc: JsDocBlock[];
  /** `@callback` / `@typedef` names, to their type. */
  aliases: Map<string, TSESTree.TypeNode>;
}

const modules = new WeakMap<Evaluator, ModuleTypes>();

function moduleTypes(ev: Evaluator): ModuleTypes {
  let m = modules.get(ev);
  if (m) return m;
  m = { imports: new Map(), jsdoc: [], aliases: new Map() };
  for (const s of ev.ast.body) {
    if (s.type !== "ImportDeclaration" || s.source.value.startsWith(".") || s.source.value.startsWith("/")) continue;
    const mod = ev.normaliseModule(s.source.value);
    for (const sp of s.specifiers) {
      const imported = sp.type === "ImportSpecifier" ? (sp.imported.type === "Identifier" ? sp.imported.name : sp.imported.value) : "*";
      m.imports.set(sp.local.name, { mod, imported });
    }
  }
  // Only files whose doc comments give types read them (one test of the text otherwise).
  if (/@(?:param|type|returns?|callback|typedef)\b[^\n]*\{/.test(ev.text)) readJsDoc(ev.text, m);
  modules.set(ev, m);
  return m;
}

const JSDOC_RE = /\/\*\*([\s\S]*?)\*\//g;
const TAG_RE = /@(param|arg|argument|type|returns?|callback|typedef)\b\s*/g;

/** The text inside the braces starting at `open` (braces nest: `{{ a: X }}`), or null. */
function braced(text: string, open: number): { type: string; end: number } | null {
  if (text[open] !== "{") return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return { type: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** A JSDoc type as a TypeScript type node (eval/jsdoc-types.ts), read once per text. */
const typeCache = new Map<string, TSESTree.TypeNode | null>();
function jsDocType(text: string): TSESTree.TypeNode | null {
  // A type over several lines keeps the comment's ` * ` margins: drop them.
  const t = text.replace(/\n\s*\*/g, " ").trim().replace(/^[?!]/, "").replace(/=$/, "");
  let hit = typeCache.get(t);
  if (hit !== undefined) return hit;
  hit = readJsDocType(t);
  if (typeCache.size > 5000) typeCache.clear();
  typeCache.set(t, hit);
  return hit;
}

function readJsDoc(text: string, m: ModuleTypes): void {
  for (const block of text.matchAll(JSDOC_RE)) {
    const body = block[1];
    // Only types that can name an SDK type: a namespace (`GoogleGenerativeAI.X`), `import("pkg")`, or an alias.
    if (!/\{[^}]*[\w$]\.[\w$]|import\(/.test(body) && !m.aliases.size && !/@(callback|typedef)\b/.test(body)) continue;
    const doc: JsDocBlock = { end: block.index + block[0].length, params: new Map() };
    let callback: string | null = null;
    for (const tag of body.matchAll(TAG_RE)) {
      const at = tag.index + tag[0].length;
      if (tag[1] === "callback") { callback = /^[\w$]+/.exec(body.slice(at))?.[0] ?? null; continue; }
      const b = braced(body, at);
      if (!b) continue;
      const type = jsDocType(b.type);
      if (!type) continue;
      // `@param {T} options.reply` documents a field, not the parameter: left out.
      const name = /^\s*\[?\s*([\w$.]+)/.exec(body.slice(b.end))?.[1];
      if (name?.includes(".")) continue;
      if (tag[1] === "typedef") { if (name) m.aliases.set(name, type); }
      else if (tag[1] === "type") doc.type = type;
      else if (tag[1] === "returns" || tag[1] === "return") {
        // `@callback GetResult` + `@returns {Promise<X>}`: a function type returning X.
        if (callback) m.aliases.set(callback, { type: "TSFunctionType", params: [], returnType: { type: "TSTypeAnnotation", typeAnnotation: type } } as unknown as TSESTree.TypeNode);
      } else if (name) doc.params.set(name, type);
    }
    if (doc.params.size || doc.type) m.jsdoc.push(doc);
  }
}

/** Between a doc comment and what it documents: `export`, `const f =`, `async`, a method's name (one character class: no backtracking). */
const DOC_GAP_RE = /^[\s\w$#=:]*$/;

/** The JSDoc block right before `start` (the documented function or declaration), if it gives types. */
function docBefore(ev: Evaluator, m: ModuleTypes, start: number): JsDocBlock | undefined {
  // Blocks are in text order: the last one ending before `start`, by bisection.
  let lo = 0, hi = m.jsdoc.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (m.jsdoc[mid].end <= start) lo = mid + 1; else hi = mid; }
  const best = lo > 0 ? m.jsdoc[lo - 1] : undefined;
  if (!best || start - best.end > 160 || !DOC_GAP_RE.test(ev.text.slice(best.end, start))) return undefined;
  return best;
}

/** A qualified type name's parts: `OpenAI.Chat.ChatCompletion` -> OpenAI, Chat, ChatCompletion. */
function nameParts(n: TSESTree.EntityName): string[] | null {
  if (n.type === "Identifier") return [n.name];
  if (n.type === "TSQualifiedName") { const left = nameParts(n.left); return left && [...left, n.right.name]; }
  return null;
}

function rowFor(ev: Evaluator, ref: string): OutputRow | undefined {
  return ev.models.find(ref, "output-type")[0];
}

/** The `output-type` row a type name resolves to, through the file's imports (or, in JSDoc, a namespace). */
function resolveName(ev: Evaluator, m: ModuleTypes, parts: string[], jsdoc: boolean): Declared | null {
  const imp = m.imports.get(parts[0]);
  const name = parts.join(".");
  if (imp) {
    const path = imp.imported === "*" ? parts.slice(1) : [imp.imported, ...parts.slice(1)];
    const row = path.length ? rowFor(ev, `${imp.mod}:${path.join(".")}`) : undefined;
    return row ? { row, name, from: imp.mod } : null;
  }
  const row = jsdoc && parts.length > 1 ? rowFor(ev, `jsdoc:${name}`) : undefined;
  return row ? { row, name, from: "JSDoc" } : null;
}

/** What a type says its value holds, or null when it names no SDK response type. */
function declaredIn(ev: Evaluator, m: ModuleTypes, t: TSESTree.TypeNode | undefined, jsdoc: boolean, depth = 0): Declared | null {
  if (!t || depth > 8) return null;
  switch (t.type) {
    case "TSTypeReference": {
      const parts = nameParts(t.typeName);
      if (!parts) return null;
      const named = resolveName(ev, m, parts, jsdoc);
      if (named) return named;
      const alias = jsdoc && parts.length === 1 ? m.aliases.get(parts[0]) : undefined;
      if (alias) return declaredIn(ev, m, alias, jsdoc, depth + 1);
      if (!WRAPPERS.has(parts[parts.length - 1])) return null;
      for (const a of t.typeArguments?.params ?? []) { const d = declaredIn(ev, m, a, jsdoc, depth + 1); if (d) return d; }
      return null;
    }
    case "TSImportType": {
      const spec = t.argument.type === "TSLiteralType" && t.argument.literal.type === "Literal" ? String(t.argument.literal.value) : null;
      const parts = t.qualifier ? nameParts(t.qualifier) : null;
      if (!spec || !parts) return null;
      const row = rowFor(ev, `${ev.normaliseModule(spec)}:${parts.join(".")}`);
      return row ? { row, name: parts.join("."), from: spec } : null;
    }
    case "TSArrayType": return declaredIn(ev, m, t.elementType, jsdoc, depth + 1);
    case "TSTypeOperator": return declaredIn(ev, m, t.typeAnnotation, jsdoc, depth + 1);
    case "TSUnionType": case "TSIntersectionType":
      for (const u of t.types) { const d = declaredIn(ev, m, u, jsdoc, depth + 1); if (d) return d; }
      return null;
    // A function declared to return a response: calling it gives model output (its parameters do not matter).
    case "TSFunctionType": return declaredIn(ev, m, t.returnType?.typeAnnotation, jsdoc, depth + 1);
    case "TSTypeLiteral": {
      const fields = new Map<string, Declared>();
      for (const p of t.members) {
        if (p.type !== "TSPropertySignature" || p.computed || p.key.type !== "Identifier") continue;
        const d = declaredIn(ev, m, p.typeAnnotation?.typeAnnotation, jsdoc, depth + 1);
        if (d) fields.set(p.key.name, d);
      }
      return fields.size ? { fields } : null;
    }
    default: return null;
  }
}

/** The value a declaration gives: model output (its metadata fields clean), field by field for an object type. */
function declaredValue(ev: Evaluator, d: Declared, at: Node, what: string, base: Val): Val {
  if ("fields" in d) {
    const fields = new Map(base.fields ?? []);
    for (const [k, f] of d.fields) fields.set(k, declaredValue(ev, f, at, what ? `${what}.${k}` : k, CLEAN));
    return { ...base, fields };
  }
  const trail = {
    file: ev.file, start: at.range[0], end: at.range[1], prev: null, confidence: "medium" as const,
    description: `\`${what}\` declared as \`${d.name}\` (${d.from}): model output`,
  };
  const fields = d.row.metadata?.length ? new Map(d.row.metadata.map((f) => [f, CLEAN])) : undefined;
  return { t: Taint.Model, p: 0, san: 0, trail, fields };
}

/**
 * A parameter declared with an SDK response type (its annotation, or the `@param` of the function's
 * JSDoc): model output in place of `base`, the value it would otherwise have. Null when it is not.
 */
export function declaredParam(ev: Evaluator, p: Node, fn: Node | undefined, base: Val): Val | null {
  const { id, type } = paramDeclaration(p);
  const m = moduleTypes(ev);
  let d: Declared | null = null;
  if (type) d = declaredIn(ev, m, type, false);
  else if (fn && m.jsdoc.length && id.type === "Identifier") {
    const doc = docBefore(ev, m, fn.range[0]);
    const t = doc?.params.get(id.name);
    if (t) d = declaredIn(ev, m, t, true);
  }
  return d ? declaredValue(ev, d, p, id.type === "Identifier" ? id.name : "", base) : null;
}

/**
 * A variable declared with an SDK response type (`const reply: ChatCompletion = await res.json()`,
 * `/** @type {OpenAI.ChatCompletion} *\/`): model output, with what its initializer carries (a
 * response fetched from the app's server is external content too). A value already known as model
 * output, or as request data, keeps what is known.
 */
export function declaredVariable(ev: Evaluator, decl: TSESTree.VariableDeclarator, statement: Node, v: Val): Val {
  if (v.t & (Taint.Model | Taint.Untrusted | Taint.UntrustedLow) || decl.id.type !== "Identifier") return v;
  const m = moduleTypes(ev);
  const ann = decl.id.typeAnnotation?.typeAnnotation;
  let d: Declared | null = null;
  if (ann) d = declaredIn(ev, m, ann, false);
  else if (m.jsdoc.length) {
    const t = docBefore(ev, m, statement.range[0])?.type;
    if (t) d = declaredIn(ev, m, t, true);
  }
  if (!d) return v;
  const declared = declaredValue(ev, d, decl.id, decl.id.name, CLEAN);
  return isTainted(v) || v.fields ? join(declared, v) : declared;
}
