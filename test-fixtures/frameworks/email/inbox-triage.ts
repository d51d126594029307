// Support inbox triage: each incoming email is parsed, then summarised and routed by the model.
import { simpleParser, MailParser } from "mailparser";
import type { Readable } from "node:stream";
import OpenAI from "openai";

const openai = new OpenAI();
const TRIAGE = "You triage support email. Reply with one of: billing, bug, sales, spam.";

export async function triage(raw: Buffer) {
  const mail = await simpleParser(raw);
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: indirect-prompt-injection
    instructions: `${TRIAGE} The subject line is: ${mail.subject}`,
    // llmsafe-expect-clean: indirect-prompt-injection
    input: mail.text ?? "",
  });
  return res.output_text;
}

export async function summarise(raw: Buffer) {
  const { html, from } = await simpleParser(raw);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Summarise this email from ${from?.text} for the on-call engineer: ${html}` },
    ],
  });
  return completion.choices[0].message.content;
}

export function streamTriage(stream: Readable) {
  const parser = new MailParser();
  parser.on("data", async (part) => {
    if (part.type !== "text") return;
    const res = await openai.responses.create({
      model: "gpt-4.1-mini",
      // llmsafe-expect-clean: indirect-prompt-injection
      instructions: TRIAGE,
      // llmsafe-expect-clean: indirect-prompt-injection
      input: part.text,
    });
    console.log(res.output_text);
  });
  parser.on("headers", async (headers) => {
    const res = await openai.responses.create({
      model: "gpt-4.1-mini",
      // llmsafe-expect: indirect-prompt-injection
      instructions: `${TRIAGE} Mail headers: ${JSON.stringify(Object.fromEntries(headers))}`,
      input: "Classify by headers only.",
    });
    console.log(res.output_text);
  });
  stream.pipe(parser);
}
