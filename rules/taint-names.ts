// Shared wording for taint kinds in rule messages.
import { Taint, type SinkHit } from "../server/src/engine/rule-api";

/** The first link of a trail: where the tainted data came from. */
export function origin(hit: { trail: SinkHit["trail"] }): { description: string; file: string; start: number; end: number } | null {
  let t = hit.trail;
  if (!t) return null;
  while (t.prev) t = t.prev;
  return t;
}

/** "request data `req.body.persona`", "model output from `client.chat.completions.create()`". */
export function describeSource(hit: { trail: SinkHit["trail"] }, _ctx?: unknown): string {
  const o = origin(hit);
  if (!o) return "tainted data";
  return o.description.replace(/ read here$/, "").replace(/ \(sent by the browser\)$/, "");
}

export function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function onlyLowConfidence(t: number): boolean {
  return (t & Taint.UntrustedLow) !== 0 && (t & Taint.Untrusted) === 0;
}

export function sinkPlace(hit: SinkHit): string {
  const via = hit.detail.via ? ` inside \`${hit.detail.via}()\`` : "";
  // A template directive (Vue `v-html`, Svelte `{@html}`) is no call.
  if (!hit.detail.channel && hit.detail.api && /^(v-|:|\{@)/.test(hit.detail.api)) return `\`${hit.detail.api}\` in the template${via}`;
  if (!hit.detail.channel) return `\`${hit.detail.api ?? "a sink"}(...)\`${via}`;
  const api = hit.detail.api ? ` of \`${hit.detail.api}\`` : "";
  return `the ${hit.detail.channel}${api}${via}`;
}
