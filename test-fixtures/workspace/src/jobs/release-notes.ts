// src/jobs/release-notes.ts: nightly job that asks the model for release notes and tags the release.
import OpenAI from "openai";
import { git } from "../lib/git";

const openai = new OpenAI();

export async function tagNightly() {
  const tag = `nightly-${new Date().toISOString().slice(0, 10)}`;
  const log = await git("log --oneline -n 50");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write one-line release notes for these commits." },
      { role: "user", content: log },
    ],
  });
  const notes = completion.choices[0].message.content ?? "";
  await git(`tag -a ${tag} -m "${notes}"`);
}

await tagNightly();
