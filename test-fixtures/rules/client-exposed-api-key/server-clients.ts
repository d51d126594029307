// Server-side clients (route handlers, an Astro endpoint) and the leftover client module of the
// old Create React App build. Values read from a public env prefix are inlined into browser bundles.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";

const openai = new OpenAI({
  // llmsafe-expect-clean: client-exposed-api-key
  apiKey: process.env.OPENAI_API_KEY,
  // llmsafe-expect-clean: client-exposed-api-key
  dangerouslyAllowBrowser: false,
});

// llmsafe-expect-clean: client-exposed-api-key
const anthropic = new Anthropic();

// llmsafe-expect-clean: client-exposed-api-key
const gemini = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

// The key was renamed with a public prefix "so the widget can use it too": now it ships in the bundle.
const provider = createOpenAI({
  // llmsafe-expect: client-exposed-api-key
  apiKey: process.env.NEXT_PUBLIC_OPENAI_KEY,
});

// app/api/chat/route.ts
export async function POST(req: Request) {
  const { message } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: client-exposed-api-key
      { role: "system", content: `You are the assistant of ${process.env.NEXT_PUBLIC_APP_NAME}.` },
      { role: "user", content: message },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

// app/api/summary/route.ts
export async function summary(req: Request) {
  const { text } = await req.json();
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    system: "Summarize the text the user sends.",
    messages: [{ role: "user", content: text }],
  });
  return Response.json({ summary: msg.content });
}

// app/api/title/route.ts
export async function title(req: Request) {
  const { text } = await req.json();
  const { text: suggestion } = await generateText({
    model: provider("gpt-4o-mini"),
    system: "Suggest a title for the text the user sends.",
    prompt: text,
  });
  return Response.json({ title: suggestion });
}

// src/pages/api/caption.ts (Astro endpoint)
export async function astroCaption({ request }: { request: Request }) {
  const { imageUrl } = await request.json();
  const astroClient = new GoogleGenAI({
    // llmsafe-expect: client-exposed-api-key
    apiKey: import.meta.env.PUBLIC_GEMINI_API_KEY,
  });
  const response = await astroClient.models.generateContent({
    model: "gemini-2.5-flash",
    contents: [{ fileData: { fileUri: imageUrl, mimeType: "image/jpeg" } }, "Caption this image."],
  });
  return Response.json({ caption: response.text });
}

// app/api/tags/route.ts
export async function tags(req: Request) {
  const { text } = await req.json();
  const response = await gemini.models.generateContent({
    model: "gemini-2.5-flash",
    contents: text,
    config: { systemInstruction: "Return five comma-separated tags for the text." },
  });
  return Response.json({ tags: response.text });
}

// src/api/openai.js of the old Create React App build
// llmsafe-expect: client-exposed-api-key
const craKey = process.env.REACT_APP_OPENAI_API_KEY;
export const craProvider = createOpenAI({ apiKey: craKey });
