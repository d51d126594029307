// The six "model output reaches a dangerous sink" rules share one shape; each module
// states its sink, its wording and its fix.
import { Taint, type Fix, type SinkHit, type SinkKind } from "../server/src/engine/rule-api";
import { defineRule, type RuleContext, type TypedRuleMeta } from "./define";
import { capitalised, describeSource, sinkPlace } from "./taint-names";

export function modelOutputRule(def: {
  id: string;
  sink: SinkKind;
  meta: TypedRuleMeta;
  /** What goes wrong and what to do, after "<source> reaches <sink>: ". */
  consequence: string;
  fixes?: (hit: SinkHit, ctx: RuleContext) => Fix[];
}) {
  return defineRule({
    id: def.id,
    meta: def.meta,
    create(ctx) {
      return {
        sink(hit) {
          if (hit.sink !== def.sink || !(hit.t & Taint.Model)) return;
          ctx.report({
            file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
            sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `reaches ${sinkPlace(hit)}` },
            confidence: hit.confidence,
            message: `${capitalised(describeSource(hit, ctx))} reaches ${sinkPlace(hit)}: ${def.consequence}`,
            fixes: def.fixes?.(hit, ctx),
          });
        },
      };
    },
  });
}
