// Parameters annotated with an SDK's type (`model: TypeChatLanguageModel`): where a model lists the
// type as an `instance-type`, the parameter stands for an instance of it, so calls on it are that
// SDK's calls whoever passes it in (a helper taking the model as an argument, with no caller here).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { CLEAN, type Val } from "../value";

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

/** Per class instance: its class-typed constructor parameter properties, resolved when first read. */
const injected = new WeakMap<Val, Map<string, () => Val | undefined>>();

/**
 * A constructor parameter property typed with a class of the project (`constructor(private readonly
 * chat: ChatService)`) or with an SDK's client class, noted while the constructor is summarised. A dependency injector fills it in
 * with no `new` in sight, so a method analysed as a handler reads that class's instance there.
 */
export function noteInjected(ev: Evaluator, self: Val, name: string, p: TSESTree.TSParameterProperty, frame: Frame): void {
  const id = p.parameter.type === "AssignmentPattern" ? p.parameter.left : p.parameter;
  const ann = (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
  if (!ann || ann.type !== "TSTypeReference" || ann.typeName.type !== "Identifier") return;
  const typeName = ann.typeName.name;
  // An SDK's client class (`private readonly openai: OpenAI`): the injector gives a client of it.
  const sdkRef = typedInstanceRef(ev, ann);
  let m = injected.get(self);
  if (!m) injected.set(self, (m = new Map()));
  let done = false;
  let inst: Val | undefined;
  m.set(name, () => {
    if (done) return inst;
    done = true;
    if (sdkRef) return (inst = { ...CLEAN, ref: sdkRef });
    const b = frame.scope.lookup(typeName);
    if (b && (b.kind === "class" || b.kind === "import")) inst = (ev.readBinding(b, frame, null) as Val & { instance?: Val }).instance;
    return inst;
  });
}

/**
 * `this.<name>` in a method analysed with real arguments, where the field holds only what the
 * constructor's summary said (its parameter, unknown): the instance of the class it is typed with.
 */
export function injectedInstance(self: Val, name: string, field: Val | undefined): Val | undefined {
  if (field && (field.t || field.fn || field.fields || field.ref || field.obj || field.elems || field.str !== undefined)) return undefined;
  return injected.get(self)?.get(name)?.();
}
