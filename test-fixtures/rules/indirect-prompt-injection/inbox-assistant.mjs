// Nightly job: triage the support inbox spool and draft replies (Anthropic + Gemini).
import { readFile, readdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenerativeAI } from "@google/generative-ai";

const INBOX_DIR = "/var/spool/acme-support/inbox";
const NOTES_FILE = "/var/spool/acme-support/customer-notes.txt";
const PRIORITIES = ["low", "normal", "high", "urgent"];
const TRIAGE_RULES = "You triage support email. Reply with a category and a one-paragraph draft answer.";

const anthropic = new Anthropic();
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

export async function triageInbox() {
  const files = await readdir(INBOX_DIR);
  for (const file of files) {
    const raw = await readFile(path.join(INBOX_DIR, file), "utf8");

    await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      // llmsafe-expect: indirect-prompt-injection
      system: TRIAGE_RULES + "\nHere is the email you must handle:\n" + raw,
      messages: [{ role: "user", content: "Triage it." }],
    });

    await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      // llmsafe-expect-clean: indirect-prompt-injection
      system: TRIAGE_RULES,
      // llmsafe-expect-clean: indirect-prompt-injection
      messages: [{ role: "user", content: raw }],
    });
  }
}

export async function triageWithPriority(file) {
  const raw = await readFile(path.join(INBOX_DIR, file), "utf8");
  const priority = raw.match(/^X-Priority-Label: (\w+)$/m)?.[1] ?? "normal";
  if (!PRIORITIES.includes(priority)) {
    throw new Error(`unexpected priority in ${file}`);
  }

  return anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `${TRIAGE_RULES}\nThe sender marked this email as ${priority} priority.`,
    messages: [{ role: "user", content: raw }],
  });
}

export async function triageWithSender(file) {
  const raw = await readFile(path.join(INBOX_DIR, file), "utf8");
  const [headerBlock] = raw.split("\n\n");
  const from = headerBlock.split("\n").find((line) => line.startsWith("From:")) ?? "From: unknown";

  return anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: [
      { type: "text", text: TRIAGE_RULES },
      // llmsafe-expect: indirect-prompt-injection
      { type: "text", text: `Sender header: ${from}` },
    ],
    messages: [{ role: "user", content: raw }],
  });
}

export async function draftWithCustomerNotes(emailText) {
  const notes = readFileSync(NOTES_FILE, "utf8");
  const model = genAI.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect: indirect-prompt-injection
    systemInstruction: `${TRIAGE_RULES}\nAccount notes written by the customer success team and by customers:\n${notes}`,
  });
  const result = await model.generateContent(emailText);
  return result.response.text();
}

export async function draftWithNotesAsContent(emailText) {
  const notes = await readFile(NOTES_FILE, { encoding: "utf8" });
  const model = genAI.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect-clean: indirect-prompt-injection
    systemInstruction: TRIAGE_RULES,
  });
  const result = await model.generateContent({
    contents: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", parts: [{ text: `<notes>\n${notes}\n</notes>` }, { text: emailText }] },
    ],
  });
  return result.response.text();
}
