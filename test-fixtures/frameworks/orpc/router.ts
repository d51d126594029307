// An oRPC router: `os.input(schema).handler(({ input, context }) => ...)`.
import { os } from "@orpc/server";
import * as z from "zod";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export const translate = os
  .input(z.object({ targetLanguage: z.string(), register: z.literal("formal"), text: z.string() }))
  .handler(async ({ input }) => {
    const message = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      // llmsafe-expect: system-prompt-injection
      system: `Translate into ${input.targetLanguage}.`,
      messages: [{ role: "user", content: input.text }],
    });
    const again = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      // llmsafe-expect-clean: system-prompt-injection
      system: `Use a ${input.register} register.`,
      messages: [{ role: "user", content: input.text }],
    });
    return [message.content, again.content];
  });

const Plan = z.enum(["free", "pro"]);

export const upsell = os.input(Plan).handler(async ({ input }) => {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    // llmsafe-expect-clean: system-prompt-injection
    system: `The customer is on the ${input} plan; suggest one feature of the next plan up.`,
    messages: [{ role: "user", content: "What should I try next?" }],
  });
  return message.content;
});

export const router = { translate, upsell };
