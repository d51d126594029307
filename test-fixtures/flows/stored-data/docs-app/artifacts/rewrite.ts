// artifacts/rewrite.ts: rewrites a saved draft. The draft's text was written by a user (maybe
// another one, or an attacker who shared it): stored content, not the app's instructions.
import { openai } from "@ai-sdk/openai";
import { generateText, streamText } from "ai";
import { currentStyleGuide, getDraftById, latestReleaseNote, saveReleaseNote } from "../lib/db/queries";

export async function rewriteDraft(id: string, request: string) {
  const saved = await getDraftById({ id });
  const { textStream } = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: indirect-prompt-injection
    system: `Improve the following draft. Keep its structure.\n\n${saved.body}`,
    prompt: request,
  });
  return textStream;
}

// Look-alike: the title and the timestamp of the same row were never written from the request.
export async function renameDraft(id: string) {
  const saved = await getDraftById({ id });
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `Suggest a better title than "${saved.title}" for a draft from ${saved.createdAt}.`,
    prompt: "One line.",
  });
  return text;
}

// The model's own summary is saved, and a later request builds its instructions from it.
export async function summariseRelease(changes: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarise these changes: ${changes}` });
  await saveReleaseNote(text);
}

export async function announceRelease() {
  const note = await latestReleaseNote();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: indirect-prompt-injection
    system: `Write the announcement. Facts to use: ${note.summary}`,
    prompt: "Announce it.",
  });
  return text;
}

// Look-alike: a table only the server seeds with its own constants.
export async function polish(text: string) {
  const guide = await currentStyleGuide();
  const out = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `Follow the house style: ${guide.rules}`,
    prompt: text,
  });
  return out.text;
}
