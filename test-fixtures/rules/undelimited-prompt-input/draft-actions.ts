"use server";
// app/compose/actions.ts: server actions behind the email composer.
import OpenAI from "openai";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const client = new OpenAI();
const COMPOSER_RULES = "You help people write clear, friendly emails.";

export async function polishDraft(formData: FormData) {
  const draft = formData.get("draft") as string;
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Fix the grammar in this email and keep the tone:\n\n" + draft,
  });
  return text;
}

export async function polishDraftInEnglish(formData: FormData) {
  const draft = formData.get("draft") as string;
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: COMPOSER_RULES,
    // llmsafe-expect: undelimited-prompt-input
    prompt: draft + "\n\nRewrite the email above in English, whatever language it is in.",
  });
  return text;
}

export async function replyTo(formData: FormData) {
  const original = String(formData.get("original"));
  const intent = String(formData.get("intent"));
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    { role: "system", content: COMPOSER_RULES },
  ];
  // llmsafe-expect-clean: undelimited-prompt-input
  messages.push({ role: "user", content: original });
  // llmsafe-expect: undelimited-prompt-input
  messages.push({ role: "user", content: `Write my reply. I want to ${intent}. Keep it under 120 words.` });

  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
  return completion.choices[0].message.content;
}

export async function subjectLine(formData: FormData) {
  const { draft } = Object.fromEntries(formData) as { draft: string };
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    messages: [
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "system", content: "Suggest a subject line for the email the user sends. Reply with the subject only." },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: draft },
    ],
  });
  return text;
}

export async function signature(formData: FormData) {
  const jobTitle = String(formData.get("jobTitle"));
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: system-prompt-injection
    // llmsafe-expect-clean: undelimited-prompt-input
    system: `${COMPOSER_RULES} The user is a ${jobTitle}; match their vocabulary.`,
    prompt: "Write an email signature with a short sign-off.",
  });
  return text;
}
