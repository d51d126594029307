// Gemini through the Vercel AI SDK and through LangChain, as used by the lyrics and game-master features.
import { generateText, streamText } from "ai";
import { google } from "@ai-sdk/google";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import { HarmBlockThreshold, HarmCategory } from "@google/generative-ai";

export async function writeLyrics(theme) {
  const { text } = await generateText({
    model: google("gemini-2.5-flash"),
    system: "You write song lyrics in the style the user asks for.",
    prompt: theme,
    providerOptions: {
      google: {
        safetySettings: [
          // llmsafe-expect: disabled-safety-settings
          { category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" },
          // llmsafe-expect: disabled-safety-settings
          { category: "HARM_CATEGORY_HATE_SPEECH", threshold: "OFF" },
          // llmsafe-expect-clean: disabled-safety-settings
          { category: "HARM_CATEGORY_DANGEROUS_CONTENT", threshold: "BLOCK_ONLY_HIGH" },
        ],
      },
    },
  });
  return text;
}

export function narrate(scene) {
  return streamText({
    model: google("gemini-2.5-flash"),
    system: "You are the game master of a fantasy adventure.",
    prompt: scene,
    providerOptions: {
      google: {
        safetySettings: [
          // llmsafe-expect-clean: disabled-safety-settings
          { category: "HARM_CATEGORY_DANGEROUS_CONTENT", threshold: "BLOCK_MEDIUM_AND_ABOVE" },
        ],
      },
    },
    // llmsafe-expect-clean: disabled-safety-settings
    experimental_telemetry: { isEnabled: false, functionId: "narrate", metadata: { mode: "OFF" } },
  });
}

const gameMaster = new ChatGoogleGenerativeAI({
  model: "gemini-2.0-flash",
  safetySettings: [
    {
      category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
      // llmsafe-expect: disabled-safety-settings
      threshold: HarmBlockThreshold.BLOCK_NONE,
    },
  ],
});

const narrator = new ChatGoogleGenerativeAI({
  model: "gemini-2.0-flash",
  safetySettings: [
    {
      category: HarmCategory.HARM_CATEGORY_HARASSMENT,
      // llmsafe-expect-clean: disabled-safety-settings
      threshold: HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
    },
  ],
});

export async function rollEncounter(party) {
  const reply = await gameMaster.invoke([
    ["system", "Invent a random encounter for the party."],
    ["human", party],
  ]);
  return reply.content;
}

export async function describeRoom(room) {
  const reply = await narrator.invoke(room);
  return reply.content;
}

export const FEATURE_FLAGS = {
  // llmsafe-expect-clean: disabled-safety-settings
  lyricsProfanityMask: { mode: "OFF", rollout: 0 },
  retrieval: { scoreThreshold: 0.2 },
};

export const SAFETY_POLICY_NOTE =
  // llmsafe-expect-clean: disabled-safety-settings
  "Never ship a Gemini model with threshold BLOCK_NONE or OFF; use BLOCK_ONLY_HIGH at least.";
