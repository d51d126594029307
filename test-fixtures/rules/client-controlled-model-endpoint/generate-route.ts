// app/api/generate/route.ts: the client sends its model settings with every request.
import { generateText } from "ai";
import { modelFor, type ModelSettings } from "./lib/model-factory";

export async function POST(req: Request) {
  const { settings, prompt }: { settings: ModelSettings; prompt: string } = await req.json();
  // llmsafe-expect: client-controlled-model-endpoint
  const model = modelFor(settings);
  const { text } = await generateText({ model, prompt });
  return Response.json({ text });
}

export async function PUT(req: Request) {
  const { prompt } = await req.json();
  // Settings fixed by the server: no request data reaches the factory's endpoints.
  // llmsafe-expect-clean: client-controlled-model-endpoint
  const model = modelFor({ provider: "openai", model: "gpt-4o-mini" });
  const { text } = await generateText({ model, prompt });
  return Response.json({ text });
}
