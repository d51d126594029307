// src/pages/api/chat.ts: an Astro endpoint.
import type { APIRoute } from "astro";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const ROLES = ["tutor", "editor"] as const;

export const POST: APIRoute = async ({ request, params, url }) => {
  const { role, question } = await request.json();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `Act as a ${role} for course ${params.course}.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: question,
  });
  return new Response(JSON.stringify({ text }));
};

export const GET: APIRoute = async ({ url }) => {
  const topic = url.searchParams.get("topic") ?? "";
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `You only discuss ${topic}.`,
    prompt: "Introduce yourself.",
  });
  const role = url.searchParams.get("role");
  const picked = ROLES.find((r) => r === role) ?? "tutor";
  const { text: intro } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: "You are a helpful course assistant.",
    // llmsafe-expect-clean: system-prompt-injection
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Introduce yourself as a ${picked} and mention ${topic}.`,
  });
  return new Response(JSON.stringify({ text, intro }));
};
