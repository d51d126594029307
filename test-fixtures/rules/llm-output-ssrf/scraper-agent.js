// agents/browser-agent.js: a Claude agent that drives a headless browser (puppeteer).
const Anthropic = require("@anthropic-ai/sdk");
const axios = require("axios");
const puppeteer = require("puppeteer");

class AgentRunner {
  constructor({ tools, model = "claude-sonnet-4-5" }) {
    this.client = new Anthropic();
    this.tools = tools;
    this.model = model;
    this.browser = null;
  }

  async newPage() {
    this.browser ??= await puppeteer.launch({ headless: true });
    return this.browser.newPage();
  }

  async download(href) {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await axios.get(href, { responseType: "arraybuffer", maxContentLength: 5_000_000 });
    return Buffer.from(res.data).toString("base64");
  }

  async step(messages) {
    const msg = await this.client.messages.create({
      model: this.model,
      max_tokens: 2048,
      tools: this.tools,
      messages,
    });
    const results = [];
    for (const block of msg.content) {
      if (block.type !== "tool_use") continue;
      const page = await this.newPage();
      let content;
      switch (block.name) {
        case "open_page": {
          // llmsafe-expect: llm-output-ssrf
          await page.goto(block.input.url, { waitUntil: "networkidle2" });
          content = await page.evaluate(() => document.body.innerText);
          break;
        }
        case "screenshot": {
          const { url, fullPage } = block.input;
          // llmsafe-expect: llm-output-ssrf
          await page.goto(url);
          content = await page.screenshot({ fullPage: Boolean(fullPage), encoding: "base64" });
          break;
        }
        case "status_page": {
          // llmsafe-expect-clean: llm-output-ssrf
          await page.goto("https://status.example.com/", { waitUntil: "load" });
          content = await page.title();
          break;
        }
        case "download": {
          // llmsafe-expect: llm-output-ssrf
          content = await this.download(block.input.href);
          break;
        }
        case "latest_release": {
          // llmsafe-expect-clean: llm-output-ssrf
          const res = await axios.get(`https://api.github.com/repos/acme/${encodeURIComponent(block.input.repo)}/releases/latest`);
          content = res.data.tag_name;
          break;
        }
        default:
          content = `unknown tool ${block.name}`;
      }
      await page.close();
      results.push({ type: "tool_result", tool_use_id: block.id, content: String(content) });
    }
    return results;
  }

  async close() {
    await this.browser?.close();
  }
}

module.exports = { AgentRunner };
