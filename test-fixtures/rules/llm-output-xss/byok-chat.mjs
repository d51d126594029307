// public/chat.mjs: bring-your-own-key chat page. It calls the OpenAI REST API straight from
// the browser with the key the user pasted into the settings dialog.
import DOMPurify from "dompurify";
import { marked } from "marked";

const form = document.querySelector("#ask");
const answerEl = document.querySelector("#answer");
const plainEl = document.querySelector("#answer-plain");
const liveEl = document.querySelector("#live");

function apiKey() {
  return localStorage.getItem("byok.openai") ?? "";
}

function request(body) {
  return fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey()}` },
    body: JSON.stringify(body),
  });
}

async function complete(question) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey()}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}

function renderInto(el, markdown) {
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = marked.parse(markdown);
}

renderInto(
  document.querySelector("#help"),
  // llmsafe-expect-clean: llm-output-xss
  "**Tip:** press Enter to send, Shift+Enter for a new line.",
);

export async function answerInto(question, el) {
  const answer = await complete(question);
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  renderInto(el, answer);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = String(new FormData(form).get("q") ?? "");
  const answer = await complete(question);
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  answerEl.innerHTML = marked.parse(answer);
  // llmsafe-expect-clean: llm-output-xss
  plainEl.textContent = answer;
});

export async function completeSafely(question) {
  const answer = await complete(question);
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  answerEl.innerHTML = DOMPurify.sanitize(marked.parse(answer));
}

export async function streamInto(question) {
  const res = await request({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: question }] });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
      // The SSE envelope is the provider's own JSON, not text the model wrote.
      // llmsafe-expect-clean: unvalidated-llm-json
      const event = JSON.parse(line.slice(6));
      const delta = event.choices[0]?.delta?.content ?? "";
      // llmsafe-expect: llm-output-xss
      liveEl.insertAdjacentHTML("beforeend", delta);
    }
  }
}

// Parsing the envelope is fine; the function-call arguments inside it are the model's own JSON.
export async function streamToolCall(question) {
  const res = await request({ model: "gpt-4o-mini", stream: true, tools: [], messages: [{ role: "user", content: question }] });
  const text = await res.text();
  let args = "";
  for (const line of text.split("\n")) {
    if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
    // llmsafe-expect-clean: unvalidated-llm-json
    const event = JSON.parse(line.slice(6));
    args += event.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? "";
  }
  // llmsafe-expect: unvalidated-llm-json
  const call = JSON.parse(args);
  // llmsafe-expect: llm-output-xss
  liveEl.innerHTML = call.html;
}

// A parsed response body: the message content inside it is model text.
export async function completeJson(question) {
  const res = await request({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${question} Reply as JSON.` }] });
  const data = await res.json();
  // llmsafe-expect: unvalidated-llm-json
  const reply = JSON.parse(data.choices[0].message.content);
  return reply.answer;
}

// Printable view opened in a new tab.
export async function openPrintView(question) {
  const answer = await complete(question);
  const win = window.open("", "_blank");
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  win.document.write(`<!doctype html><title>Answer</title><article>${marked.parse(answer)}</article>`);
  win.document.close();
}
