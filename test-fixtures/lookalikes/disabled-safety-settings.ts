// lookalikes/disabled-safety-settings.ts: "NONE" and "OFF" near Gemini calls (both SDKs and the AI SDK provider).
import { GoogleGenAI, HarmBlockThreshold, HarmCategory, FunctionCallingConfigMode } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { generateText } from "ai";
import { google } from "@ai-sdk/google";

const ai = new GoogleGenAI({});
const legacy = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);

// ---- look dangerous, are safe -------------------------------------------------------------

export const FEATURE_FLAGS = [
  // llmsafe-expect-clean: disabled-safety-settings
  { name: "ai-suggestions", rollout: 0.2, threshold: "OFF" },
  // Engine: any threshold: "BLOCK_NONE" string is flagged, even in an object with no safety category (threshold: "OFF" above is not).
  // llmsafe-expect-clean: disabled-safety-settings
  { name: "ai-summaries", rollout: 1, threshold: "BLOCK_NONE" },
];

export const ALERTS = {
  // llmsafe-expect-clean: disabled-safety-settings
  latency: { metric: "p95_ms", threshold: "OFF" },
};

export async function noTools(text: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    config: {
      // llmsafe-expect-clean: disabled-safety-settings
      toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.NONE } },
      // llmsafe-expect-clean: disabled-safety-settings
      thinkingConfig: { thinkingBudget: 0 },
      safetySettings: [
        // llmsafe-expect-clean: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE },
      ],
    },
  });
  return response.text;
}

export function auditSettings(settings: { category: string; threshold: string }[]) {
  // llmsafe-expect-clean: disabled-safety-settings
  return settings.filter((s) => s.threshold === "BLOCK_NONE" || s.threshold === HarmBlockThreshold.OFF);
}

// ---- look safe, are dangerous -------------------------------------------------------------

const PERMISSIVE = HarmBlockThreshold.BLOCK_NONE;

export async function viaConstant(text: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    config: {
      // llmsafe-expect: disabled-safety-settings
      safetySettings: [{ category: HarmCategory.HARM_CATEGORY_HATE_SPEECH, threshold: PERMISSIVE }],
    },
  });
  return response.text;
}

export async function everyCategory(text: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    config: {
      safetySettings: Object.values(HarmCategory).map((category) => ({
        category,
        // llmsafe-expect: disabled-safety-settings
        threshold: HarmBlockThreshold.OFF,
      })),
    },
  });
  return response.text;
}

export async function envWithDefault(text: string) {
  const model = legacy.getGenerativeModel({
    model: "gemini-1.5-flash",
    safetySettings: [
      // With the variable unset, the filter is off.
      // llmsafe-expect: disabled-safety-settings
      { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: (process.env.GEMINI_THRESHOLD ?? "BLOCK_NONE") as HarmBlockThreshold },
    ],
  });
  return (await model.generateContent(text)).response.text();
}

export async function envWithSafeDefault(text: string, mode: string) {
  const model = legacy.getGenerativeModel({
    model: "gemini-1.5-flash",
    safetySettings: [
      // The fallback is a real threshold.
      // llmsafe-expect-clean: disabled-safety-settings
      { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: (process.env.GEMINI_THRESHOLD ?? "BLOCK_MEDIUM_AND_ABOVE") as HarmBlockThreshold },
      // BLOCK_NONE appears only in the test: both outcomes block.
      // llmsafe-expect-clean: disabled-safety-settings
      { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: mode === "BLOCK_NONE" ? HarmBlockThreshold.BLOCK_ONLY_HIGH : HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE },
    ],
  });
  return (await model.generateContent(text)).response.text();
}

export async function aiSdkProvider(text: string) {
  const { text: out } = await generateText({
    model: google("gemini-2.5-flash"),
    prompt: text,
    providerOptions: {
      google: {
        // llmsafe-expect: disabled-safety-settings
        safetySettings: [{ category: "HARM_CATEGORY_SEXUALLY_EXPLICIT", threshold: "OFF" }],
      },
    },
  });
  return out;
}

export async function providerDefault(text: string) {
  const model = google("gemini-2.5-flash", {
    // llmsafe-expect: disabled-safety-settings
    safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }],
  });
  const { text: out } = await generateText({ model, prompt: text });
  return out;
}

export async function computedMember(text: string) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    config: {
      safetySettings: [
        // llmsafe-expect: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold["BLOCK_NONE"] },
        // llmsafe-expect-clean: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HATE_SPEECH, threshold: HarmBlockThreshold["BLOCK_ONLY_HIGH"] },
      ],
    },
  });
  return response.text;
}
