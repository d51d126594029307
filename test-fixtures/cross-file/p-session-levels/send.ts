// backend/src/send.ts: one place that talks to the model; callers bring the whole history.
import OpenAI from "openai";

const openai = new OpenAI();
export type Turn = { role: "system" | "user" | "assistant"; content: string };

export async function sendTurns(turns: Turn[]) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: turns });
  return completion.choices[0].message.content ?? "";
}
