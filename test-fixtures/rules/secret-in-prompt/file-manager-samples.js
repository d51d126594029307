// Samples that upload media with a file-manager client built from the API key, then ask the
// model about the uploaded file: the key configures the clients, it is never in their results.
import { GoogleGenerativeAI } from "@google/generative-ai";
import { GoogleAIFileManager, GoogleAICacheManager } from "@google/generative-ai/server";
import { MediaStore } from "@acme/media-store";
import { dirname } from "path";
import { fileURLToPath } from "url";

const __dirname = dirname(fileURLToPath(import.meta.url));
const mediaPath = __dirname + "/media";

export async function describeImage() {
  const fileManager = new GoogleAIFileManager(process.env.API_KEY);
  const uploadResult = await fileManager.uploadFile(`${mediaPath}/jetpack.jpg`, { mimeType: "image/jpeg", displayName: "Jetpack drawing" });
  let file = await fileManager.getFile(uploadResult.file.name);
  const genAI = new GoogleGenerativeAI(process.env.API_KEY);
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const result = await model.generateContent([
    "Tell me about this image.",
    // llmsafe-expect-clean: secret-in-prompt
    { fileData: { fileUri: uploadResult.file.uri, mimeType: file.mimeType } },
  ]);
  return result.response.text();
}

export async function chatAboutVideo() {
  // A client of a package with no model row: constructing it with the key does not put the key in what it returns.
  const store = new MediaStore({ apiKey: process.env.MEDIA_STORE_API_KEY, region: "eu" });
  const video = await store.upload(`${mediaPath}/Big_Buck_Bunny.mp4`);
  const cacheManager = new GoogleAICacheManager(process.env.API_KEY);
  const cache = await cacheManager.create({ model: "models/gemini-1.5-flash-001", contents: [{ role: "user", parts: [{ text: "intro" }] }] });
  const genAI = new GoogleGenerativeAI(process.env.API_KEY);
  const model = genAI.getGenerativeModelFromCachedContent(cache);
  const chat = model.startChat();
  // llmsafe-expect-clean: secret-in-prompt
  const reply = await chat.sendMessage(`Summarise the video at ${video.url} (cache ${cache.name}).`);
  return reply.response.text();
}

// ---- the key itself in the prompt -----------------------------------------------------------

export async function debugUpload() {
  const genAI = new GoogleGenerativeAI(process.env.API_KEY);
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const signed = new URL(`https://media.acme.dev/upload?key=${process.env.MEDIA_STORE_API_KEY}`);
  // llmsafe-expect: secret-in-prompt
  const first = await model.generateContent(`Why does this upload URL fail? ${signed.href}`);
  // llmsafe-expect: secret-in-prompt
  const second = await model.generateContent(`Check this key for typos: ${process.env.API_KEY}`);
  return [first.response.text(), second.response.text()];
}
