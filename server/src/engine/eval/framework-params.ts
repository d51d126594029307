// Parameters a framework fills in, known by a decorator or a type imported from its package
// (`parameter` model rows): NestJS controller methods (`@Body() dto`, `@Query("q") q`, `@Req() req`)
// run as request handlers, and a parameter typed `VercelRequest` is a request wherever it appears.
// The decorator or type must resolve to the package's export: a local `Body` decorator is no source.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { source } from "./expressions";
import { analyseConcrete } from "./functions";
import { deferOrRun, paramRoleValue, recordHandler } from "./handlers";
import { exprRef } from "./peek";
import { keyName, type Node, paramDeclaration, short, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, type Val } from "../value";

type ParameterRow = Extract<ModelRow, { kind: "parameter" }>;

/** The `parameter` row a decorator on `p` matches, with the decorator's node. */
function decoratorRow(ev: Evaluator, p: Node, frame: Frame): { row: ParameterRow; decorator: TSESTree.Decorator } | null {
  const decorators = (p as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
  for (const d of decorators) {
    const e = unwrap(d.expression);
    const ref = exprRef(ev, e.type === "CallExpression" ? e.callee : e, frame);
    const row = ref ? ev.models.find(ref, "parameter").find((r) => r.by === "decorator") : undefined;
    if (row) return { row, decorator: d };
  }
  return null;
}

/** Per module: the `parameter` rows of kind "type" by the local name their type is imported under. */
const typeRoles = new WeakMap<Evaluator, Map<string, ParameterRow["role"]>>();

/** The role a `parameter` row of kind "type" gives a parameter annotated with the package's type (`req: VercelRequest`). */
export function typedParameterRole(ev: Evaluator, ann: TSESTree.TypeNode | undefined): ParameterRow["role"] | null {
  if (!ann || ann.type !== "TSTypeReference" || ann.typeName.type !== "Identifier") return null;
  let m = typeRoles.get(ev);
  if (!m) {
    typeRoles.set(ev, (m = new Map()));
    for (const s of ev.ast.body) {
      if (s.type !== "ImportDeclaration" || s.source.value.startsWith(".") || s.source.value.startsWith("/")) continue;
      const mod = ev.normaliseModule(s.source.value);
      for (const sp of s.specifiers) {
        if (sp.type !== "ImportSpecifier") continue;
        const imported = sp.imported.type === "Identifier" ? sp.imported.name : sp.imported.value;
        const row = ev.models.find(`${mod}:${imported}`, "parameter").find((r) => r.by === "type");
        if (row) m.set(sp.local.name, row.role);
      }
    }
  }
  return m.get(ann.typeName.name) ?? null;
}

function decoratedValue(ev: Evaluator, row: ParameterRow, decorator: TSESTree.Decorator, p: Node): Val {
  if (row.role !== "untrusted") return paramRoleValue(ev, row.role, p, p);
  const id = paramDeclaration(p).id;
  const name = id.type === "Identifier" ? id.name : short(ev.src(id));
  return source(ev, Taint.Untrusted, p, `${row.label ?? "request data"} \`${short(ev.src(decorator))} ${name}\` (sent by the client)`);
}

/**
 * Methods of a class whose parameters carry a framework's decorators: the framework calls them with
 * the request's parts, so each runs as a handler (after the class is built, so the fields its
 * constructor stores, injected services among them, are known).
 */
export function analyseDecoratedMethods(ev: Evaluator, c: TSESTree.ClassDeclaration | TSESTree.ClassExpression, self: Val, frame: Frame): void {
  for (const m of c.body.body) {
    if (m.type !== "MethodDefinition" || m.kind !== "method" || m.static || m.value.type !== "FunctionExpression") continue;
    const rows = m.value.params.map((p) => decoratorRow(ev, p, frame));
    if (!rows.some((r) => r)) continue;
    const name = keyName(m);
    const fn = name ? self.fields?.get(name)?.fn : undefined;
    if (!fn) continue;
    const params = m.value.params.map((p, i) => { const r = rows[i]; return r ? decoratedValue(ev, r.row, r.decorator, p) : CLEAN; });
    recordHandler(ev, m, "decorated handler");
    deferOrRun(ev, frame, () => analyseConcrete(ev, fn, params, `${c.id?.name ?? "class"}.${name}`));
  }
}
