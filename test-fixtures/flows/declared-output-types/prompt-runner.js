// Shared helpers of a browser playground: each demo page builds its own request in an inline
// <script type="module"> (which llmsafe does not read) and hands this module a function that runs
// it. Only the doc comments say that what the function resolves to is the SDK's response.
import { GoogleGenerativeAI } from "https://esm.run/@google/generative-ai";
import { marked } from "https://esm.run/marked";
import DOMPurify from "https://esm.run/dompurify";

/**
 * Streams a prompt's answer into the page as rendered markdown.
 *
 * @param {HTMLElement} outputEl
 * @param {() => Promise<GoogleGenerativeAI.GenerateContentStreamResult>} runPrompt
 * @param {boolean} streaming
 */
export async function renderAnswer(outputEl, runPrompt, streaming) {
  outputEl.classList.add("busy");
  let markdown = "";
  const result = await runPrompt();
  if (streaming) {
    for await (const piece of result.stream) {
      markdown += piece.text();
      // llmsafe-expect: llm-output-xss
      // llmsafe-expect: markdown-exfiltration
      outputEl.innerHTML = marked.parse(markdown);
    }
  } else {
    const response = await result.response;
    markdown = response.text();
  }
  outputEl.classList.remove("busy");
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  outputEl.innerHTML = marked.parse(markdown);
}

/**
 * The same answer, cleaned before it reaches the page.
 *
 * @param {HTMLElement} outputEl
 * @param {() => Promise<GoogleGenerativeAI.GenerateContentResult>} runPrompt
 */
export async function renderSafely(outputEl, runPrompt) {
  const { response } = await runPrompt();
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  outputEl.innerHTML = DOMPurify.sanitize(marked.parse(response.text()));
}

/**
 * Shows how many tokens the last answer used: a count the API fills in, not text the model wrote.
 *
 * @param {HTMLElement} badgeEl
 * @param {GoogleGenerativeAI.EnhancedGenerateContentResponse} response
 */
export function renderTokenBadge(badgeEl, response) {
  // llmsafe-expect-clean: llm-output-xss
  badgeEl.innerHTML = `<b>${response.usageMetadata.totalTokenCount}</b> tokens`;
}

/**
 * Shows the playground's release notes, fetched from the site itself: `Response` here is the
 * browser's fetch response, not an SDK type.
 *
 * @param {HTMLElement} notesEl
 * @param {() => Promise<Response>} loadNotes
 */
export async function renderNotes(notesEl, loadNotes) {
  const res = await loadNotes();
  // llmsafe-expect-clean: llm-output-xss
  notesEl.innerHTML = marked.parse(await res.text());
}

/**
 * A model handle for the pages.
 *
 * @param {GoogleGenerativeAI.ModelParams} params
 * @returns {GoogleGenerativeAI.GenerativeModel}
 */
export function modelFor(params) {
  const key = localStorage.getItem("playground-key") ?? "";
  return new GoogleGenerativeAI(key).getGenerativeModel(params);
}
