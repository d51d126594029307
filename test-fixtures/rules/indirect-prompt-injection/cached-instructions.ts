// Prompt-caching examples: a long system prompt read from files that ship with the project,
// next to files the program does not own (an upload folder, a mailbox, a temp file).
import { anthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import fs from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const errorMessage = fs.readFileSync("data/error-message.txt", "utf8");
const styleGuide = fs.readFileSync(path.join(__dirname, "prompts", "style-guide.md"), "utf8");
const promptsDir = here + "/prompts";

export async function explainError() {
  const persona = await readFile(`${promptsDir}/persona.md`, "utf8");
  const glossary = await readFile(new URL("./prompts/glossary.md", import.meta.url), "utf8");
  const rules = await readFile(path.resolve(process.cwd(), "config", "rules.txt"), "utf8");
  return generateText({
    model: anthropic("claude-sonnet-4-5"),
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `You are a helpful assistant. You may be asked about ${errorMessage}.` },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `${persona}\n\n${styleGuide}\n\n${glossary}\n\n${rules}` },
      { role: "user", content: "Explain the error message" },
    ],
  });
}

// ---- files the program reads but did not write ---------------------------------------------

export async function triageUpload(name: string) {
  const uploaded = await readFile(path.join(process.cwd(), "uploads", name), "utf8");
  const inbox = fs.readFileSync("/var/mail/support", "utf8");
  const scratch = fs.readFileSync(path.join(os.tmpdir(), "last-page.html"), "utf8");
  return generateText({
    model: anthropic("claude-sonnet-4-5"),
    // llmsafe-expect: indirect-prompt-injection
    system: `Triage this upload. It reads:\n${uploaded}`,
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Latest mail in the support inbox:\n${inbox}` },
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Page fetched by the crawler:\n${scratch}` },
      { role: "user", content: "What should we do with it?" },
    ],
  });
}
