// Whether a line starts among JSX children, where `// comment` would render as text and a
// suppression has to be written `{/* ... */}`. Between JSX attributes and in plain code a line
// comment is fine. Parsing only happens for files that can hold JSX, and only on request.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { parseSource } from "../engine/parse";

/** Inside these (past their first character) a line comment is valid again. */
const JS_CONTEXTS = new Set(["JSXExpressionContainer", "JSXOpeningElement", "JSXClosingElement", "JSXAttribute", "JSXSpreadAttribute", "JSXOpeningFragment", "JSXClosingFragment"]);

type AnyNode = TSESTree.Node & { range: [number, number] };

function isNode(v: unknown): v is AnyNode {
  return !!v && typeof v === "object" && typeof (v as AnyNode).type === "string" && Array.isArray((v as AnyNode).range);
}

function childContaining(node: AnyNode, offset: number): AnyNode | null {
  for (const key of Object.keys(node)) {
    if (key === "parent") continue;
    const v = (node as unknown as Record<string, unknown>)[key];
    const items = Array.isArray(v) ? v : [v];
    for (const item of items) {
      if (isNode(item) && item.range[0] <= offset && offset < item.range[1]) return item;
    }
  }
  return null;
}

/** True when `offset` (the first non-blank character of a line) sits in JSX children. */
export function inJsxChildren(file: string, text: string, offset: number): boolean {
  if (!/\.(jsx|tsx|js|mjs|cjs)$/i.test(file) || !text.includes("<")) return false;
  const parsed = parseSource(file, text, false);
  if (!parsed.ok) return false;
  let node: AnyNode | null = parsed.ast as AnyNode;
  let inChildren = false;
  while (node) {
    // A node that starts exactly at the offset is what the line begins with: it lives in its parent's context.
    if (node.range[0] !== offset) {
      if (node.type === "JSXElement" || node.type === "JSXFragment") {
        const open = node.type === "JSXElement" ? node.openingElement : node.openingFragment;
        const close = node.type === "JSXElement" ? node.closingElement : node.closingFragment;
        inChildren = offset >= open.range[1] && (!close || offset < close.range[0]);
      } else if (JS_CONTEXTS.has(node.type)) {
        inChildren = false;
      }
    }
    node = childContaining(node, offset);
  }
  return inChildren;
}
