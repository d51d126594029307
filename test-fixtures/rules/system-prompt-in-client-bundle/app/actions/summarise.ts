"use server";
// app/actions/summarise.ts: a server action; its module never ships to the browser.
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summariseNotes(notes: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-in-client-bundle
    system: "Summarise meeting notes as three bullet points, then list owners and due dates for every action item.",
    prompt: notes,
  });
  return text;
}
