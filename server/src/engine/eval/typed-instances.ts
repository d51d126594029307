// Parameters annotated with an SDK's type (`model: TypeChatLanguageModel`): where a model lists the
// type as an `instance-type`, the parameter stands for an instance of it, so calls on it are that
// SDK's calls whoever passes it in (a helper taking the model as an argument, with no caller here).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator } from "./evaluator";

/** `pkg:Type()` for a type imported from a package that a model lists as an instance type. */
export function typedInstanceRef(ev: Evaluator, ann: TSESTree.TypeNode | undefined): string | undefined {
  if (!ann || ann.type !== "TSTypeReference" || ann.typeName.type !== "Identifier") return undefined;
  const local = ann.typeName.name;
  for (const s of ev.ast.body) {
    if (s.type !== "ImportDeclaration" || s.source.value.startsWith(".") || s.source.value.startsWith("/")) continue;
    for (const sp of s.specifiers) {
      if (sp.local.name !== local) continue;
      const imported = sp.type === "ImportSpecifier" ? (sp.imported.type === "Identifier" ? sp.imported.name : sp.imported.value) : "default";
      const ref = `${ev.normaliseModule(s.source.value)}:${imported}`;
      return ev.models.lookup(ref).some((r) => r.kind === "instance-type") ? `${ref}()` : undefined;
    }
  }
  return undefined;
}
