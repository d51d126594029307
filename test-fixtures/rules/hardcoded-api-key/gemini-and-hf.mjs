// scripts/caption-images.mjs: captions product photos with Gemini, tags them with a Hugging Face model.
import { GoogleGenAI } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { InferenceClient } from "@huggingface/inference";

const ai = new GoogleGenAI({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "AIzaFAKE_fake-0123456789FAKE_fake-01234",
});

// llmsafe-expect: hardcoded-api-key
const genAI = new GoogleGenerativeAI("AIzaSyFAKEgeminiKEYfixtureSyFAKEgeminiK");

// llmsafe-expect-clean: hardcoded-api-key
const google = createGoogleGenerativeAI({ apiKey: process.env.GOOGLE_GENERATIVE_AI_API_KEY });

// llmsafe-expect: hardcoded-api-key
const hf = new InferenceClient("hf_FAKEfakeHuggingFaceTokenFAKEfakeHu");

export async function tagImage(imageUrl) {
  const res = await fetch("https://api-inference.huggingface.co/models/acme/product-tagger", {
    method: "POST",
    headers: {
      // llmsafe-expect: hardcoded-api-key
      Authorization: "Bearer api_org_FAKEfakeOrgTokenFAKEfakeOrgTokenFA",
      "content-type": "application/json",
    },
    body: JSON.stringify({ inputs: imageUrl }),
  });
  return res.json();
}

export async function caption(imageBase64) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: [{ inlineData: { mimeType: "image/jpeg", data: imageBase64 } }, "Write a one-line caption."],
  });
  return response.text;
}

export const CONFIG_TEMPLATE = {
  // llmsafe-expect-clean: hardcoded-api-key
  geminiKey: "AIza...",
  // llmsafe-expect-clean: hardcoded-api-key
  huggingFaceToken: "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  // llmsafe-expect-clean: hardcoded-api-key
  hfModel: "hf_internal/product-tagger",
};

export function isHuggingFaceToken(value) {
  // llmsafe-expect-clean: hardcoded-api-key
  return value.startsWith("hf_") || value.startsWith("api_org_");
}

// llmsafe-expect-clean: hardcoded-api-key
export const DATASET_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

export { genAI, google, hf };
