// render.ts: DOM helpers that turn Markdown into HTML inside an element.
import DOMPurify from "dompurify";
import { marked } from "marked";

export function renderMarkdown(el: HTMLElement, markdown: string) {
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = marked.parse(markdown, { async: false }) as string;
}

export function renderMarkdownSafe(el: HTMLElement, markdown: string) {
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = DOMPurify.sanitize(marked.parse(markdown, { async: false }) as string);
}
