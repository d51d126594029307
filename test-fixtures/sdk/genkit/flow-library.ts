// src/flows.ts: flows defined apart from the server that serves them (flow-server.ts).
import { googleAI } from "@genkit-ai/google-genai";
import { genkit, z } from "genkit";

export const ai = genkit({ plugins: [googleAI()], model: googleAI.model("gemini-2.5-flash") });

export const styleFlow = ai.defineFlow(
  { name: "style", inputSchema: z.object({ houseStyle: z.string(), draft: z.string() }) },
  async (input) => {
    const { text } = await ai.generate({
      system: `Rewrite drafts in this house style: ${input.houseStyle}`,
      prompt: input.draft,
    });
    return text;
  },
);

export const titleFlow = ai.defineFlow({ name: "title", inputSchema: z.object({ draft: z.string() }) }, async (input) => {
  const { text } = await ai.generate({ system: "Suggest one title.", prompt: input.draft });
  return text;
});
