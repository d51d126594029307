import OpenAI from "openai";

const client = new OpenAI();

export async function suggestCommand(task: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Shell command for: ${task}` }] });
  return r.choices[0].message.content ?? "";
}
