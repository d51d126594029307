// replicate: run/stream a hosted model; `input` is the model's own schema (system_prompt, prompt, messages).
import type { Model } from "../engine/model";

const INPUT = (i: number) => [
  { at: `${i}.input.system_prompt`, as: "instruction" },
  { at: `${i}.input.prompt`, as: "input" },
  { at: `${i}.input.messages`, as: "messages" },
] as const;
export const replicateModel: Model = {
  name: "replicate",
  rows: [
    { kind: "client", callee: "replicate:*", apiKey: "0.auth" },
    { kind: "llm-call", provider: "replicate", callee: "replicate:*().{run,stream}", channels: [...INPUT(1)] },
    { kind: "llm-call", provider: "replicate", callee: "replicate:*().predictions.create", channels: [...INPUT(0)] },
    { kind: "llm-call", provider: "replicate", callee: "replicate:*().deployments.predictions.create", channels: [...INPUT(2)] },
    // A prediction read back (or waited for) holds the model's output.
    { kind: "source", callee: ["replicate:*().wait", "replicate:*().predictions.get"], taint: "model" },
  ],
};
