// Lexical scopes, built while the evaluator walks (no separate scope-analysis pass):
// a function's `var`s and function declarations are hoisted when it is entered, a block's
// let/const/class when the block is entered; identifiers resolve through the chain.
import type { TSESTree } from "@typescript-eslint/typescript-estree";

export interface Binding {
  readonly name: string;
  /** The function (or Program) whose frame owns the binding. */
  readonly owner: TSESTree.Node;
  readonly kind: "var" | "let" | "const" | "param" | "function" | "class" | "import" | "catch";
  /** For imports: module specifier and imported name ("*" namespace, "default"). */
  readonly importFrom?: { source: string; imported: string };
  readonly node: TSESTree.Node;
  /** Initialiser of a simple `const x = ...` declaration (for regex allow-lists). */
  readonly init?: TSESTree.Expression | null;
  /** `const { key: name } = init`: the property a destructured binding was read from. */
  readonly destructured?: { key: string; init: TSESTree.Expression };
}

export class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(readonly parent: Scope | null, readonly owner: TSESTree.Node) {}

  declare(name: string, kind: Binding["kind"], node: TSESTree.Node, importFrom?: Binding["importFrom"], init?: TSESTree.Expression | null, destructured?: Binding["destructured"]): Binding {
    const existing = this.vars.get(name);
    if (existing && (kind === "var" || kind === "function") && existing.kind !== "param") return existing;
    const b: Binding = { name, owner: this.owner, kind, node, importFrom, init, destructured };
    this.vars.set(name, b);
    return b;
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

/** Identifiers a binding pattern declares. */
export function patternNames(p: TSESTree.Node | null | undefined, out: TSESTree.Identifier[] = []): TSESTree.Identifier[] {
  if (!p) return out;
  switch (p.type) {
    case "Identifier": out.push(p); break;
    case "ObjectPattern":
      for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop.argument : prop.value, out);
      break;
    case "ArrayPattern": for (const el of p.elements) patternNames(el, out); break;
    case "RestElement": patternNames(p.argument, out); break;
    case "AssignmentPattern": patternNames(p.left, out); break;
    case "TSParameterProperty": patternNames(p.parameter, out); break;
    default: break;
  }
  return out;
}

/** For `const { hostname } = init` (top-level properties only): the key and the initialiser. */
function destructuredKey(d: TSESTree.VariableDeclarator, id: TSESTree.Identifier): Binding["destructured"] {
  if (d.id.type !== "ObjectPattern" || !d.init) return undefined;
  for (const p of d.id.properties) {
    if (p.type !== "Property" || p.computed || p.key.type !== "Identifier") continue;
    const v = p.value.type === "AssignmentPattern" ? p.value.left : p.value;
    if (v === id) return { key: p.key.name, init: d.init };
  }
  return undefined;
}

/** Declares a block's lexical declarations (let/const/class, and functions in blocks). */
export function declareLexical(stmts: readonly TSESTree.Node[], scope: Scope): void {
  for (const s0 of stmts) {
    const s = s0.type === "ExportNamedDeclaration" && s0.declaration ? s0.declaration
      : s0.type === "ExportDefaultDeclaration" ? s0.declaration : s0;
    if (s.type === "VariableDeclaration" && s.kind !== "var") {
      for (const d of s.declarations) for (const id of patternNames(d.id)) scope.declare(id.name, s.kind === "const" ? "const" : "let", id, undefined, d.id.type === "Identifier" ? d.init : null, destructuredKey(d, id));
    } else if (s.type === "ClassDeclaration" && s.id) scope.declare(s.id.name, "class", s);
    else if ((s.type === "FunctionDeclaration" || s.type === "TSDeclareFunction") && s.id) scope.declare(s.id.name, "function", s);
    else if (s.type === "TSEnumDeclaration") scope.declare(s.id.name, "const", s);
  }
}

/** Hoists `var` declarations from a function body into its scope (not into nested functions). */
export function hoistVars(node: TSESTree.Node | null | undefined, scope: Scope): void {
  if (!node) return;
  switch (node.type) {
    case "VariableDeclaration":
      if (node.kind === "var") for (const d of node.declarations) for (const id of patternNames(d.id)) scope.declare(id.name, "var", id);
      return;
    case "BlockStatement": case "Program": case "StaticBlock":
      for (const s of node.body) hoistVars(s, scope); return;
    case "IfStatement": hoistVars(node.consequent, scope); hoistVars(node.alternate, scope); return;
    case "ForStatement": hoistVars(node.init, scope); hoistVars(node.body, scope); return;
    case "ForInStatement": case "ForOfStatement": hoistVars(node.left, scope); hoistVars(node.body, scope); return;
    case "WhileStatement": case "DoWhileStatement": case "LabeledStatement": hoistVars(node.body, scope); return;
    case "TryStatement": hoistVars(node.block, scope); hoistVars(node.handler?.body, scope); hoistVars(node.finalizer, scope); return;
    case "SwitchStatement": for (const c of node.cases) for (const s of c.consequent) hoistVars(s, scope); return;
    case "ExportNamedDeclaration": hoistVars(node.declaration, scope); return;
    default: return;
  }
}
