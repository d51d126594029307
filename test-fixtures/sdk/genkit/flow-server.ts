// src/server.ts: serves the flows of flow-library.ts.
import { startFlowServer } from "@genkit-ai/express";
import { styleFlow, titleFlow } from "./flow-library";

// styleFlow's input reaches its system prompt inside flow-library.ts; titleFlow's only its prompt.
// llmsafe-expect: system-prompt-injection
startFlowServer({ flows: [styleFlow, titleFlow], port: 3401 });
