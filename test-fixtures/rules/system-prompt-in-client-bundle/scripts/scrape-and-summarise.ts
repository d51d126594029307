// scripts/scrape-and-summarise.ts: a Node script driving a headless browser; `document` is used
// inside page.evaluate, which runs in the page, not in a bundle.
import puppeteer from "puppeteer";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function summarisePage(url: string) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(url);
  const text = await page.evaluate(() => document.body.innerText);
  await browser.close();
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    // llmsafe-expect-clean: system-prompt-in-client-bundle
    system: "Summarise the web page the user sends in five bullet points, keeping numbers and dates exact.",
    messages: [{ role: "user", content: text }],
  });
  return msg.content;
}
