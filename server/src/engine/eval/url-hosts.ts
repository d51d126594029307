// URL host checks: an allow-list lookup of a URL's host makes the URL, and the string it was
// parsed from, safe to request.
import type { Evaluator, Frame, Narrowing } from "./evaluator";
import { type Node, propName, unwrap } from "./syntax";
import { Binding } from "../scope";
import { CLEAN, sanitised, SINK_BITS } from "../value";

/**
 * `hosts.has(u.hostname)` / `hosts.includes(hostname)` where `hostname` was destructured from a
 * URL: the URL object, and the string it was parsed from (`new URL(raw)`), are safe to request.
 */
export function urlHostCheck(ev: Evaluator, a: Node, frame: Frame): Narrowing[] {
  let urlBinding: Binding | undefined;
  let urlInit: Node | null = null;
  const out: Narrowing[] = [];
  if (a.type === "MemberExpression" && /^(hostname|host|origin)$/.test(propName(a) ?? "")) {
    const o = unwrap(a.object);
    urlBinding = o.type === "Identifier" ? frame.scope.lookup(o.name) : undefined;
    if (!urlBinding) return [];
    out.push({ binding: urlBinding, value: sanitised(frame.env.get(urlBinding) ?? CLEAN, SINK_BITS.url) });
    urlInit = urlBinding.init ? unwrap(urlBinding.init) : null;
  } else if (a.type === "Identifier") {
    // const { hostname } = new URL(raw)
    const b = frame.scope.lookup(a.name);
    const d = b?.destructured;
    if (!b || !d || !/^(hostname|host|origin)$/.test(d.key)) return [];
    out.push({ binding: b, value: CLEAN });
    urlInit = unwrap(d.init);
  } else return [];
  if (urlInit && urlInit.type === "NewExpression" && urlInit.callee.type === "Identifier" && urlInit.callee.name === "URL" && urlInit.arguments.length === 1) {
    const r = unwrap(urlInit.arguments[0]);
    const rb = r.type === "Identifier" ? frame.scope.lookup(r.name) : undefined;
    if (rb) out.push({ binding: rb, value: sanitised(frame.env.get(rb) ?? CLEAN, SINK_BITS.url) });
  }
  return out;
}
