// genkit (Firebase Genkit): ai.generate({ system, prompt, messages, tools }), tools defined with ai.defineTool.
import type { Model } from "../engine/model";
import { CLOSED_SCHEMA_PARSE } from "./node-core";

const AI = "{genkit,genkit/beta}:genkit()";
const CHANNELS = [{ at: "0.system", as: "instruction" }, { at: "0.prompt", as: "input" }, { at: "0.messages", as: "messages" }] as const;
export const genkitModel: Model = {
  name: "genkit",
  rows: [
    { kind: "tool-set", callee: [`${AI}.{generate,generateStream,definePrompt}`, "@genkit-ai/ai:{generate,generateStream}"], tools: ["0.tools"] },
    // `output.schema` parses the answer: fields it closes (z.enum, z.number) are not free text.
    {
      kind: "llm-call", provider: "genkit", callee: [`${AI}.{generate,generateStream}`, "@genkit-ai/ai:{generate,generateStream}"],
      channels: [...CHANNELS], structured: { schema: "0.output.schema", field: "output" },
    },
    // definePrompt and chat sessions (genkit/beta) keep their system text for every later call.
    { kind: "llm-call", provider: "genkit", result: "client", callee: [`${AI}.{definePrompt,chat}`, `${AI}.createSession().chat`], channels: [{ at: "0.system", as: "instruction" }] },
    { kind: "llm-call", provider: "genkit", callee: [`${AI}.chat().{send,sendStream}`, `${AI}.createSession().chat().{send,sendStream}`], channels: [{ at: "0.prompt", as: "input" }, { at: "0.system", as: "instruction" }] },
    { kind: "tool", callee: `${AI}.defineTool`, handler: "1" },
    // A flow is its function (`await supportFlow(input)` runs it); served over HTTP, its input is the client's.
    { kind: "propagator", callee: `${AI}.defineFlow`, from: "1", shape: "kept" },
    { kind: "handler", callee: ["@genkit-ai/express:expressHandler", "@genkit-ai/next:appRoute"], handler: "0", params: ["untrusted"] },
    { kind: "handler", callee: "@genkit-ai/express:startFlowServer", handler: "0.flows", params: ["untrusted"] },
    // Cloud Functions for Firebase: `onCallGenkit(options?, flow)`, and the older `onFlow(ai, config, fn)` that defines and serves at once.
    { kind: "handler", callee: ["firebase-functions{,/v2}/https:onCallGenkit", "@genkit-ai/firebase/functions:onFlow"], handler: "last", params: ["untrusted"] },
    // genkit re-exports zod as `z`: a closed schema's parse() is no longer free text, as with zod's own.
    { kind: "clean", callee: `{genkit,genkit/beta}:z.${CLOSED_SCHEMA_PARSE}` },
  ],
};
