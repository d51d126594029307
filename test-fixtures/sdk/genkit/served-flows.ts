// src/index.ts: Genkit flows served as HTTP endpoints with @genkit-ai/express.
import { googleAI } from "@genkit-ai/google-genai";
import { expressHandler } from "@genkit-ai/express";
import express from "express";
import { genkit, z } from "genkit";

const ai = genkit({ plugins: [googleAI()], model: googleAI.model("gemini-2.5-flash") });
const RULES = "You are Acme's travel concierge. Only discuss trips booked with Acme.";

export const conciergeFlow = ai.defineFlow(
  {
    name: "concierge",
    inputSchema: z.object({ travellerNotes: z.string(), question: z.string() }),
    outputSchema: z.string(),
  },
  async (input) => {
    const { text } = await ai.generate({
      // llmsafe-expect: system-prompt-injection
      system: `${RULES}\nNotes about the traveller: ${input.travellerNotes}`,
      // llmsafe-expect-clean: system-prompt-injection
      prompt: input.question,
    });
    return text;
  },
);

export const packingFlow = ai.defineFlow(
  { name: "packing", inputSchema: z.object({ destination: z.string() }), outputSchema: z.string() },
  async ({ destination }) => {
    const { text } = await ai.generate({
      // llmsafe-expect-clean: system-prompt-injection
      system: RULES,
      // An instruction with the client's text spliced in: the prompt, not the system prompt.
      // llmsafe-expect-clean: system-prompt-injection
      // llmsafe-expect: undelimited-prompt-input
      prompt: `Write a packing list for a trip to ${destination}.`,
    });
    return text;
  },
);

// Only the app calls this one, with its own text: it is not served.
const digestFlow = ai.defineFlow({ name: "digest", inputSchema: z.string() }, async (topic) => {
  const { text } = await ai.generate({
    // llmsafe-expect-clean: system-prompt-injection
    system: `${RULES}\nWrite today's digest about ${topic}.`,
    prompt: "Three bullet points.",
  });
  return text;
});

const app = express();
app.use(express.json());
app.post("/concierge", expressHandler(conciergeFlow));
app.post("/packing", expressHandler(packingFlow));
app.get("/digest", async (_req, res) => res.json({ text: await digestFlow("rail strikes") }));
app.listen(3400);
