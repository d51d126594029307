// lib/tools/request-edits.ts: a server-side tool; `document` here is a row of the documents table.
import { streamText, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { getDocumentById } from "../db";

export const requestEdits = tool({
  description: "Request writing suggestions for a saved document.",
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    const document = await getDocumentById(id);
    if (!document) return { error: "not found" };
    const result = streamText({
      model: openai("gpt-4o-mini"),
      // llmsafe-expect-clean: system-prompt-in-client-bundle
      system: "You are a writing assistant. Given a piece of writing, offer up to five suggestions that improve it, each with the sentence it replaces.",
      prompt: document.content,
    });
    return { title: document.title, suggestions: await result.text };
  },
});
