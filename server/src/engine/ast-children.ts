// The child nodes of a typescript-estree node, in source order, from the parser's own visitor
// keys (not every object-valued property: `parent`, `loc` and the like are not children).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { visitorKeys } from "@typescript-eslint/visitor-keys";

export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  const keys = visitorKeys[node.type];
  if (!keys) return;
  for (const k of keys) {
    const child = (node as unknown as Record<string, unknown>)[k];
    if (!child) continue;
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c === "object" && "type" in c) visit(c as TSESTree.Node);
    } else if (typeof child === "object" && "type" in (child as object)) visit(child as TSESTree.Node);
  }
}
