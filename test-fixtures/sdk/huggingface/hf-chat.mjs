// server/hf.mjs: open-weights models through Hugging Face Inference Providers (ESM, Fastify).
import Fastify from "fastify";
import { HfInference, InferenceClient, chatCompletion } from "@huggingface/inference";
import { writeFile } from "node:fs/promises";

const fastify = Fastify();
const hf = new InferenceClient(process.env.HF_TOKEN);
// Kept for the embeddings job, which still uses the v2 class.
const legacy = new HfInference(process.env.HF_TOKEN);
const GUIDE = "You are the Acme recipe assistant. Suggest dishes from the pantry list only.";

fastify.post("/recipes", async (request) => {
  const out = await hf.chatCompletion({
    model: "meta-llama/Llama-3.1-8B-Instruct",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: GUIDE + " Dietary notes: " + request.body.diet },
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      { role: "user", content: request.body.pantry },
    ],
  });
  return { text: out.choices[0].message.content };
});

fastify.post("/recipes/stream", async (request, reply) => {
  const stream = hf.chatCompletionStream({
    model: "meta-llama/Llama-3.1-8B-Instruct",
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "system", content: GUIDE }, { role: "user", content: request.body.pantry }],
  });
  for await (const chunk of stream) reply.raw.write(chunk.choices[0]?.delta?.content ?? "");
  reply.raw.end();
});

fastify.post("/complete", async (request) => {
  const out = await legacy.textGeneration({
    model: "mistralai/Mistral-7B-Instruct-v0.3",
    // llmsafe-expect: undelimited-prompt-input
    inputs: "Write a shopping list for this recipe: " + request.body.recipe,
  });
  return { text: out.generated_text };
});

fastify.post("/complete/v2", async (request) => {
  const out = await legacy.textGeneration({
    model: "mistralai/Mistral-7B-Instruct-v0.3",
    // llmsafe-expect-clean: undelimited-prompt-input
    inputs: `Write a shopping list for the recipe between <recipe> tags.\n<recipe>\n${request.body.recipe}\n</recipe>`,
  });
  return { text: out.generated_text };
});

fastify.post("/save", async (request) => {
  const out = await chatCompletion({
    accessToken: process.env.HF_TOKEN,
    model: "Qwen/Qwen2.5-7B-Instruct",
    // llmsafe-expect: undelimited-prompt-input
    messages: [{ role: "user", content: `Suggest a file name for this recipe: ${request.body.title}` }],
  });
  // llmsafe-expect: llm-output-path-traversal
  await writeFile(`recipes/${out.choices[0].message.content}`, request.body.recipe);
  return { ok: true };
});

export default fastify;
