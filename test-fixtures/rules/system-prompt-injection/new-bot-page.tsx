// app/bots/new/page.tsx: create a bot and preview its first answer (server actions).
import { generateText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { redirect } from "next/navigation";

const PREVIEW_QUESTION = "Introduce yourself in two sentences.";

export default function NewBotPage() {
  async function previewBot(formData: FormData) {
    "use server";
    const persona = String(formData.get("persona") ?? "");
    const { text } = await generateText({
      model: anthropic("claude-haiku-4-5"),
      // llmsafe-expect: system-prompt-injection
      system: persona,
      prompt: PREVIEW_QUESTION,
    });
    redirect(`/bots/preview?text=${encodeURIComponent(text)}`);
  }

  async function previewWithTone(formData: FormData) {
    "use server";
    const tone = formData.get("tone");
    if (tone !== "formal" && tone !== "casual") {
      throw new Error("Pick a tone from the list");
    }
    const sample = String(formData.get("sample") ?? "");
    const { text } = await generateText({
      model: anthropic("claude-haiku-4-5"),
      // llmsafe-expect-clean: system-prompt-injection
      system: `You rewrite customer emails in a ${tone} tone.`,
      // llmsafe-expect-clean: system-prompt-injection
      prompt: sample,
    });
    redirect(`/bots/preview?text=${encodeURIComponent(text)}`);
  }

  async function previewWithName(formData: FormData) {
    "use server";
    const { botName, greeting } = Object.fromEntries(formData) as Record<string, string>;
    const system = `Your name is ${botName}. Greet people with: "${greeting}"`;
    const { text } = await generateText({
      model: anthropic("claude-haiku-4-5"),
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: system },
        { role: "user", content: PREVIEW_QUESTION },
      ],
    });
    redirect(`/bots/preview?text=${encodeURIComponent(text)}`);
  }

  return (
    <main>
      <h1>New bot</h1>
      <form action={previewBot}>
        <textarea name="persona" placeholder="Describe your bot" />
        <button type="submit">Preview</button>
      </form>
      <form action={previewWithTone}>
        <select name="tone">
          <option value="formal">Formal</option>
          <option value="casual">Casual</option>
        </select>
        <textarea name="sample" />
        <button type="submit">Preview</button>
      </form>
      <form action={previewWithName}>
        <input name="botName" />
        <input name="greeting" />
        <button type="submit">Preview</button>
      </form>
    </main>
  );
}
