// jobs/support-digest.ts: nightly job that renders a static HTML digest of support tickets,
// with AI summaries, using jsdom on the server.
import Anthropic from "@anthropic-ai/sdk";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";
import MarkdownIt from "markdown-it";
import { writeFile } from "node:fs/promises";
import OpenAI from "openai";
import sanitizeHtml from "sanitize-html";

const openai = new OpenAI();
const anthropic = new Anthropic();
const md = new MarkdownIt();

const TEMPLATE = `<!doctype html><html><body>
<h1>Support digest</h1><section id="overview"></section><ol id="tickets"></ol><footer></footer>
</body></html>`;

type Ticket = { id: string; subject: string; body: string };

async function overviewMarkdown(tickets: Ticket[]) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Summarise today's support themes as Markdown bullet points." },
      { role: "user", content: tickets.map((t) => t.subject).join("\n") },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

async function ticketSummary(ticket: Ticket) {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    system: "Summarise the ticket in one short paragraph of HTML.",
    messages: [{ role: "user", content: ticket.body }],
  });
  const first = msg.content[0];
  return first.type === "text" ? first.text : "";
}

export async function buildDigest(tickets: Ticket[], outFile: string) {
  const dom = new JSDOM(TEMPLATE);
  const { document } = dom.window;

  const overview = await overviewMarkdown(tickets);
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  document.querySelector("#overview")!.innerHTML = md.render(overview);

  for (const ticket of tickets) {
    const item = document.createElement("li");
    const heading = document.createElement("h3");
    heading.textContent = ticket.subject;
    const body = document.createElement("div");
    const summary = await ticketSummary(ticket);
    // llmsafe-expect: llm-output-xss
    body.innerHTML = summary;
    item.append(heading, body);
    document.querySelector("#tickets")!.append(item);
  }

  const signOff = await openai.responses.create({
    model: "gpt-4.1-mini",
    input: "Write a short friendly sign-off for the support team as one HTML <footer> element.",
  });
  // llmsafe-expect: llm-output-xss
  document.querySelector("footer")!.outerHTML = signOff.output_text;

  await writeFile(outFile, dom.serialize(), "utf8");
}

export async function buildDigestSafe(tickets: Ticket[], outFile: string) {
  const dom = new JSDOM(TEMPLATE);
  const { document } = dom.window;
  const DOMPurify = createDOMPurify(dom.window);

  const overview = await overviewMarkdown(tickets);
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  document.querySelector("#overview")!.innerHTML = DOMPurify.sanitize(md.render(overview));

  for (const ticket of tickets) {
    const item = document.createElement("li");
    const summary = await ticketSummary(ticket);
    // llmsafe-expect-clean: llm-output-xss
    item.innerHTML = sanitizeHtml(summary, { allowedTags: ["p", "em", "strong", "code"] });
    document.querySelector("#tickets")!.append(item);
  }

  const signOff = await openai.responses.create({
    model: "gpt-4.1-mini",
    input: "Write a short friendly sign-off line for the support team.",
  });
  // llmsafe-expect-clean: llm-output-xss
  document.querySelector("footer")!.textContent = signOff.output_text;

  await writeFile(outFile, dom.serialize(), "utf8");
}

export function appendHighlight(document: Document, ticketBody: string) {
  return anthropic.messages
    .create({
      model: "claude-haiku-4-5",
      max_tokens: 200,
      system: "Quote the single most important sentence of the ticket.",
      messages: [{ role: "user", content: ticketBody }],
    })
    .then((msg) => {
      const first = msg.content[0];
      const quote = first.type === "text" ? first.text : "";
      // llmsafe-expect: llm-output-xss
      document.body.insertAdjacentHTML("beforeend", `<aside class="highlight">${quote}</aside>`);
    });
}
