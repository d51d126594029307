// A converter from the Gemini SDK's request parameters to the REST body: its parameter is called
// `req`, but its declared type is the SDK's own parameters, not an HTTP request.
import type { GenerateContentParameters } from "@google/genai";

export function toRestBody(req: GenerateContentParameters): Record<string, unknown> {
  const { systemInstruction, ...generationConfig } = req.config || {};
  let restSystemInstruction;
  if (typeof systemInstruction === "string") {
    // llmsafe-expect-clean: system-prompt-injection
    restSystemInstruction = { parts: [{ text: systemInstruction }] };
  }
  return { contents: req.contents, systemInstruction: restSystemInstruction, generationConfig };
}
