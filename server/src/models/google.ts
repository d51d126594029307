// @google/genai (new SDK) and @google/generative-ai (legacy SDK): systemInstruction, safetySettings.
import type { Model } from "../engine/model";

export const googleModel: Model = {
  name: "@google/genai, @google/generative-ai",
  restEndpoints: [{
    shape: "gemini", url: ":(stream)?generateContent",
    examples: ["https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent"],
  }],
  // The REST API's host and instruction fields, and the safety settings' enums (disabled-safety-settings).
  mentions: ["generateContent", String.raw`generativelanguage\.googleapis`, "BLOCK_NONE", "HarmBlock", "HarmCategory", "HARM_CATEGORY", "systemInstruction", "system_instruction"],
  rows: [
    { kind: "client", callee: "@google/genai:GoogleGenAI", apiKey: "0.apiKey" },
    { kind: "client", callee: "@google/generative-ai:GoogleGenerativeAI", apiKey: "0" },
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
      channels: [{ at: "0.message", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini", result: "client",
      callee: "@google/generative-ai:*().getGenerativeModel",
      channels: [{ at: "0.systemInstruction", as: "instruction" }],
    },
    {
      kind: "llm-call", provider: "gemini",
      callee: "@google/generative-ai:*().getGenerativeModel().{generateContent,generateContentStream}",
      channels: [{ at: "0.systemInstruction", as: "instruction" }, { at: "0", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini", result: "client",
      callee: "@google/generative-ai:*().getGenerativeModel().startChat",
      channels: [{ at: "0.systemInstruction", as: "instruction" }, { at: "0.history", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini",
      callee: "@google/generative-ai:*().getGenerativeModel().startChat().{sendMessage,sendMessageStream}",
      channels: [{ at: "0", as: "contents" }],
    },
    {
      kind: "llm-call", provider: "gemini", confidence: "medium",
      callee: ["?:**.models.{generateContent,generateContentStream}", "?:**.{generateContent,generateContentStream}"],
      channels: [{ at: "0.config.systemInstruction", as: "instruction" }, { at: "0.systemInstruction", as: "instruction" }, { at: "0.contents", as: "contents" }],
    },
  ],
};
