// What a server's response declares itself to be: a body sent as HTML (`c.html(text)`,
// `res.type("html").send(text)`, `res.setHeader("Content-Type", "text/html"); res.end(text)`,
// `new Response(text, { headers: { "Content-Type": "text/html" } })`) is rendered by the browser,
// so model output in it is markup (llm-output-xss). JSON and text/plain bodies are not.
// The headers a response carries are kept on it by `store` rows (model-endpoints.ts), which also
// hand the response back so chained calls see them; a sink row with `when: "html-response"` asks here.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import type { Evaluator, Frame } from "./evaluator";
import { argAt } from "./model-rows";
import { type Node, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import type { Val } from "../value";

const HTML_TYPE = /html/i;

/** The constant value of a content-type header among an object's fields (any case), if there is one. */
function contentType(v: Val | null | undefined): string | undefined {
  for (const [k, f] of v?.fields ?? []) if (k.toLowerCase() === "content-type" && f.str !== undefined) return f.str;
  return undefined;
}

/** The variable a call chain starts from (`res` in `res.status(200).send(x)`). */
function chainRoot(callee: Node): TSESTree.Identifier | null {
  let n = unwrap(callee);
  for (let i = 0; i < 16; i++) {
    if (n.type === "Identifier") return n;
    if (n.type === "MemberExpression") n = unwrap(n.object);
    else if (n.type === "CallExpression") n = unwrap(n.callee);
    else return null;
  }
  return null;
}

/**
 * Whether the response this call sends is declared HTML: by the headers it is given (`row.headers`),
 * by those stored on its receiver (a chained `.type("html")`), or on the variable the chain starts
 * from (`res.setHeader(...)` in an earlier statement).
 */
export function declaresHtml(ev: Evaluator, row: Extract<ModelRow, { kind: "sink" }>, args: Val[], argNodes: readonly Node[], call: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame, recv: Val | null): boolean {
  const own = row.headers ? contentType(argAt(ev, args, argNodes, row.headers)?.val) : undefined;
  if (own !== undefined) return HTML_TYPE.test(own);
  const stored = contentType(recv);
  if (stored !== undefined) return HTML_TYPE.test(stored);
  const root = chainRoot(call.callee);
  const b = root ? frame.scope.lookup(root.name) : undefined;
  const onVariable = b ? contentType(frame.env.get(b)) : undefined;
  return onVariable !== undefined && HTML_TYPE.test(onVariable);
}
