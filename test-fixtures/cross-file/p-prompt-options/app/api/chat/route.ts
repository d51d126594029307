// app/api/chat/route.ts: the client sends the question, the history and which template it uses.
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { toSystemPrompt, toUserMessages, type PromptOptions } from "../../../lib/prompt";

const TEMPLATES = {
  nextjs: { name: "Next.js", instructions: "Use the app router. Write TypeScript." },
  vue: { name: "Vue", instructions: "Use the composition API." },
};

export async function POST(req: Request) {
  const { question, history, templateId } = await req.json();
  const template = templateId === "vue" ? TEMPLATES.vue : TEMPLATES.nextjs;
  const options: PromptOptions = { template, question, history };

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // The question is a field the system prompt does not use.
    // llmsafe-expect-clean: system-prompt-injection
    system: toSystemPrompt(options),
    // llmsafe-expect: system-prompt-injection
    messages: toUserMessages(options),
  });
  return result.toTextStreamResponse();
}

export async function PUT(req: Request) {
  // Here the client sends the whole template, instructions included.
  const { question, history, template } = await req.json();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    system: toSystemPrompt({ template, question, history }),
    // llmsafe-expect: system-prompt-injection
    messages: toUserMessages({ template, question, history }),
  });
  return result.toTextStreamResponse();
}
