// Sinks: a tainted value reaching one is a fact for the rules; a parameter reaching one is part
// of the function's summary.
import type { Evaluator, Frame } from "./evaluator";
import type { Node } from "./syntax";
import type { SinkHit } from "../facts";
import type { SinkKind } from "../types";
import { flatten, isTainted, SINK_BITS, sourceConfidence, trailSteps, type Val } from "../value";

export function checkSink(ev: Evaluator, v0: Val, sink: SinkKind, node: Node, frame: Frame, detail: SinkHit["detail"] & { confidence?: SinkHit["confidence"] }): void {
  const v = flatten(v0);
  if (!isTainted(v)) return;
  if (v.san & SINK_BITS[sink]) return;
  const { confidence, ...rest } = detail;
  const hitDetail = { ...rest, undelimited: v.undelimited || rest.undelimited, envName: v.envName };
  if (v.t) {
    ev.facts.push({
      type: "sink", sink, file: ev.file, start: node.range[0], end: node.range[1], t: v.t,
      trail: v.trail, confidence: sourceConfidence(v.trail) ?? confidence ?? "high", detail: hitDetail,
    });
  }
  if (v.p && frame.symbolic) {
    const steps = trailSteps(v.trail).filter((s) => !/^parameter `/.test(s.description));
    frame.paramSinks.push({
      sink, p: v.p, steps: [...steps, { file: ev.file, start: node.range[0], end: node.range[1], description: `used as ${detail.channel ? `the ${detail.channel}` : sink} of \`${detail.api ?? "a sink"}\``, prev: null }],
      hit: { type: "sink", sink, file: ev.file, start: node.range[0], end: node.range[1], confidence: confidence ?? "high", detail: hitDetail },
    });
  }
}
