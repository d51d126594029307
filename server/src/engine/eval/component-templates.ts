// The template of a Vue or Svelte component (../components.ts lists its HTML sinks): each `v-html`
// / `{@html}` expression is read in the component's script scope once the script and its functions
// have run, inside the `v-for` / `{#each}` loops around it, and checked as an `html` sink like
// `innerHTML` (so the sanitiser rows clear it as they do there).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Span, TemplateSink } from "../components";
import { parseSource } from "../parse";
import { patternNames, Scope } from "../scope";
import { step } from "../value";
import { assignPattern } from "./assignment";
import type { Evaluator, Frame } from "./evaluator";
import { elementOf, evalExpr } from "./expressions";
import { applyFunction } from "./functions";
import { checkSink } from "./sinks";
import { walkStatement } from "./statements";
import type { Node } from "./syntax";

/**
 * An expression of the template parsed on its own, its node ranges those of the component file:
 * the text before it is blanked to spaces (one character left for the opening parenthesis).
 */
function parseAt(file: string, text: string, at: Span, wrap: (src: string) => string): TSESTree.Node | null {
  if (at.start < 1 || at.end <= at.start) return null;
  const parsed = parseSource(`${file}.template.ts`, " ".repeat(at.start - 1) + wrap(text.slice(at.start, at.end)), false);
  if (!parsed.ok) return null;
  const first = parsed.ast.body[0];
  return first?.type === "ExpressionStatement" ? first.expression : null;
}

/** `computed(() => x)` (Vue), `$derived(x)` / `$derived.by(() => x)` (Svelte 5): the derivation, or null. */
function derivation(init: TSESTree.Expression | null | undefined): { expr: TSESTree.Node; lazy: boolean } | null {
  if (init?.type !== "CallExpression" || !init.arguments[0]) return null;
  const c = init.callee;
  const name = c.type === "Identifier" ? c.name : c.type === "MemberExpression" && c.object.type === "Identifier" && c.property.type === "Identifier" ? `${c.object.name}.${c.property.name}` : "";
  if (name === "$derived") return { expr: init.arguments[0], lazy: false };
  if (name === "computed" || name === "$derived.by") return { expr: init.arguments[0], lazy: true };
  return null;
}

/**
 * What the template reads is derived when it renders, after the handlers stored model output in the
 * state: derivations (`computed`, `$derived`) and Svelte 4's reactive statements (`$: html = marked(a)`)
 * are evaluated again, in program order, before the template's sinks are read.
 */
function rederive(ev: Evaluator, body: readonly TSESTree.ProgramStatement[], frame: Frame): void {
  for (const s0 of body) {
    const s = s0.type === "ExportNamedDeclaration" && s0.declaration ? s0.declaration : s0;
    if (s.type === "LabeledStatement" && s.label.name === "$") { walkStatement(ev, s.body, frame); continue; }
    if (s.type !== "VariableDeclaration") continue;
    for (const d of s.declarations) {
      const found = derivation(d.init);
      if (!found || d.id.type !== "Identifier") continue;
      let v = evalExpr(ev, found.expr as TSESTree.Expression, frame);
      if (found.lazy && v.fn) v = applyFunction(ev, v.fn, [], [], found.expr as Node, frame);
      const b = frame.scope.lookup(d.id.name);
      if (b) frame.env.vars.set(b, step(v, ev.file, d.id, `derived as \`${d.id.name}\``));
    }
  }
}

/**
 * Svelte's store subscriptions: `$messages` in the markup or a `$:` statement reads the store held in
 * the component's `messages` (an AI SDK `useChat` store), so it carries what `messages` carries.
 */
function withStoreReads(ev: Evaluator, text: string, frame: Frame): Frame {
  if (!ev.file.toLowerCase().endsWith(".svelte")) return frame;
  const scope = new Scope(frame.scope, frame.scope.owner);
  for (const m of new Set(text.match(/\$[A-Za-z_][\w]*/g) ?? [])) {
    const store = frame.scope.lookup(m.slice(1));
    if (!store || frame.scope.lookup(m)) continue;
    frame.env.vars.set(scope.declare(m, "const", store.node), ev.readBinding(store, frame, null));
  }
  return { ...frame, scope };
}

export function evalTemplateSinks(ev: Evaluator, text: string, sinks: readonly TemplateSink[], frame0: Frame): void {
  const frame = withStoreReads(ev, text, frame0);
  rederive(ev, ev.ast.body, frame);
  for (const sink of sinks) {
    if (ev.aborted) return;
    const expr = parseAt(ev.file, text, sink.expr, (s) => `(${s})`);
    if (!expr) continue;
    let inner = frame;
    for (const loop of sink.loops) {
      const source = parseAt(ev.file, text, loop.source, (s) => `(${s})`);
      const arrow = parseAt(ev.file, text, loop.alias, (s) => `(${s})=>0`);
      const alias = arrow?.type === "ArrowFunctionExpression" ? arrow.params[0] : null;
      if (!source || !alias) continue;
      const scope = new Scope(inner.scope, inner.scope.owner);
      for (const id of patternNames(alias)) scope.declare(id.name, "const", id);
      const list = evalExpr(ev, source as TSESTree.Expression, inner);
      inner = { ...inner, scope };
      assignPattern(ev, alias as Node, step(elementOf(ev, list), ev.file, alias, "iterated here"), inner);
    }
    checkSink(ev, evalExpr(ev, expr as TSESTree.Expression, inner), "html", expr as Node, inner, { api: sink.api });
  }
}
