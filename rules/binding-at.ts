// What a name refers to at one place in a file, from the parsed tree: the scopes that enclose
// the offset, innermost first, each with the declarations it makes (hoisted `var` and function
// declarations included). Fixes use it to check that a name they add or rewrite means what they
// think it means, where a regex over the text misses parameters, classes and default imports.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { forEachChild, patternNames } from "../server/src/engine/rule-api";

type Node = TSESTree.Node;

export type BindingAt =
  /** `import { imported as name } from source`, `import name from` ("default"), `import * as name` ("*"). */
  | { kind: "import"; source: string; imported: string; declaration: TSESTree.ImportDeclaration }
  /** `const { imported: name } = require(source)`, or `const name = require(source)` ("*"). */
  | { kind: "require"; source: string; imported: string; declaration: TSESTree.VariableDeclarator }
  /** Anything else: a local variable, parameter, function, class, enum, namespace, type. */
  | { kind: "other"; node: Node };

const isFunction = (n: Node): n is TSESTree.FunctionLike =>
  n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression" || n.type === "TSDeclareFunction";

/** Children of a node, in source order. */
function children(n: Node): Node[] {
  const out: Node[] = [];
  forEachChild(n, (c) => out.push(c));
  return out;
}

/** Whether a binding pattern (`a`, `{ a, b: c, ...d }`, `[e = 1]`) declares `name`. */
function patternHas(p: Node | null | undefined, name: string): boolean {
  return patternNames(p).some((id) => id.name === name);
}

function stringOf(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === "Literal" && typeof n.value === "string") return n.value;
  if (n.type === "TemplateLiteral" && n.expressions.length === 0) return n.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** `require("x")` (also `require("x").y` is not: that binds a property, not the module). */
function requiredModule(n: Node | null | undefined): string | undefined {
  if (n && n.type === "CallExpression" && n.callee.type === "Identifier" && n.callee.name === "require" && n.arguments.length === 1) return stringOf(n.arguments[0]);
  return undefined;
}

function declaratorBinding(d: TSESTree.VariableDeclarator, name: string): BindingAt | null {
  if (!patternHas(d.id, name)) return null;
  const source = requiredModule(d.init);
  if (source !== undefined) {
    if (d.id.type === "Identifier") return { kind: "require", source, imported: "*", declaration: d };
    if (d.id.type === "ObjectPattern") {
      for (const p of d.id.properties) {
        if (p.type !== "Property" || p.computed) continue;
        const local = p.value.type === "AssignmentPattern" ? p.value.left : p.value;
        if (local.type !== "Identifier" || local.name !== name) continue;
        const imported = p.key.type === "Identifier" ? p.key.name : stringOf(p.key);
        if (imported !== undefined) return { kind: "require", source, imported, declaration: d };
      }
    }
  }
  return { kind: "other", node: d };
}

/** A declaration statement's binding of `name` (lexical or hoisted, as the caller asks). */
function statementBinding(s: Node, name: string, hoisted: boolean): BindingAt | null {
  if ((s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration") && s.declaration) return statementBinding(s.declaration as Node, name, hoisted);
  switch (s.type) {
    case "VariableDeclaration":
      if ((s.kind === "var") !== hoisted) return null;
      for (const d of s.declarations) { const b = declaratorBinding(d, name); if (b) return b; }
      return null;
    case "FunctionDeclaration":
    case "TSDeclareFunction":
    case "ClassDeclaration":
    case "TSEnumDeclaration":
    case "TSInterfaceDeclaration":
    case "TSTypeAliasDeclaration":
      return !hoisted && s.id?.type === "Identifier" && s.id.name === name ? { kind: "other", node: s } : null;
    case "TSModuleDeclaration":
      return !hoisted && s.id.type === "Identifier" && s.id.name === name ? { kind: "other", node: s } : null;
    case "TSImportEqualsDeclaration":
      return !hoisted && s.id.name === name ? { kind: "other", node: s } : null;
    case "ImportDeclaration": {
      if (hoisted) return null;
      for (const sp of s.specifiers) {
        if (sp.local.name !== name) continue;
        if (s.importKind === "type" || (sp.type === "ImportSpecifier" && sp.importKind === "type")) return { kind: "other", node: sp };
        const imported = sp.type === "ImportNamespaceSpecifier" ? "*" : sp.type === "ImportDefaultSpecifier" ? "default"
          : sp.imported.type === "Identifier" ? sp.imported.name : String(sp.imported.value);
        return { kind: "import", source: s.source.value, imported, declaration: s };
      }
      return null;
    }
    default:
      return null;
  }
}

/** `var` declarations anywhere in a function body or program, not inside nested functions. */
function hoistedVar(n: Node, name: string): BindingAt | null {
  for (const c of children(n)) {
    if (isFunction(c)) continue;
    const b = c.type === "VariableDeclaration" ? statementBinding(c, name, true) : null;
    if (b) return b;
    const inner = hoistedVar(c, name);
    if (inner) return inner;
  }
  return null;
}

/** What a scope node declares under `name` (not counting scopes nested in it). */
function declaredIn(scope: Node, name: string): BindingAt | null {
  const inStatements = (stmts: readonly Node[]) => {
    for (const s of stmts) { const b = statementBinding(s, name, false); if (b) return b; }
    return null;
  };
  switch (scope.type) {
    case "Program":
      return inStatements(scope.body) ?? hoistedVar(scope, name);
    case "BlockStatement":
    case "StaticBlock":
    case "TSModuleBlock":
      return inStatements(scope.body);
    case "SwitchStatement":
      return inStatements(scope.cases.flatMap((c) => c.consequent));
    case "ForStatement":
    case "ForInStatement":
    case "ForOfStatement": {
      const init = scope.type === "ForStatement" ? scope.init : scope.left;
      return init && init.type === "VariableDeclaration" ? statementBinding(init, name, false) : null;
    }
    case "CatchClause":
      return patternHas(scope.param, name) ? { kind: "other", node: scope } : null;
    case "ClassExpression":
      return scope.id?.name === name ? { kind: "other", node: scope } : null;
    case "FunctionDeclaration":
    case "FunctionExpression":
    case "ArrowFunctionExpression":
      if (scope.params.some((p) => patternHas(p, name))) return { kind: "other", node: scope };
      if (scope.type === "FunctionExpression" && scope.id?.name === name) return { kind: "other", node: scope };
      return scope.body ? hoistedVar(scope.body, name) : null;
    default:
      return null;
  }
}

/** The declaration `name` refers to at `offset`, or null when nothing in the file declares it there (a global). */
export function bindingAt(program: TSESTree.Program, offset: number, name: string): BindingAt | null {
  const chain: Node[] = [];
  for (let n: Node | undefined = program; n; ) {
    chain.push(n);
    n = children(n).find((c) => c.range[0] <= offset && offset < c.range[1]);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const b = declaredIn(chain[i], name);
    if (b) return b;
  }
  return null;
}
