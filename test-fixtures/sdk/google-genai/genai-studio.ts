// app/api/studio/route.ts: the "story studio" (new @google/genai SDK, Gemini 2.5).
import {
  FunctionCallingConfigMode,
  GoogleGenAI,
  HarmBlockThreshold,
  HarmCategory,
  Type,
  type FunctionDeclaration,
} from "@google/genai";
import { unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// llmsafe-expect-clean: hardcoded-api-key, client-exposed-api-key
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const DRAFTS_DIR = path.resolve("drafts");

const STORY_RULES = "You co-write short stories for teenagers. Keep them age-appropriate.";
const GENRES = { mystery: "a cozy mystery", scifi: "hopeful science fiction", fantasy: "light fantasy" } as const;
const Outline = z.object({ title: z.string(), beats: z.array(z.string()).max(12) });

const saveDraftDecl: FunctionDeclaration = {
  name: "save_draft",
  description: "Save the current draft under a file name",
  parameters: {
    type: Type.OBJECT,
    properties: { fileName: { type: Type.STRING }, text: { type: Type.STRING } },
    required: ["fileName", "text"],
  },
};

export async function POST(req: Request) {
  const { idea, genre, narrator } = await req.json();
  const style = GENRES[genre as keyof typeof GENRES] ?? GENRES.mystery;
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: undelimited-prompt-input, system-prompt-injection
    contents: idea,
    config: {
      // llmsafe-expect: system-prompt-injection
      systemInstruction: `${STORY_RULES} Write ${style}. The narrator is ${narrator}.`,
      safetySettings: [
        // llmsafe-expect-clean: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_LOW_AND_ABOVE },
        // Writers complained about refusals in villain scenes.
        // llmsafe-expect: disabled-safety-settings
        { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: HarmBlockThreshold.BLOCK_NONE },
      ],
    },
  });
  return Response.json({ story: response.text });
}

export async function genreOnly(req: Request) {
  const { idea, genre } = await req.json();
  const style = GENRES[genre as keyof typeof GENRES] ?? GENRES.mystery;
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: idea,
    // llmsafe-expect-clean: system-prompt-injection
    config: { systemInstruction: `${STORY_RULES} Write ${style}.` },
  });
  return Response.json({ story: response.text });
}

export async function outline(req: Request) {
  const { idea } = await req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect: undelimited-prompt-input
    contents: `Write a story outline as JSON {"title": string, "beats": string[]} for this idea: ${idea}`,
    config: { responseMimeType: "application/json" },
  });
  // llmsafe-expect: unvalidated-llm-json
  const data = JSON.parse(response.text ?? "{}");
  return Response.json({ title: data.title, beats: data.beats });
}

export async function outlineChecked(req: Request) {
  const { idea } = await req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: undelimited-prompt-input
    contents: [{ role: "user", parts: [{ text: "Write a story outline as JSON." }, { text: idea }] }],
    config: { responseMimeType: "application/json" },
  });
  // llmsafe-expect-clean: unvalidated-llm-json
  const data = Outline.parse(JSON.parse(response.text ?? "{}"));
  return Response.json(data);
}

export async function coWrite(req: Request) {
  const { idea } = await req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-pro",
    contents: idea,
    config: {
      systemInstruction: `${STORY_RULES} Save the draft when the user is happy with it.`,
      tools: [{ functionDeclarations: [saveDraftDecl] }],
      toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.AUTO } },
    },
  });
  for (const call of response.functionCalls ?? []) {
    if (call.name !== "save_draft") continue;
    const { fileName, text } = call.args as { fileName: string; text: string };
    // llmsafe-expect: llm-output-path-traversal
    await writeFile(path.join(DRAFTS_DIR, fileName), text, "utf8");
  }
  return Response.json({ text: response.text });
}

export async function discardDraft(req: Request) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Which draft file should be discarded? Reply with the base name only.",
  });
  const name = path.basename((response.text ?? "").trim());
  // llmsafe-expect-clean: llm-output-path-traversal
  await unlink(path.join(DRAFTS_DIR, `${name}.md`));
  return new Response(null, { status: 204 });
}

export async function chatSession(req: Request) {
  const { history, message } = await req.json();
  const chat = ai.chats.create({
    model: "gemini-2.5-flash",
    // llmsafe-expect: secret-in-prompt
    config: { systemInstruction: `${STORY_RULES} Publishing API key for the save button: ${process.env.PUBLISHER_API_KEY}` },
    history,
  });
  // llmsafe-expect-clean: secret-in-prompt, undelimited-prompt-input
  const reply = await chat.sendMessage({ message });
  return Response.json({ text: reply.text });
}
