// lib/digest-email.ts: a nightly job summarises the support inbox (customer emails in the prompt)
// and sends the summary to the team as HTML mail; the mail client loads its images.
import { marked, Marked } from "marked";
import MarkdownIt from "markdown-it";
import showdown from "showdown";
import OpenAI from "openai";

const openai = new OpenAI();
const md = new MarkdownIt({ html: false, linkify: true });
const converter = new showdown.Converter({ tables: true });
const FOOTER_MD = "Sent by **Acme Support Bot**. ![](https://static.acme.dev/mail/logo.png)";

export async function summarise(emails: string[]): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4.1-mini",
    messages: [
      { role: "system", content: "Summarise these customer emails for the support team, in Markdown." },
      { role: "user", content: emails.join("\n---\n") },
    ],
  });
  return res.choices[0].message.content ?? "";
}

export async function digestHtml(emails: string[]) {
  const summary = await summarise(emails);
  const parts = [
    // llmsafe-expect: markdown-exfiltration
    marked.parse(summary, { async: false }),
    // llmsafe-expect: markdown-exfiltration
    new Marked({ gfm: true }).parse(summary),
    // llmsafe-expect: markdown-exfiltration
    md.render(summary),
    // llmsafe-expect: markdown-exfiltration
    converter.makeHtml(summary),
    // llmsafe-expect-clean: markdown-exfiltration
    md.render(FOOTER_MD),
    // llmsafe-expect-clean: markdown-exfiltration
    marked.parse(emails.length + " emails today"),
  ];
  return parts.join("\n");
}
