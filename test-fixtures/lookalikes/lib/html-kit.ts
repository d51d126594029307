// lookalikes/lib/html-kit.ts: DOM helpers for the look-alike widgets.
import DOMPurify from "dompurify";

export function setHtml(el: HTMLElement, html: string) {
  // The finding belongs at each caller's argument, not here.
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = html;
}

export function setSafeHtml(el: HTMLElement, html: string) {
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = DOMPurify.sanitize(html);
}
