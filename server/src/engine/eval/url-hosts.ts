// URL host checks: an allow-list lookup of a URL's host makes the URL, and the string it was
// parsed from, safe to request; so does a template that fixes scheme://host/ before its value.
import type { Evaluator, Frame, Narrowing } from "./evaluator";
import { knownText } from "./peek";
import { type Node, propName, unwrap } from "./syntax";
import { CHOSEN_PART, fixesHost, TAINTED_PART } from "../sanitisers";
import { Binding } from "../scope";
import { CLEAN, flatten, isTainted, sanitised, SINK_BITS, type Val } from "../value";

/**
 * For each interpolation of a template (`statics` around `vals`), whether the URL text before it
 * already fixes scheme://host/. The parts the program chose but we cannot read (an env var) and
 * the tainted parts are marked in that text: once it fixes the host, what follows cannot choose
 * the host (it only fills the path or query on that host).
 */
export function hostFixedAt(statics: readonly string[], vals: readonly Val[]): boolean[] {
  let urlText = statics[0];
  return vals.map((v0, i) => {
    const fixed = fixesHost(urlText);
    const v = flatten(v0);
    urlText += (isTainted(v) ? TAINTED_PART : v.str ?? (v.prefix ?? "") + CHOSEN_PART) + statics[i + 1];
    return fixed;
  });
}

/**
 * For each interpolation, whether the URL text before it starts from a part the program chose and
 * we cannot read (an env var, a config field): taken as a configured base URL (PROGRAM_BASE).
 */
export function programBaseAt(statics: readonly string[], vals: readonly Val[]): boolean[] {
  let urlText = statics[0];
  return vals.map((v0, i) => {
    const based = urlText.includes(CHOSEN_PART);
    const v = flatten(v0);
    urlText += (isTainted(v) ? TAINTED_PART : v.str ?? (v.prefix ?? "") + CHOSEN_PART) + statics[i + 1];
    return based;
  });
}

/**
 * `hosts.has(u.hostname)` / `hosts.includes(hostname)` where `hostname` was destructured from a
 * URL, or `new URL(raw).host` checked in place (also against one constant, barrier-guards.ts):
 * the URL object, and the string it was parsed from (`new URL(raw)`), are safe to request.
 */
export function urlHostCheck(ev: Evaluator, a: Node, frame: Frame): Narrowing[] {
  let urlBinding: Binding | undefined;
  let urlInit: Node | null = null;
  const out: Narrowing[] = [];
  if (a.type === "MemberExpression" && /^(hostname|host|origin)$/.test(propName(a) ?? "") && unwrap(a.object).type === "NewExpression") {
    // new URL(raw).host, checked in place
    urlInit = unwrap(a.object);
  } else if (a.type === "MemberExpression" && /^(hostname|host|origin)$/.test(propName(a) ?? "")) {
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

/** Configuration files by their last path segment: `config.json`, `settings.yaml`, `/config`, `manifest.json`, `.well-known/...`. */
const CONFIG_PATH_RE = /(?:^|\/)(?:\.well-known\/[^?#]*|[\w.-]*(?:config|settings|manifest)(?:\.(?:json|ya?ml|toml))?)(?:[?#].*)?$/i;

/**
 * The URL a request fetches is the app's own resource (models' `ownResource`): a constant
 * same-origin path, or a constant absolute URL whose path (or host: `config.example.com`) names configuration. Known
 * only when the whole URL is constant text here.
 */
export function isOwnResource(ev: Evaluator, n: Node | null, frame: Frame): boolean {
  if (!n) return false;
  const text = knownText(ev, n, frame);
  if (text === null || text === "") return false;
  if (text.startsWith("/") && !text.startsWith("//")) return true;
  const m = /^https?:\/\/([^/?#]+)(\/[^?#]*)?/i.exec(text);
  return !!m && ((!!m[2] && CONFIG_PATH_RE.test(m[2])) || /^(?:config|settings)\./i.test(m[1]));
}
