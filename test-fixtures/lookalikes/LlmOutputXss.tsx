"use client";
// lookalikes/LlmOutputXss.tsx: rendering model output in the browser (AI SDK useCompletion, and the
// OpenAI REST API called with the key the user pasted into settings).
import { useCompletion } from "@ai-sdk/react";
import DOMPurify from "dompurify";
import sanitizeHtml from "sanitize-html";
import MarkdownIt from "markdown-it";
import { useEffect, useRef } from "react";
import { setHtml, setSafeHtml } from "./lib/html-kit";

const md = new MarkdownIt();
const WELCOME_HTML = "<p>Ask me anything about <strong>Acme</strong>.</p>";

type Completion = { choices: { message: { content: string | null } }[] };

async function complete(question: string): Promise<Completion> {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${localStorage.getItem("openai-key")}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] }),
  });
  return res.json();
}

// ---- look dangerous, are safe -------------------------------------------------------------

export function AnswerAsChildren({ prompt }: { prompt: string }) {
  const { completion } = useCompletion({ api: "/api/complete", initialInput: prompt });
  return (
    <section>
      {/* llmsafe-expect-clean: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: WELCOME_HTML }} />
      {/* llmsafe-expect-clean: llm-output-xss */}
      <article>{completion}</article>
      {/* llmsafe-expect-clean: llm-output-xss */}
      {/* llmsafe-known-false-alarm: markdown-exfiltration */}
      <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(md.render(completion)) }} />
    </section>
  );
}

export async function renderSanitized(el: HTMLElement, question: string) {
  const completion = await complete(question);
  const text = completion.choices[0].message.content ?? "";
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  el.innerHTML = DOMPurify.sanitize(md.render(text));
  // llmsafe-expect-clean: llm-output-xss
  el.title = text;
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  setSafeHtml(el, md.render(text));
}

export async function renderPlain(el: HTMLElement, question: string) {
  const completion = await complete(question);
  el.innerHTML = "";
  const p = document.createElement("p");
  // llmsafe-expect-clean: llm-output-xss
  p.innerText = completion.choices[0].message.content ?? "";
  el.appendChild(p);
}

// ---- look safe, are dangerous -------------------------------------------------------------

export function AnswerOptionalChain({ question }: { question: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    complete(question).then((completion) => {
      if (!ref.current) return;
      // llmsafe-expect: llm-output-xss
      ref.current.innerHTML = completion?.choices?.[0]?.message?.content ?? "";
    });
  }, [question]);
  return <div ref={ref} />;
}

export async function renderList(el: HTMLElement, question: string) {
  const completion = await complete(question);
  const items = (completion.choices[0].message.content ?? "").split("\n");
  // llmsafe-expect: llm-output-xss
  el.innerHTML = `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
}

export async function renderStringified(question: string) {
  const completion = await complete(question);
  // llmsafe-expect: llm-output-xss
  document.write(String(completion.choices[0].message.content));
}

export async function renderOuter(el: HTMLElement, question: string) {
  const { choices } = await complete(question);
  const { content: answerText } = choices[0].message;
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  el.outerHTML = `<div class="answer">${md.render(answerText ?? "")}</div>`;
}

export async function renderViaHelper(el: HTMLElement, question: string) {
  const completion = await complete(question);
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  setHtml(el, md.render(completion.choices[0].message.content ?? ""));
}

export function MarkdownAnswer({ prompt }: { prompt: string }) {
  const { completion } = useCompletion({ api: "/api/complete", initialInput: prompt });
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  return <div className="prose" dangerouslySetInnerHTML={{ __html: md.render(completion.toString().trim()) }} />;
}
