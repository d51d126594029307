// @google/genai (new SDK), @google/generative-ai (legacy SDK) and @google-cloud/vertexai (the legacy
// SDK's API on Vertex AI, with a `preview` namespace): systemInstruction, safetySettings.
import type { Model } from "../engine/model";

/** A legacy-API model factory: GoogleGenerativeAI, or VertexAI (also under its `preview` namespace). */
const LEGACY = "{@google/generative-ai,@google-cloud/vertexai}:*(){,.preview}";
export const googleModel: Model = {
  name: "@google/genai, @google/generative-ai, @google-cloud/vertexai",
  restEndpoints: [{
    shape: "gemini", url: ":(stream)?generateContent",
    examples: ["https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent"],
  }],
  // The REST API's host and instruction fields, and the safety settings' enums (disabled-safety-settings).
  mentions: ["generateContent", String.raw`generativelanguage\.googleapis`, "BLOCK_NONE", "HarmBlock", "HarmCategory", "HARM_CATEGORY", "systemInstruction", "system_instruction"],
  rows: [
    { kind: "client", callee: "@google/genai:GoogleGenAI", apiKey: "0.apiKey" },
    { kind: "instance-type", callee: ["@google/genai:GoogleGenAI", "@google/generative-ai:GoogleGenerativeAI"] },
    { kind: "endpoint", callee: "@google/genai:GoogleGenAI", url: ["0.httpOptions.baseUrl"], key: ["0.apiKey"], headers: ["0.httpOptions.headers"], keyFromEnv: "GEMINI_API_KEY (or GOOGLE_API_KEY)" },
    { kind: "client", callee: "@google/generative-ai:GoogleGenerativeAI", apiKey: "0" },
    // The legacy SDK's server-side managers for uploaded files and cached contents.
    { kind: "client", callee: "@google/generative-ai/server:{GoogleAIFileManager,GoogleAICacheManager}", apiKey: "0" },
    {
      kind: "llm-call", provider: "gemini",
      callee: "@google/genai:*().models.{generateContent,generateContentStream}",
      channels: [{ at: "0.config.systemInstruction", as: "instruction" }, { at: "0.contents", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini", result: "client",
      callee: "@google/genai:*().chats.create",
      channels: [{ at: "0.config.systemInstruction", as: "instruction" }, { at: "0.history", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini",
      callee: "@google/genai:*().chats.create().{sendMessage,sendMessageStream}",
      channels: [{ at: "0.message", as: "contents" }, { at: "0.config.systemInstruction", as: "instruction" }],
    },
    // Live API sessions: the instruction holds for the whole connection.
    { kind: "llm-call", provider: "gemini", result: "client", callee: "@google/genai:*().live.connect", channels: [{ at: "0.config.systemInstruction", as: "instruction" }] },
    {
      kind: "llm-call", provider: "gemini", result: "client",
      callee: `${LEGACY}.getGenerativeModel`,
      channels: [{ at: "0.systemInstruction", as: "instruction" }],
    },
    {
      kind: "llm-call", provider: "gemini",
      callee: `${LEGACY}.getGenerativeModel().{generateContent,generateContentStream}`,
      channels: [{ at: "0.systemInstruction", as: "instruction" }, { at: "0", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini", result: "client",
      callee: `${LEGACY}.getGenerativeModel().startChat`,
      channels: [{ at: "0.systemInstruction", as: "instruction" }, { at: "0.history", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini",
      callee: `${LEGACY}.getGenerativeModel().startChat().{sendMessage,sendMessageStream}`,
      channels: [{ at: "0", as: "contents" }],
    },
    // Response types whose values carry the model's text (eval/declared-output.ts); in JSDoc, the
    // samples name them under the SDK's namespace (`GoogleGenerativeAI.GenerateContentResponse`).
    {
      kind: "output-type", metadata: ["usageMetadata", "promptFeedback", "modelVersion", "responseId", "createTime"],
      callee: [
        "{@google/generative-ai,@google/genai,@google-cloud/vertexai}{,/**}:{,**.}{GenerateContentResponse,GenerateContentResult,GenerateContentStreamResult,EnhancedGenerateContentResponse}",
        "jsdoc:{GoogleGenerativeAI,GoogleGenAI,genai}.{,**.}{GenerateContentResponse,GenerateContentResult,GenerateContentStreamResult,EnhancedGenerateContentResponse}",
      ],
    },
    {
      kind: "llm-call", provider: "gemini", confidence: "medium",
      callee: ["?:**.models.{generateContent,generateContentStream}", "?:**.{generateContent,generateContentStream}"],
      channels: [{ at: "0.config.systemInstruction", as: "instruction" }, { at: "0.systemInstruction", as: "instruction" }, { at: "0.contents", as: "contents" }],
    },
  ],
};
