// public/js/ask.js: a static page that loads the Gemini SDK, marked and DOMPurify straight from
// CDNs (no bundler), streams the answer and renders it as Markdown.
import { GoogleGenerativeAI } from "https://esm.run/@google/generative-ai";
import { marked } from "https://esm.run/marked";
import DOMPurify from "https://cdn.jsdelivr.net/npm/dompurify@3.1.6/+esm";
import MarkdownIt from "https://esm.sh/markdown-it@14";

const md = new MarkdownIt();
const answerEl = document.getElementById("answer");
const plainEl = document.getElementById("answer-plain");

async function model() {
  const key = await (await fetch("/api/key")).text();
  return new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-1.5-flash" });
}

export async function askStreaming(question) {
  const result = await (await model()).generateContentStream(question);
  let buffer = "";
  for await (const chunk of result.stream) {
    buffer += chunk.text();
    // llmsafe-expect: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    answerEl.innerHTML = marked.parse(buffer);
  }
  const response = await result.response;
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  answerEl.innerHTML = md.render(response.text());
}

export async function askSanitised(question) {
  const result = await (await model()).generateContent(question);
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  answerEl.innerHTML = DOMPurify.sanitize(marked.parse(result.response.text()));
  // llmsafe-expect-clean: llm-output-xss
  plainEl.textContent = result.response.text();
}

// The page's own help text, rendered the same way: no model output.
export function showHelp() {
  // llmsafe-expect-clean: llm-output-xss
  answerEl.innerHTML = marked.parse("**Ask** anything about the docs. Answers stream in below.");
}
