// lib/summarise-page.ts: fetches a page or a PDF, pulls its text out with the usual extraction
// packages and asks the model about it. Extraction packages hand back the page's own text, so
// instructions hidden in the page reach the system prompt. Facts about the page (its length,
// token count, language, whether it mentions a paywall) carry none of its text.
import OpenAI from "openai";
import * as cheerio from "cheerio";
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import TurndownService from "turndown";
import pdfParse from "pdf-parse";
import { readFile } from "node:fs/promises";
import { estimateTokenCount } from "token-meter";
import { detectLanguage } from "lang-sniffer";

const client = new OpenAI();
const BASE = "You summarise web pages for busy readers. Three bullet points, no more.";
const PAYWALL_NOTE = "The page may be cut short by a paywall: say so if the text ends abruptly.";

async function fetchHtml(url: string) {
  const res = await fetch(url);
  return res.text();
}

export async function summariseArticle(url: string, question: string) {
  const html = await fetchHtml(url);
  const $ = cheerio.load(html);
  const article = $("article").text();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${BASE}\nArticle:\n${article}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function summariseReadable(url: string, question: string) {
  const html = await fetchHtml(url);
  const dom = new JSDOM(html, { url });
  const readable = new Readability(dom.window.document).parse();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${BASE}\nPage:\n${readable?.textContent ?? ""}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function summariseAsMarkdown(url: string, question: string) {
  const html = await fetchHtml(url);
  const markdown = new TurndownService({ headingStyle: "atx" }).turndown(html);
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: BASE + "\n" + markdown },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function summarisePdf(file: string, question: string) {
  const parsed = await pdfParse(await readFile(file));
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${BASE}\nDocument:\n${parsed.text}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function summariseWithHints(url: string, question: string) {
  const html = await fetchHtml(url);
  const tokens = estimateTokenCount(html);
  const language = detectLanguage(html);
  const paywalled = html.includes("paywall") || html.length < 2000;
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `${BASE}\nThe page is about ${tokens} tokens, language ${language}.\n${paywalled ? PAYWALL_NOTE : ""}` },
      { role: "user", content: `${question}\n\n<page>${html}</page>` },
    ],
  });
  return completion.choices[0].message.content;
}
