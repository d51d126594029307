// A client handed in by the caller (its type only imported), its completions API kept in a variable.
import type OpenAI from "openai";
import { exec } from "node:child_process";

export async function runSuggested(openai: OpenAI, task: string) {
  const chat = openai.chat.completions;
  const r = await chat.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Shell command for: ${task}` }] });
  // llmsafe-expect: llm-output-command-injection
  exec(r.choices[0].message.content ?? "");
}
