// Parameters annotated with an SDK's type (`model: TypeChatLanguageModel`): where a model lists the
// type as an `instance-type`, the parameter stands for an instance of it, so calls on it are that
// SDK's calls whoever passes it in (a helper taking the model as an argument, with no caller here).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import type { Val } from "../value";

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

/**
 * The instance a parameter property typed with a class of the project stands for when nothing more
 * is known of it (`constructor(private readonly chat: ChatService)`, filled in by a dependency
 * injector): calls through `this.chat` then apply that class's method summaries.
 */
export function classTypedInstance(ev: Evaluator, p: TSESTree.TSParameterProperty, frame: Frame): Val | undefined {
  const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
  const ann = (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  if (!ann || ann.type !== "TSTypeReference" || ann.typeName.type !== "Identifier") return undefined;
  const b = frame.scope.lookup(ann.typeName.name);
  if (!b || (b.kind !== "class" && b.kind !== "import")) return undefined;
  const cls = ev.readBinding(b, frame, null) as Val & { instance?: Val };
  return cls.instance;
}
