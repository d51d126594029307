// src/routes/chat.tsx: SolidStart server functions ("use server" inside action() and query()).
import { action, query, createAsync } from "@solidjs/router";
import OpenAI from "openai";

const openai = new OpenAI();
const TONES = ["warm", "neutral"] as const;

export const sendMessage = action(async (formData: FormData) => {
  "use server";
  const persona = String(formData.get("persona") ?? "");
  const question = String(formData.get("question") ?? "");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}, "sendMessage");

const getIntro = query(async (topic: string) => {
  "use server";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Introduce ${topic} to a beginner.` },
      { role: "user", content: "Start." },
    ],
  });
  return completion.choices[0].message.content;
}, "intro");

// Runs in the browser (no "use server"): its argument is the page's own constant.
const describeTone = async (tone: (typeof TONES)[number]) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Describe a ${tone} tone.` },
      { role: "user", content: "Describe." },
    ],
  });
  return completion.choices[0].message.content;
};

export default function Chat() {
  const intro = createAsync(() => getIntro("prompt engineering"));
  void describeTone("warm");
  return (
    <form action={sendMessage} method="post">
      <p>{intro()}</p>
      <input name="persona" />
      <input name="question" />
    </form>
  );
}
