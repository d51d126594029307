// Variables a closure captures from a function that was being summarised. A closure made while its
// factory was analysed with symbolic parameters (`function makeAsker(persona) { return (q) => ... }`)
// captures values whose parameter bits are the factory's: `persona` is bit 0 there. Summarised on its
// own, the closure's bit 0 is its own first parameter (`q`), so those captured bits would be read as
// its parameters (a false flow from `q` to `system`, with a trail through the wrong argument). Its
// summary reads captured values without them; what a caller's data does through the captured
// variables is found by binding the factory to that call's arguments (bound-closures.ts).
import type { Val } from "../value";

/** How deep fields and elements are cleared (as deep as summaries substitute). */
const MAX_DEPTH = 3;

/** The value without parameter bits: what it is, not which parameter of the factory it came from. */
export function withoutParams(v: Val, depth = 0): Val {
  if (!v.p && !v.slot && !v.undelimitedWith && !v.fenced && !v.fields && !v.elems && !v.jsonOf) return v;
  const out: Val = { ...v, p: 0, slot: undefined, undelimitedWith: undefined, fenced: undefined };
  if (depth >= MAX_DEPTH) return out;
  if (v.fields) {
    const fields = new Map<string, Val>();
    for (const [k, f] of v.fields) fields.set(k, withoutParams(f, depth + 1));
    out.fields = fields;
  }
  if (v.elems) out.elems = v.elems.map((e) => withoutParams(e, depth + 1));
  if (v.jsonOf) out.jsonOf = withoutParams(v.jsonOf, depth + 1);
  return out;
}
