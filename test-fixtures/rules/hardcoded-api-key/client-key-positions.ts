// Clients wired up in a hurry: keys pasted straight into the constructor, in shapes no scanner
// knows (a gateway's key, an Azure resource key, a key cut short), next to the usual look-alikes.
// None of these strings is a real credential: they were generated for this fixture.
import OpenAI, { AzureOpenAI } from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { CohereClient } from "cohere-ai";

// llmsafe-expect: hardcoded-api-key
export const gateway = new OpenAI({ apiKey: "sk-HAZt9xslXTTIQrh6bpy0VAq3GZuO2R8U", baseURL: "https://llm-gateway.internal/v1" });

const AZURE_KEY = "c414646a329d2f4da0db1b1fb0c7367b";
// llmsafe-expect: hardcoded-api-key
export const azure = new AzureOpenAI({ apiKey: AZURE_KEY, endpoint: "https://acme.openai.azure.com", apiVersion: "2024-10-21" });

// llmsafe-expect: hardcoded-api-key
export const cohere = new CohereClient({ token: "dreYrmVM1JIJ5iqQt6wukvg6KLYrvadWwbDVrEOd" });

// A local Ollama server behind the OpenAI SDK wants some key, any key.
// llmsafe-expect-clean: hardcoded-api-key
export const local = new OpenAI({ apiKey: "ollama", baseURL: "http://localhost:11434/v1" });

// llmsafe-expect-clean: hardcoded-api-key
export const docsSample = new Anthropic({ apiKey: "not-a-real-key" });

// An alphabet run with a prefix: a placeholder, not a key.
// llmsafe-expect-clean: hardcoded-api-key
export const tutorial = new OpenAI({ apiKey: "sk-abcdefghijklmnopqrstuvwxyz1234567890" });

// A real provider prefix in front of a keyboard run: the prefix is a label, the body a placeholder.
// llmsafe-expect-clean: hardcoded-api-key
export const prefixed = new Anthropic({ apiKey: "sk-ant-api03-abcdef1234567890" });

// llmsafe-expect-clean: hardcoded-api-key
export const elided = new OpenAI({ apiKey: "sk-..." });

// llmsafe-expect-clean: hardcoded-api-key
export const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// A long random-looking string that is not in a key position (a request id in a log line).
// llmsafe-expect-clean: hardcoded-api-key
export const traceId = "q8Vx3LmT0aZr7YpK2nWc5HdJ9sBf4GuE";
