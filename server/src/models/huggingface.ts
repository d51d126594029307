// @huggingface/inference: InferenceClient (HfInference before v3) and the standalone task functions.
import type { Model } from "../engine/model";

const HF = "@huggingface/inference";
const CLIENT = `${HF}:{InferenceClient,HfInference}()`;
export const huggingfaceModel: Model = {
  name: "@huggingface/inference",
  rows: [
    { kind: "client", callee: `${HF}:{InferenceClient,HfInference}`, apiKey: "0" },
    { kind: "instance-type", callee: `${HF}:{InferenceClient,HfInference}` },
    { kind: "client", callee: `${HF}:{chatCompletion,chatCompletionStream,textGeneration,textGenerationStream}`, apiKey: "0.accessToken" },
    {
      kind: "llm-call", provider: "huggingface",
      callee: [`${CLIENT}.{chatCompletion,chatCompletionStream}`, `${CLIENT}.endpoint().{chatCompletion,chatCompletionStream}`, `${HF}:{chatCompletion,chatCompletionStream}`],
      channels: [{ at: "0.messages", as: "messages" }],
    },
    {
      kind: "llm-call", provider: "huggingface",
      callee: [`${CLIENT}.{textGeneration,textGenerationStream}`, `${CLIENT}.endpoint().{textGeneration,textGenerationStream}`, `${HF}:{textGeneration,textGenerationStream}`],
      channels: [{ at: "0.inputs", as: "input" }],
    },
  ],
};
