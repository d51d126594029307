// web/ui.js: one helper renders whatever answer the page asks for; each sample hands it a function
// that calls the model (the pattern of the Gemini web samples' updateUI).
import { GoogleGenerativeAI } from "@google/generative-ai";
import { marked } from "marked";
import DOMPurify from "dompurify";

const genAI = new GoogleGenerativeAI(localStorage.getItem("gemini-key") ?? "");
const resultEl = document.getElementById("result");
const statusEl = document.getElementById("status");

async function renderAnswer(el, getResult) {
  el.className = "loading";
  const result = await getResult();
  let text = "";
  for await (const chunk of result.stream) {
    text += chunk.text();
    el.innerHTML = marked.parse(text);
  }
  el.className = "";
}

async function renderSafely(el, getResult) {
  const result = await getResult();
  el.innerHTML = DOMPurify.sanitize(marked.parse((await result.response).text()));
}

// Calls the function, but only to time it: its result never reaches the page as HTML.
async function timed(label, run) {
  const started = performance.now();
  await run();
  statusEl.innerHTML = `<b>${label}</b> took ${Math.round(performance.now() - started)} ms`;
}

export function ask(question) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  return renderAnswer(resultEl, () => model.generateContentStream(question));
}

export function askSafely(question) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  return renderSafely(resultEl, () => model.generateContentStream(question));
}

export function askTimed(question) {
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  // llmsafe-expect-clean: llm-output-xss
  return timed("answer", () => model.generateContent(question));
}

export function showChangelog() {
  // llmsafe-expect-clean: llm-output-xss
  return renderAnswer(resultEl, async () => ({ stream: [{ text: () => "**v2**: streaming answers" }] }));
}
