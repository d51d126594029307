// server/routers/assistant.ts: the assistant's procedures. The zod schemas check the shape of what
// the client sends, not what it says: a z.string() field is still whatever the caller typed, while
// a z.enum() field can only be one of the app's own values.
import { z } from "zod";
import OpenAI from "openai";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "./trpc";

const openai = new OpenAI();

const askInput = z.object({
  persona: z.string().max(200),
  tone: z.enum(["friendly", "formal", "terse"]),
  question: z.string(),
});

export const assistantRouter = createTRPCRouter({
  ask: protectedProcedure.input(askInput).mutation(async ({ input, ctx }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${input.persona}, assisting the ${ctx.workspace} team.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: input.question },
      ],
    });
    return completion.choices[0].message.content;
  }),

  rephrase: publicProcedure
    .input(z.object({ tone: z.enum(["friendly", "formal", "terse"]), text: z.string().min(1) }))
    .mutation(async ({ input }) => {
      const completion = await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          // llmsafe-expect-clean: system-prompt-injection
          { role: "system", content: `Rewrite the user's text in a ${input.tone} tone.` },
          { role: "user", content: input.text },
        ],
      });
      return completion.choices[0].message.content;
    }),

  greeting: publicProcedure.input(z.string()).query(async ({ input }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `Greet the visitor in ${input}.` },
        { role: "user", content: "Hello!" },
      ],
    });
    return completion.choices[0].message.content;
  }),

  // The context is the server's own (the session's workspace), not the client's.
  summary: protectedProcedure.query(async ({ ctx }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect-clean: system-prompt-injection
        { role: "system", content: `Summarise the week for the ${ctx.workspace} workspace.` },
        { role: "user", content: "What happened this week?" },
      ],
    });
    return completion.choices[0].message.content;
  }),
});
