// src/Translator.jsx: a Vite single-page app; each user pastes their own Gemini key, kept in localStorage.
import { GoogleGenAI } from "@google/genai";

export async function translate(text, language) {
  const ai = new GoogleGenAI({ apiKey: localStorage.getItem("gemini-key") });
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    // llmsafe-expect: system-prompt-in-client-bundle
    config: { systemInstruction: `Translate everything the user writes into ${language}. Keep product names in English and never translate code blocks.` },
  });
  return response.text;
}
