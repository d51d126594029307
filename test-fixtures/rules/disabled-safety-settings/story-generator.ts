// app/api/story/route.ts: the horror-story generator. Someone turned the filters off because
// Gemini kept refusing to write about ghosts.
import {
  FunctionCallingConfigMode,
  GoogleGenAI,
  HarmBlockMethod,
  HarmBlockThreshold,
  HarmCategory,
} from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function POST(req: Request) {
  const { premise } = await req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: premise,
    config: {
      systemInstruction: "You write short horror stories for teenagers. No gore.",
      safetySettings: [
        {
          category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
          // llmsafe-expect: disabled-safety-settings
          threshold: HarmBlockThreshold.BLOCK_NONE,
        },
        {
          category: HarmCategory.HARM_CATEGORY_HARASSMENT,
          // llmsafe-expect: disabled-safety-settings
          threshold: HarmBlockThreshold.OFF,
        },
        {
          category: HarmCategory.HARM_CATEGORY_HATE_SPEECH,
          // llmsafe-expect-clean: disabled-safety-settings
          threshold: HarmBlockThreshold.BLOCK_ONLY_HIGH,
        },
        {
          category: HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
          // llmsafe-expect-clean: disabled-safety-settings
          threshold: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE,
          // llmsafe-expect-clean: disabled-safety-settings
          method: HarmBlockMethod.SEVERITY,
        },
      ],
    },
  });
  return Response.json({ story: response.text });
}

export async function continueStory(req: Request) {
  const { storySoFar } = await req.json();
  const chat = ai.chats.create({
    model: "gemini-2.5-flash",
    config: {
      safetySettings: [
        // llmsafe-expect: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: "BLOCK_NONE" },
        // llmsafe-expect: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: "OFF" },
        // llmsafe-expect-clean: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HATE_SPEECH, threshold: "BLOCK_MEDIUM_AND_ABOVE" },
      ],
      toolConfig: {
        // llmsafe-expect-clean: disabled-safety-settings
        functionCallingConfig: { mode: FunctionCallingConfigMode.NONE },
      },
    },
  });
  const reply = await chat.sendMessage({ message: storySoFar });
  return Response.json({ story: reply.text });
}

export async function storyTitle(req: Request) {
  const { story } = await req.json();
  const response = await ai.models.generateContentStream({
    model: "gemini-2.5-flash",
    contents: story,
    config: {
      systemInstruction: "Suggest a title for the story the user sends.",
      safetySettings: [HarmCategory.HARM_CATEGORY_HARASSMENT, HarmCategory.HARM_CATEGORY_HATE_SPEECH].map(
        (category) => ({
          category,
          // llmsafe-expect: disabled-safety-settings
          threshold: HarmBlockThreshold.BLOCK_NONE,
        }),
      ),
      // llmsafe-expect-clean: disabled-safety-settings
      thinkingConfig: { thinkingBudget: 0 },
    },
  });
  let title = "";
  for await (const chunk of response) title += chunk.text ?? "";
  return Response.json({ title });
}
