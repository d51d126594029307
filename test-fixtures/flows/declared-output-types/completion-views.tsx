// Components of a chat app that receive the completion as a prop, typed with the SDK's response
// type: the route that called the model is elsewhere (a server component, a server action), so the
// type is what says the text is the model's.
import type { ChatCompletion } from "openai/resources/chat/completions";
import OpenAI from "openai";
import DOMPurify from "dompurify";

export function CompletionBubble({ completion }: { completion: ChatCompletion }) {
  const html = completion.choices[0]?.message.content ?? "";
  // llmsafe-expect: llm-output-xss
  return <div className="bubble" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SafeBubble({ completion }: { completion: ChatCompletion }) {
  const html = DOMPurify.sanitize(completion.choices[0]?.message.content ?? "");
  // llmsafe-expect-clean: llm-output-xss
  return <div className="bubble" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function UsageFooter({ completion }: { completion: ChatCompletion }) {
  const used = completion.usage?.total_tokens ?? 0;
  // llmsafe-expect-clean: llm-output-xss
  return <small dangerouslySetInnerHTML={{ __html: `<b>${used}</b> tokens, model ${completion.model}` }} />;
}

/** A "run this snippet" button: the snippet is whatever the model answered. */
export function runSuggestedSnippet(reply: OpenAI.Chat.ChatCompletion): unknown {
  const code = reply.choices[0].message.content ?? "";
  // llmsafe-expect: llm-output-code-execution
  return eval(code);
}

/** Chunks streamed by a server action and handed to the client as an async iterable. */
export async function appendChunks(target: HTMLElement, chunks: AsyncIterable<OpenAI.ChatCompletionChunk>) {
  let text = "";
  for await (const chunk of chunks) {
    text += chunk.choices[0]?.delta?.content ?? "";
    // llmsafe-expect: llm-output-xss
    target.innerHTML = text;
  }
}

/** A reply the page fetched from its own API route, typed as the SDK's response. */
export async function showFetchedReply(target: HTMLElement, id: string) {
  const res = await fetch(`/api/replies/${encodeURIComponent(id)}`);
  const reply: ChatCompletion = await res.json();
  // llmsafe-expect: llm-output-xss
  target.innerHTML = reply.choices[0].message.content ?? "";
}
