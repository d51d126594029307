// lib/gemini/safety.ts: the safety settings shared by every Gemini call, and the check CI runs on them.
import { GoogleGenAI, HarmBlockThreshold, HarmCategory, type SafetySetting } from "@google/genai";

const relaxed = process.env.GEMINI_SAFETY_PROFILE === "relaxed";

export const DEFAULT_SAFETY_SETTINGS: SafetySetting[] = [
  {
    category: HarmCategory.HARM_CATEGORY_HARASSMENT,
    // llmsafe-expect-clean: disabled-safety-settings
    threshold: HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
  },
  {
    category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
    // llmsafe-expect: disabled-safety-settings
    threshold: relaxed ? HarmBlockThreshold.BLOCK_NONE : HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
  },
];

export const RESEARCH_SAFETY_SETTINGS: SafetySetting[] = [
  ...DEFAULT_SAFETY_SETTINGS,
  {
    category: HarmCategory.HARM_CATEGORY_HATE_SPEECH,
    // llmsafe-expect: disabled-safety-settings
    threshold: HarmBlockThreshold.OFF,
  },
  {
    category: HarmCategory.HARM_CATEGORY_CIVIC_INTEGRITY,
    // llmsafe-expect: disabled-safety-settings
    threshold: HarmBlockThreshold.BLOCK_NONE,
  },
];

// llmsafe-expect-clean: disabled-safety-settings
const FORBIDDEN_IN_PRODUCTION: string[] = [HarmBlockThreshold.BLOCK_NONE, HarmBlockThreshold.OFF];

export function assertProductionSafe(settings: SafetySetting[]) {
  for (const setting of settings) {
    // llmsafe-expect-clean: disabled-safety-settings
    if (setting.threshold && FORBIDDEN_IN_PRODUCTION.includes(setting.threshold)) {
      throw new Error(`Safety filter for ${setting.category} is switched off`);
    }
  }
}

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function summarizePaper(text: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-pro",
    contents: text,
    config: {
      systemInstruction: "Summarize the paper for a general audience.",
      safetySettings: RESEARCH_SAFETY_SETTINGS,
    },
  });
  return response.text;
}

export async function tagImage(imageBase64: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: [{ inlineData: { mimeType: "image/png", data: imageBase64 } }, "Return three tags."],
    config: {
      safetySettings: [
        // llmsafe-expect-clean: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT, threshold: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE },
      ],
    },
  });
  return response.text;
}
