// app/routes/notes.tsx: a Remix route. The action runs on the server and is stripped from the
// client bundle; the component (with its state) is what the browser gets.
import { useState } from "react";
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: system-prompt-in-client-bundle
    system: "Rewrite the note as a short, friendly reminder. Keep every date and amount exactly as written.",
    prompt: String(form.get("note") ?? ""),
  });
  return json({ text });
}

export default function Notes() {
  const [open, setOpen] = useState(false);
  return null;
}
