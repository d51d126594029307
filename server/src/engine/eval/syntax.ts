// Small helpers on the syntax tree shared by the propagation pass: names of properties and
// keys, unwrapping type assertions, the short text of an expression for messages.
import type { TSESTree } from "@typescript-eslint/typescript-estree";

export type Node = TSESTree.Node;
export type Expr = TSESTree.Expression;
export type FnNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A parameter's name (or pattern) and declared type, through a default value or a constructor's `private x: T`. */
export function paramDeclaration(p: Node): { id: Node; type: TSESTree.TypeNode | undefined } {
  const id = p.type === "AssignmentPattern" ? p.left : p.type === "TSParameterProperty" ? p.parameter : p;
  return { id, type: (id as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation };
}

export function isFunction(n: Node | null | undefined): n is FnNode {
  return !!n && (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression" || n.type === "FunctionDeclaration");
}

export function idName(n: TSESTree.Node): string {
  return n.type === "Identifier" ? n.name : n.type === "Literal" ? String(n.value) : "";
}

/** `fs:` + `readFile` is `fs:readFile`; `openai:()` + `chat` is `openai:().chat`. */
export function memberRef(base: string, name: string): string {
  return base.endsWith(":") ? base + name : `${base}.${name}`;
}

export function propName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.computed && node.property.type === "Literal" && (typeof node.property.value === "string" || typeof node.property.value === "number")) return String(node.property.value);
  if (node.property.type === "PrivateIdentifier") return "#" + node.property.name;
  return null;
}

export function keyName(p: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | null {
  if (!p.computed && p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "Literal") return String(p.key.value);
  if (p.key.type === "PrivateIdentifier") return "#" + p.key.name;
  return null;
}

export function unwrap(e: Node): Node {
  while (e.type === "TSAsExpression" || e.type === "TSNonNullExpression" || e.type === "TSSatisfiesExpression" || e.type === "TSTypeAssertion" || e.type === "ChainExpression") e = e.expression;
  return e;
}

/** Text of a small expression for messages ("req.body.persona"), elided when long. */
export function short(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? one.slice(0, 57) + "..." : one;
}
