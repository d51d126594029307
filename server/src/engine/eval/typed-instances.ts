// Parameters annotated with an SDK's type (`model: TypeChatLanguageModel`): where a model lists the
// type as an `instance-type`, the parameter stands for an instance of it, so calls on it are that
// SDK's calls whoever passes it in (a helper taking the model as an argument, with no caller here).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator } from "./evaluator";

/** Per module: the local names of imported instance types, with their `pkg:Type()` reference (built once). */
const instanceTypes = new WeakMap<Evaluator, Map<string, string>>();

function instanceTypesOf(ev: Evaluator): Map<string, string> {
  let m = instanceTypes.get(ev);
  if (m) return m;
  m = new Map();
  for (const s of ev.ast.body) {
    if (s.type !== "ImportDeclaration" || s.source.value.startsWith(".") || s.source.value.startsWith("/")) continue;
    const mod = ev.normaliseModule(s.source.value);
    for (const sp of s.specifiers) {
      const imported = sp.type === "ImportSpecifier" ? (sp.imported.type === "Identifier" ? sp.imported.name : sp.imported.value) : "default";
      const ref = `${mod}:${imported}`;
      if (ev.models.lookup(ref).some((r) => r.kind === "instance-type")) m.set(sp.local.name, `${ref}()`);
    }
  }
  instanceTypes.set(ev, m);
  return m;
}

/** `pkg:Type()` for a type imported from a package that a model lists as an instance type. */
export function typedInstanceRef(ev: Evaluator, ann: TSESTree.TypeNode | undefined): string | undefined {
  if (!ann || ann.type !== "TSTypeReference" || ann.typeName.type !== "Identifier") return undefined;
  return instanceTypesOf(ev).get(ann.typeName.name);
}
