// src/routes/assistant/+page.server.ts: SvelteKit form actions for the assistant settings page.
import type { Actions } from "./$types";
import { fail } from "@sveltejs/kit";
import OpenAI from "openai";

const client = new OpenAI();
const SUPPORT_PROMPT = "You are the support assistant for Acme Cloud.";

export const actions = {
  default: async ({ request }) => {
    const data = await request.formData();
    const instructions = data.get("instructions");
    const question = data.get("question");
    const completion = await client.chat.completions.create({
      model: "gpt-4o",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `${SUPPORT_PROMPT} ${instructions}` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: String(question) },
      ],
    });
    return { answer: completion.choices[0].message.content };
  },
  reset: async ({ request, cookies }) => {
    const data = await request.formData();
    if (!data.get("confirm")) return fail(400, { missing: true });
    const completion = await client.chat.completions.create({
      model: "gpt-4o",
      messages: [
        // llmsafe-expect-clean: system-prompt-injection
        { role: "system", content: SUPPORT_PROMPT },
        { role: "user", content: "Summarise the reset policy." },
      ],
    });
    return { answer: completion.choices[0].message.content };
  },
} satisfies Actions;
