// Imports inside a cycle. `lib/artifacts/server.ts` imports the artifact modules for its table of
// handlers, and each artifact module imports `createDocumentHandler` from it. Whichever is analysed
// first asks for the exports of a module still being analysed. As in an ES module graph, that
// module's function declarations are there already (they are hoisted): they are given. A name it
// has not produced yet (a `const`) is a placeholder, `file:<module>:<name>`, that a later read
// resolves once the module is done: a table that kept the placeholder as an element hands the
// real handler to the code that calls it after the cycle has settled.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { ModuleExports } from "../analyzer";
import type { Env, Evaluator } from "./evaluator";
import type { Scope } from "../scope";
import { CLEAN, type Val } from "../value";

/** What an import of `imported` from a module with these exports gives. */
export function exportedValue(ex: ModuleExports, target: string, imported: string): Val {
  if (imported === "*" || (imported === "*cjs" && !ex.cjsDefault)) return { ...CLEAN, fields: new Map(ex.names) };
  if (imported === "*cjs" || (imported === "default" && ex.cjsDefault)) return ex.names.get("default") ?? { ...CLEAN, fields: new Map(ex.names) };
  return ex.names.get(imported) ?? ex.names.get("default")?.fields?.get(imported) ?? (ex.partial ? pendingExport(target, imported) : CLEAN);
}

/** An export of a module still being analysed. */
export function pendingExport(target: string, imported: string): Val {
  return { ...CLEAN, ref: `file:${target}:${imported}` };
}

/** Whether a value is a placeholder for an export not yet known. */
export function isPendingExport(v: Val): boolean {
  return !!v.ref?.startsWith("file:") && !v.fields && !v.fn && !v.elems;
}

/** A placeholder resolved, if its module is done by now; other values as they are. */
export function lateImport(ev: Evaluator, v: Val): Val {
  if (!isPendingExport(v)) return v;
  const ref = v.ref!;
  const at = ref.lastIndexOf(":");
  const target = ref.slice(5, at);
  const ex = ev.host.moduleExports(target, ev.file);
  if (!ex || ex.partial) return v;
  ev.dependencies.add(target);
  return exportedValue(ex, target, ref.slice(at + 1));
}

/**
 * The exports of a module whose analysis is under way: its exported function declarations (hoisted,
 * so bound in `env` before the walk) and what the walk exported so far (CommonJS assignments).
 */
export function exportsSoFar(ast: TSESTree.Program, scope: Scope, env: Env, done: ModuleExports): ModuleExports {
  const names = new Map(done.names);
  const add = (local: string, exported: string) => {
    const b = scope.lookup(local);
    const v = b && b.kind === "function" ? env.get(b) : undefined;
    if (v?.fn && !names.has(exported)) names.set(exported, v);
  };
  for (const s of ast.body) {
    if (s.type === "ExportNamedDeclaration" && s.declaration?.type === "FunctionDeclaration" && s.declaration.id) add(s.declaration.id.name, s.declaration.id.name);
    if (s.type === "ExportNamedDeclaration" && !s.source) {
      for (const spec of s.specifiers) if (spec.local.type === "Identifier") add(spec.local.name, spec.exported.type === "Identifier" ? spec.exported.name : String(spec.exported.value));
    }
    if (s.type === "ExportDefaultDeclaration" && s.declaration.type === "FunctionDeclaration" && s.declaration.id) add(s.declaration.id.name, "default");
  }
  return { names, cjsDefault: done.cjsDefault, partial: true };
}
