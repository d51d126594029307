// An AI SDK deployment assistant: a tool's result goes back into the model's context.
import { openai } from "@ai-sdk/openai";
import { generateText, tool } from "ai";
import { z } from "zod";

const DEPLOY_TOKEN = process.env.VERCEL_DEPLOY_TOKEN;

export async function planDeploy(question: string) {
  return generateText({
    model: openai("gpt-4o"),
    prompt: question,
    tools: {
      deployConfig: tool({
        description: "The deployment settings the assistant may explain",
        inputSchema: z.object({ project: z.string() }),
        execute: async ({ project }) => ({
          project,
          region: process.env.VERCEL_REGION ?? "iad1",
          // llmsafe-expect: secret-in-prompt
          token: DEPLOY_TOKEN,
        }),
      }),
      deployStatus: tool({
        description: "Whether deploys are configured",
        inputSchema: z.object({}),
        execute: async () => ({
          // llmsafe-expect-clean: secret-in-prompt
          configured: DEPLOY_TOKEN !== undefined && DEPLOY_TOKEN.length > 0,
        }),
      }),
    },
  });
}
